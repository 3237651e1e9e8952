// tlgen generate --watch: regenerate whenever an input changes (schema files, selection, docs,
// config, tlgen's side data and runtime sources). It watches the folders that hold the inputs
// (not the files, each only one level deep) and picks out the inputs' events: a watch on a file
// ends when the file is renamed away or deleted, as editors do when they save through a backup
// copy, and then never sees the file again. Errors are printed, never fatal: the next save
// tries again.
import { dirname, resolve } from "node:path";
import { watch, type FSWatcher } from "chokidar";
import type { ResolvedRun } from "../../api/resolve.ts";
import { count } from "./shared.ts";

/** Generates once, then again after every change; never resolves (Ctrl-C ends it). */
export async function watchGenerate(first: ResolvedRun, reload: () => Promise<ResolvedRun | null>, once: (run: ResolvedRun) => Promise<number>): Promise<number> {
  await attempt(() => once(first));
  let watched = new Set(first.inputFiles.map((f) => resolve(f)));
  let folders = foldersOf(watched);
  // Other files in those folders are not even looked at.
  const ignored = (path: string, stats?: { isFile(): boolean }) => stats?.isFile() === true && !watched.has(resolve(path));
  const watcher: FSWatcher = watch([...folders], { ignoreInitial: true, depth: 0, ignored });
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  process.stdout.write(`watching ${count(watched.size, "input")} for changes (Ctrl-C to stop)\n`);
  let timer: NodeJS.Timeout | null = null;
  let queue = Promise.resolve();
  const regenerate = async (): Promise<void> => {
    await attempt(async () => {
      const run = await reload();
      if (run === null) throw new Error("the config is gone and no options say what to generate");
      // Inputs can change with the config (another schema file): follow them.
      watched = new Set(run.inputFiles.map((f) => resolve(f)));
      const next = foldersOf(watched);
      watcher.add([...next].filter((d) => !folders.has(d)));
      watcher.unwatch([...folders].filter((d) => !next.has(d)));
      folders = next;
      return once(run);
    });
  };
  watcher.on("all", (_event, path) => {
    if (!watched.has(resolve(path))) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      queue = queue.then(regenerate);
    }, 150);
  });
  return new Promise<number>(() => {});
}

function foldersOf(files: ReadonlySet<string>): Set<string> {
  return new Set([...files].map((f) => dirname(f)));
}

async function attempt(f: () => Promise<number>): Promise<void> {
  try {
    await f();
  } catch (e) {
    process.stderr.write(`tlgen: ${e instanceof Error ? e.message : String(e)}\n`);
  }
}
