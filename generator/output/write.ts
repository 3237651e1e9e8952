// Room output/: writing an output folder atomically, what may be replaced (the guard), the locks,
// the output cache.
// Imports: base/, emit/, input/, render/. Imported by: api/, cli/.
//
// Writing an output folder so that nothing is lost and nothing is ever half-written:
// - only a folder tlgen may replace is written (output-guard.ts);
// - runs writing one folder take turns through a lock file beside it (lock.ts), and so do runs
//   whose folders are nested, one inside the other (output-lock.ts);
// - the new tree is written into a temporary folder beside the output (files that did not change
//   hard-linked from the old tree) and swapped in with two renames (output -> .old, .new ->
//   output), then the old tree is removed.
// A directory cannot be renamed over a non-empty one, so there is a gap between the two renames
// in which the output is missing. A run killed there is repaired by the next one, first thing
// after it takes the lock and before it reads the output: the complete old tree is renamed
// back. Temporary folders are named with their owner's pid and start time, and only those of
// dead owners are removed. `--check` compares under the same lock and repair.
import { existsSync, linkSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import type { GeneratedFile } from "../render/generated-file.ts";
import { isAlive, LockError, processStart, type LockOwner } from "./lock.ts";
import { acquireOutputLock } from "./output-lock.ts";
import { listTree, readRegularFile } from "../base/files.ts";
import { assertNotProtected, assertReplaceable, mountPointMessage, OutputError, realOrResolved, shownPath, writeFailure } from "./output-guard.ts";

export { OutputError } from "./output-guard.ts";

/** The largest manifest.json read back (one of an `--all` package is some 200 KB). */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

export interface TreeDiff {
  added: string[];
  changed: string[];
  removed: string[];
}

export interface WriteOptions {
  /** More folders that must never be replaced (the config's folder); see output-guard.ts. */
  protect?: readonly string[];
  /** Called once per run this one waits for (on this output, or one above or inside it), before waiting. */
  onWait?: (owner: LockOwner, output: string) => void;
}

export interface WriteResult {
  diff: TreeDiff;
  /** The output's manifest.json before the write, when it had one. */
  previousManifest: string | null;
}

// Listing a tree is the guard's work too (what a swap would delete); one implementation, there.

/**
 * What writing `files` into `dir` would change. An existing path is read only as a regular file
 * of the new content's size: anything else there (a FIFO, a link to /dev/zero, a folder, another
 * size) differs, without being read.
 */
export function diffTree(dir: string, files: readonly GeneratedFile[]): TreeDiff {
  const existing = new Set(listTree(dir));
  const diff: TreeDiff = { added: [], changed: [], removed: [] };
  for (const f of files) {
    if (!existing.has(f.path)) diff.added.push(f.path);
    else if (readRegularFile(join(dir, f.path), Buffer.byteLength(f.content)) !== f.content) diff.changed.push(f.path);
    existing.delete(f.path);
  }
  diff.removed = [...existing].sort();
  return diff;
}

/** True for a relative, `/`-separated path that stays inside its folder (no `..`, no root). */
export function isSafeRelativePath(path: string): boolean {
  if (typeof path !== "string" || path === "" || path.length > 1024 || /[\\\0:]/.test(path) || path.startsWith("/")) return false;
  return path.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}

/**
 * Checks early (before any work) that `dir` may be written: not a protected folder, not a file,
 * not a folder of someone else's files. Throws OutputError; `forCheck` only refuses a file.
 */
export function checkOutputFolder(dir: string, options: { forCheck?: boolean; protect?: readonly string[] } = {}): void {
  if (options.forCheck) {
    if (existsSync(dir) && !statSync(dir).isDirectory()) throw new OutputError(`the output folder is a file: ${shownPath(dir)}`, true);
    return;
  }
  assertReplaceable(dir, options.protect);
}

/** Replaces `dir` with `files` when anything differs, safely (see the module comment). */
export async function writeOutput(dir: string, files: readonly GeneratedFile[], options: WriteOptions = {}): Promise<WriteResult> {
  assertNotProtected(dir, options.protect);
  const target = realOrResolved(dir);
  return withOutputLock(dir, target, options, () => {
    assertReplaceable(dir, options.protect, files.map((f) => f.path));
    const manifest = join(target, "manifest.json");
    const previousManifest = readRegularFile(manifest, MAX_MANIFEST_BYTES);
    const diff = diffTree(target, files);
    if (diff.added.length + diff.changed.length + diff.removed.length > 0) {
      try {
        swapTree(target, files, unchangedFiles(files, diff));
      } catch (e) {
        throw writeFailure(dir, e);
      }
    }
    return { diff, previousManifest };
  });
}

/**
 * What writing `files` into `dir` would change, read under the lock and after any repair. Where
 * no lock can be created (a read-only checkout), nothing can be writing either: it just reads.
 */
export async function compareOutput(dir: string, files: readonly GeneratedFile[], options: WriteOptions = {}): Promise<TreeDiff> {
  checkOutputFolder(dir, { forCheck: true });
  const target = realOrResolved(dir);
  if (!existsSync(dirname(target))) return diffTree(target, files);
  return withOutputLock(dir, target, { ...options, readOnly: true }, () => diffTree(target, files));
}

const UNWRITABLE = new Set(["EROFS", "EACCES", "EPERM"]);

async function withOutputLock<T>(dir: string, target: string, options: WriteOptions & { readOnly?: boolean }, work: () => T): Promise<T> {
  let release: () => void;
  try {
    if (!options.readOnly) mkdirSync(dirname(target), { recursive: true });
    release = await acquireOutputLock(target, { onWait: options.onWait });
  } catch (e) {
    if (options.readOnly && UNWRITABLE.has((e as NodeJS.ErrnoException).code ?? "")) return work();
    if (e instanceof LockError) throw new OutputError(`cannot write ${shownPath(dir)}: ${e.message}`);
    throw writeFailure(dir, e);
  }
  try {
    repairInterruptedSwap(target);
    return work();
  } finally {
    release();
  }
}

/** `.generated.tlgen-new-<pid>-<start>` and the like, beside the output (its lock: output-lock.ts). */
function tempPath(dir: string, kind: "new" | "old"): string {
  return `${join(dirname(dir), `.${basename(dir)}.tlgen-${kind}`)}-${process.pid}-${processStart(process.pid) || "0"}`;
}

const TEMP_NAME = /^tlgen-(new|old)-(\d+)-(\d+)$/;

/**
 * Repairs what a killed run left beside `dir` (call it holding the lock): a missing output
 * whose old tree survives gets it back; temporary folders of dead owners are removed.
 */
export function repairInterruptedSwap(dir: string): void {
  const parent = dirname(dir);
  const prefix = `.${basename(dir)}.`;
  let entries: string[];
  try {
    entries = readdirSync(parent).filter((e) => e.startsWith(prefix));
  } catch {
    return;
  }
  const leftovers = entries
    .map((entry) => ({ entry, m: TEMP_NAME.exec(entry.slice(prefix.length)) }))
    .filter(({ m }) => m !== null && !isAlive({ pid: Number(m[2]), host: hostname(), start: m[3] === "0" ? "" : m[3] }))
    // An old tree first: it may be the output to put back.
    .sort((a, b) => (a.m![1] === "old" ? -1 : 0) - (b.m![1] === "old" ? -1 : 0));
  for (const { entry, m } of leftovers) {
    const full = join(parent, entry);
    if (m![1] === "old" && !existsSync(dir)) renameSync(full, dir);
    else rmSync(full, { recursive: true, force: true });
  }
}

/** True when `target` was made a hard link to `source`, a regular file. */
function linked(source: string, target: string): boolean {
  try {
    if (!lstatSync(source).isFile()) return false;
    linkSync(source, target);
    return true;
  } catch {
    return false;
  }
}

/**
 * The error for an output folder that cannot be renamed away. A mount point cannot be (EBUSY),
 * nor a folder whose parent is another file system (EXDEV): tlgen swaps whole trees, so such a
 * folder is refused, and the package can go in a folder inside it.
 */
function unrenamable(dir: string, e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code !== "EBUSY" && code !== "EXDEV") return e;
  return new OutputError(mountPointMessage(dir), true);
}

/** Writes the whole tree beside `dir`, then swaps it in; the old tree is intact until then. */
export function writeTreeAtomically(dir: string, files: readonly GeneratedFile[]): void {
  repairInterruptedSwap(dir);
  swapTree(dir, files);
}

/** The paths of `files` whose content the output already has. */
function unchangedFiles(files: readonly GeneratedFile[], diff: TreeDiff): Set<string> {
  const differs = new Set([...diff.added, ...diff.changed]);
  return new Set(files.map((f) => f.path).filter((p) => !differs.has(p)));
}

/**
 * Writes `files` into a fresh folder beside `dir` and swaps it in. A file in `unchanged` (same
 * content as in `dir`) is hard-linked from the old tree rather than written again: after a small
 * schema change most of the package is the same, and writing it all again was most of the
 * run. Where a link cannot be made (another file system, no permission), it is written.
 */
function swapTree(dir: string, files: readonly GeneratedFile[], unchanged: ReadonlySet<string> = new Set()): void {
  const bad = files.find((f) => !isSafeRelativePath(f.path));
  if (bad) throw new OutputError(`refusing to write "${bad.path}": not a path inside the output folder`);
  const fresh = tempPath(dir, "new");
  rmSync(fresh, { recursive: true, force: true });
  try {
    for (const f of files) {
      const target = join(fresh, f.path);
      mkdirSync(dirname(target), { recursive: true });
      if (!(unchanged.has(f.path) && linked(join(dir, f.path), target))) writeFileSync(target, f.content);
    }
  } catch (e) {
    rmSync(fresh, { recursive: true, force: true });
    throw e;
  }
  const old = tempPath(dir, "old");
  const hadOld = existsSync(dir);
  try {
    if (hadOld) renameSync(dir, old);
  } catch (e) {
    // Nothing was swapped: the new tree goes, the output stays as it was.
    rmSync(fresh, { recursive: true, force: true });
    throw unrenamable(dir, e);
  }
  try {
    renameSync(fresh, dir);
  } catch (e) {
    if (hadOld) renameSync(old, dir);
    rmSync(fresh, { recursive: true, force: true });
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}
