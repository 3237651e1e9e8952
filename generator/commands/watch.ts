// tlgen generate --watch: regenerate whenever an input changes (schema files, selection, docs,
// config, tlgen's side data and runtime sources). chokidar follows files that editors replace
// by renaming a new file over them, which a plain fs.watch on the file stops seeing after the
// first save. Errors are printed, never fatal: the next save tries again.
import { watch, type FSWatcher } from "chokidar";
import type { ResolvedRun } from "../api/resolve.ts";
import { count } from "./shared.ts";

/** Generates once, then again after every change; never resolves (Ctrl-C ends it). */
export async function watchGenerate(first: ResolvedRun, reload: () => Promise<ResolvedRun | null>, once: (run: ResolvedRun) => Promise<number>): Promise<number> {
  await attempt(() => once(first));
  let watched = new Set(first.inputFiles);
  const watcher: FSWatcher = watch([...watched], { ignoreInitial: true, atomic: true });
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  process.stdout.write(`watching ${count(watched.size, "input")} for changes (Ctrl-C to stop)\n`);
  let timer: NodeJS.Timeout | null = null;
  let queue = Promise.resolve();
  const regenerate = async (): Promise<void> => {
    await attempt(async () => {
      const run = await reload();
      if (run === null) throw new Error("the config is gone and no options say what to generate");
      // Inputs can change with the config (another schema file): follow them.
      const next = new Set(run.inputFiles);
      watcher.add([...next].filter((f) => !watched.has(f)));
      watcher.unwatch([...watched].filter((f) => !next.has(f)));
      watched = next;
      return once(run);
    });
  };
  watcher.on("all", () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      queue = queue.then(regenerate);
    }, 150);
  });
  return new Promise<number>(() => {});
}

async function attempt(f: () => Promise<number>): Promise<void> {
  try {
    await f();
  } catch (e) {
    process.stderr.write(`tlgen: ${e instanceof Error ? e.message : String(e)}\n`);
  }
}
