// tlgen generate --watch: regenerate whenever an input changes (schema files, selection, docs,
// config, tlgen's side data and runtime sources). It watches the folders that hold the inputs
// (not the files, each only one level deep) and picks out the inputs' events: a watch on a file
// ends when the file is renamed away or deleted, as editors do when they save through a backup
// copy, and then never sees the file again. Errors are printed, never fatal: the next save
// tries again.
//
// File-system events are not enough on their own: a folder that is removed or moved and then
// re-created (`git checkout` of another branch) ends its watch for good, and no event says so.
// So the inputs' state (input-state.ts) is also compared every POLL_MS: a change there
// regenerates as an event does, a folder that came back is watched again, and an input that is
// gone is said once. Nothing is ever left unwatched: the comparison covers every input.
import { dirname, resolve } from "node:path";
import { watch, type FSWatcher } from "chokidar";
import type { ResolvedRun } from "../../api/resolve.ts";
import { count, displayPath } from "./shared.ts";
import { changedInputs, folderIdentity, inputStates } from "./input-state.ts";

/** How often the inputs' state is compared (events usually come first). */
const POLL_MS = 500;
/** Changes closer together than this are one regeneration. */
const SETTLE_MS = 150;

/** Generates once, then again after every change; never resolves (Ctrl-C ends it). */
export async function watchGenerate(first: ResolvedRun, reload: () => Promise<ResolvedRun | null>, once: (run: ResolvedRun) => Promise<number>): Promise<number> {
  let watched = new Set(first.inputFiles.map((f) => resolve(f)));
  let states = inputStates(watched);
  await attempt(() => once(first));
  // Other files in those folders are not even looked at.
  const ignored = (path: string, stats?: { isFile(): boolean }) => stats?.isFile() === true && !watched.has(resolve(path));
  // Each watched folder with its identity when it was watched (null: it was not there).
  const folders = new Map([...new Set([...watched].map((f) => dirname(f)))].map((d) => [d, folderIdentity(d)]));
  const present = [...folders].filter(([, id]) => id !== null).map(([d]) => d);
  const watcher: FSWatcher = watch(present, { ignoreInitial: true, depth: 0, ignored });
  watcher.on("error", (e) => process.stderr.write(`tlgen: a file-system watch failed (${e instanceof Error ? e.message : String(e)}); still comparing the inputs every ${POLL_MS} ms\n`));
  /** Watches the inputs' folders: new ones, and those re-created since (another inode). */
  const arm = (): void => {
    const wanted = new Set([...watched].map((f) => dirname(f)));
    for (const dir of [...folders.keys()].filter((d) => !wanted.has(d))) {
      watcher.unwatch(dir);
      folders.delete(dir);
    }
    for (const dir of wanted) {
      const identity = folderIdentity(dir);
      if (folders.has(dir) && folders.get(dir) === identity) continue;
      if (folders.has(dir)) watcher.unwatch(dir);
      if (identity !== null) watcher.add(dir);
      folders.set(dir, identity);
    }
  };
  if (present.length) await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  process.stdout.write(`watching ${count(watched.size, "input")} for changes (Ctrl-C to stop)\n`);

  let timer: NodeJS.Timeout | null = null;
  let queue = Promise.resolve();
  const regenerate = async (): Promise<void> => {
    // What this run sees is the new baseline: a later change, however it is noticed, runs again.
    states = inputStates(watched);
    await attempt(async () => {
      const run = await reload();
      if (run === null) throw new Error("the config is gone and no options say what to generate");
      // Inputs can change with the config (another schema file): follow them.
      watched = new Set(run.inputFiles.map((f) => resolve(f)));
      states = new Map([...inputStates(watched)].map(([p, s]) => [p, states.get(p) ?? s]));
      arm();
      return once(run);
    });
  };
  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      queue = queue.then(regenerate);
    }, SETTLE_MS);
  };
  watcher.on("all", (_event, path) => {
    if (watched.has(resolve(path))) schedule();
  });
  const gone = new Set<string>();
  setInterval(() => {
    arm();
    const now = inputStates(watched);
    const changed = changedInputs(states, now);
    for (const path of watched) {
      const missing = now.get(path)?.startsWith("missing") ?? false;
      if (missing && !gone.has(path)) process.stderr.write(`tlgen: ${displayPath(path)} is gone (deleted or moved); watching for it to come back\n`);
      if (missing) gone.add(path);
      else gone.delete(path);
    }
    if (changed.length) {
      states = now;
      schedule();
    }
  }, POLL_MS);
  return new Promise<number>(() => {});
}

async function attempt(f: () => Promise<number>): Promise<void> {
  try {
    await f();
  } catch (e) {
    process.stderr.write(`tlgen: ${e instanceof Error ? e.message : String(e)}\n`);
  }
}
