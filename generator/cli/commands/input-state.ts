// What watch mode compares to tell that an input changed, whatever happened to it: for a file,
// its identity (device and inode), size and modification time, or "missing"; for a folder of
// inputs (the runtime sources), the same for every file under it. A file deleted, moved away,
// renamed over, or brought back with its folder (a `git checkout` that removes and re-creates a
// folder) reads differently after, even when no file-system event was seen.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** How many files of a folder input are looked at (the runtime has a few dozen). */
const MAX_FILES = 2_000;

/** The state of one input, as a string that differs whenever the input did. */
export function inputState(path: string): string {
  const own = entryState(path);
  if (!own.startsWith("dir ")) return own;
  return [own, ...folderEntries(path).map((f) => `${f}=${entryState(join(path, f))}`)].join("\n");
}

/** One path's identity, size and modification time, or why it is missing. */
function entryState(path: string): string {
  try {
    const stat = statSync(path, { bigint: true });
    return `${stat.isDirectory() ? "dir" : "file"} ${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}`;
  } catch (e) {
    return `missing (${(e as NodeJS.ErrnoException).code ?? "?"})`;
  }
}

/** The states of every input, by path. */
export function inputStates(paths: Iterable<string>): Map<string, string> {
  return new Map([...paths].map((p) => [p, inputState(p)]));
}

/** The paths whose state differs between two snapshots (added and removed paths included). */
export function changedInputs(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => before.get(p) !== after.get(p));
}

/** The identity of a folder (device and inode), or null when it is not there. */
export function folderIdentity(path: string): string | null {
  try {
    const stat = statSync(path, { bigint: true });
    return stat.isDirectory() ? `${stat.dev}:${stat.ino}` : null;
  } catch {
    return null;
  }
}

/** The entries under a folder input, at every depth, sorted (at most MAX_FILES). */
function folderEntries(dir: string): string[] {
  try {
    return (readdirSync(dir, { recursive: true }) as string[]).slice(0, MAX_FILES).sort();
  } catch {
    return [];
  }
}
