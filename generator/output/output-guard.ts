// Which folders tlgen may replace. It writes its output as a whole tree and swaps it in, so the
// folder it replaces loses every file it held: that is only allowed for an empty folder or an
// earlier tlgen output holding nothing but the files its manifest lists (a file a user added
// there is named, and the run stops), and never for the current directory, the project root, the
// config's folder or any folder containing them.
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { IS_CHECKOUT, PROJECT_ROOT } from "../input/project-files.ts";
import { inWords } from "../input/read-input.ts";
import { compareStrings } from "../base/order.ts";
import { listTree, readRegularFile } from "../base/files.ts";
import { MANIFEST } from "../emit/emit-package.ts";
import { isMountPoint } from "./mount-point.ts";

/** Why an output folder cannot be written. `usage` errors are the caller's (exit 2). */
export class OutputError extends Error {
  constructor(
    message: string,
    readonly usage = false,
  ) {
    super(message);
  }
}

/** The manifest's `generator` field, by which an output folder is recognised as tlgen's. */
export const GENERATOR_ID = "tlgen";

/** The largest manifest.json read (one of an `--all` package is some 200 KB). */
const MANIFEST_LIMIT = 16 * 1024 * 1024;

/** How many of the files that would be lost a refusal names. */
const NAMED = 5;

/**
 * Throws OutputError unless `dir` may be replaced: see the module comment. `protect` adds
 * folders (the config's) to the current directory, the project root around it, tlgen's own
 * folder and the home directory; `writing` is the paths of the new output, when known.
 */
export function assertReplaceable(dir: string, protect: readonly string[] = [], writing: readonly string[] | null = null): void {
  assertNotProtected(dir, protect);
  if (!existsSync(dir)) {
    const file = fileAncestor(dir);
    if (file) throw new OutputError(`cannot write ${shownPath(dir)}: ${shownPath(file)} is a file, not a folder`, true);
    return;
  }
  if (!statSync(dir).isDirectory()) throw new OutputError(`the output folder is a file: ${shownPath(dir)}`, true);
  if (isMountPoint(dir)) throw new OutputError(mountPointMessage(dir), true);
  if (readdirSync(dir).length === 0) return;
  if (!holdsTlgenManifest(dir)) {
    const sample = sampleFiles(dir, NAMED + 1).map((f) => `${shownPath(dir)}/${f}`);
    const named = sample.slice(0, NAMED).join(", ") + (sample.length > NAMED ? ", ..." : "");
    throw new OutputError(
      `refusing to replace ${shownPath(dir)}: it holds files tlgen did not write (${named}), and generating would delete them. ` +
        "Choose a new or empty folder, or one an earlier tlgen run wrote (it has tlgen's manifest.json).",
    );
  }
  const foreign = foreignFiles(dir, writing);
  if (foreign.length === 0) return;
  throw new OutputError(
    `refusing to replace ${shownPath(dir)}: it is tlgen's output, but ${foreign.length === 1 ? "this file was" : `${foreign.length} files were`} ` +
      `not written by tlgen (${listed(foreign.map((f) => `${shownPath(dir)}/${f}`))}), and generating would delete ${foreign.length === 1 ? "it" : "them"}. ` +
      "Move them out of the output folder (it is tlgen's alone), then generate again.",
  );
}

function listed(paths: readonly string[]): string {
  return paths.slice(0, NAMED).join(", ") + (paths.length > NAMED ? `, and ${paths.length - NAMED} more` : "");
}

/**
 * The files of an earlier output that tlgen did not write: not in its manifest's list, nor among
 * the files about to be written (`writing`; null before they are known). A manifest from before
 * the list vouches for nothing, so then only the files about to be written are tlgen's, and
 * before those are known nothing can be told. The lock and temporary trees of a run writing an
 * output inside this one are tlgen's too, and passing: that run is waited for under the lock
 * (output-lock.ts), and what it leaves, its output, is then foreign.
 */
function foreignFiles(dir: string, writing: readonly string[] | null): string[] {
  const listed = listedFiles(dir);
  if (writing === null && listed.length === 0) return [];
  const own = new Set([MANIFEST, ...(writing ?? []), ...listed]);
  return listTree(dir).filter((f) => !own.has(f) && !f.split("/").some((part) => TRANSIENT.test(part)));
}

/** What a run leaves beside the output it writes while it runs: its lock, its guard, its new and old trees. */
const TRANSIENT = /^\..+\.tlgen-(lock|lock\.takeover|new-\d+-\d+|old-\d+-\d+)$/;

/** The files an output's manifest lists; none when it lists none. */
function listedFiles(dir: string): string[] {
  try {
    const files = (JSON.parse(readRegularFile(join(dir, MANIFEST), MANIFEST_LIMIT) ?? "") as { files?: unknown }).files;
    return Array.isArray(files) ? files.filter((f): f is string => typeof f === "string") : [];
  } catch {
    return [];
  }
}

/**
 * True when `path` is inside tlgen's own install (never in a checkout of its repository, whose
 * generated/ is its output), through symlinks too: both sides are real paths.
 */
export function insideInstall(path: string): boolean {
  if (IS_CHECKOUT) return false;
  const rel = relative(realOrResolved(PROJECT_ROOT), realOrResolved(path));
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/** Throws when `dir` is, or contains, a folder that must never be replaced, or is inside tlgen's install. */
export function assertNotProtected(dir: string, protect: readonly string[] = []): void {
  const target = realOrResolved(dir);
  if (insideInstall(target)) throw new OutputError(`refusing to write inside tlgen's own install (${target}): give the output a folder of your project`, true);
  for (const { path, what } of protectedFolders(protect)) {
    const rel = relative(target, realOrResolved(path));
    if (rel === "" || (!rel.startsWith("..") && !isAbsolute(rel))) {
      const how = rel === "" ? `it is ${what}` : `it contains ${what}${shownPath(path) === "." ? "" : ` (${shownPath(path)})`}`;
      throw new OutputError(`refusing to replace ${shownPath(dir)}: ${how}. Choose a folder of its own for the output, like generated/.`);
    }
  }
}

function protectedFolders(extra: readonly string[]): { path: string; what: string }[] {
  const cwd = process.cwd();
  const list = [
    { path: cwd, what: "the current directory" },
    { path: projectRootOf(cwd), what: "the project's root" },
    { path: PROJECT_ROOT, what: "tlgen's own folder" },
    { path: homedir(), what: "the home directory" },
  ];
  return [...list, ...extra.map((path) => ({ path, what: "a protected folder" }))];
}

/** The nearest folder at or above `dir` holding package.json or .git; `dir` when none does. */
function projectRootOf(dir: string): string {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, "package.json")) || existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) return resolve(dir);
  }
}

/** True when `dir/manifest.json` is one tlgen wrote: `generator: "tlgen"`, or the older format. */
export function holdsTlgenManifest(dir: string): boolean {
  try {
    // Read only as a regular file: a FIFO or a device named manifest.json is not a manifest.
    const m = JSON.parse(readRegularFile(join(dir, MANIFEST), MANIFEST_LIMIT) ?? "") as Record<string, unknown>;
    if (m.generator === GENERATOR_ID) return true;
    // Manifests from before the field: a header naming tlgen, a layer and the method lines.
    const header = m["//"];
    return typeof header === "string" && header.startsWith("Generated by tlgen") && typeof m.layer === "number" && typeof m.methods === "object";
  } catch {
    return false;
  }
}

/** Up to `n` files under `dir` (relative, sorted per folder), without walking all of a big tree. */
function sampleFiles(dir: string, n: number): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name));
    } catch {
      return;
    }
    for (const e of entries) {
      if (out.length >= n) return;
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join("/"));
    }
  };
  walk(dir);
  return out;
}

/** Why a mount point (or a folder that cannot be renamed away) is refused, and what to do. */
export function mountPointMessage(dir: string): string {
  return (
    `cannot replace ${shownPath(dir)}: it is a mount point (or cannot be renamed), and tlgen writes a new tree beside the output and swaps the two by renaming. ` +
    `Give a folder inside it instead, like ${shownPath(join(dir, "tl"))}`
  );
}

/**
 * The real path (symlinks resolved). For a path that does not exist yet, that of its nearest
 * existing folder with the rest appended: `link/new` where `link` points at `real` is
 * `real/new`, so that two spellings of one output (or of nested ones) find each other's locks.
 */
export function realOrResolved(path: string): string {
  const full = resolve(path);
  const rest: string[] = [];
  for (let d = full; ; d = dirname(d)) {
    try {
      return join(realpathSync(d), ...rest);
    } catch {
      if (dirname(d) === d) return full;
      rest.unshift(basename(d));
    }
  }
}

/** A path as the user would type it: relative to the working directory when inside it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  if (rel === "") return ".";
  return !rel.startsWith("..") && !isAbsolute(rel) ? rel : resolve(path);
}

/** An error from writing `dir`, in words, naming the user's path (never a temporary folder). */
export function writeFailure(dir: string, e: unknown): OutputError {
  if (e instanceof OutputError) return e;
  const code = (e as NodeJS.ErrnoException)?.code ?? "";
  const file = code === "ENOTDIR" || code === "EEXIST" ? fileAncestor(dir) : null;
  if (file) return new OutputError(`cannot write ${shownPath(dir)}: ${shownPath(file)} is a file, not a folder`, true);
  if (code === "EROFS" || code === "EACCES" || code === "EPERM") {
    return new OutputError(`cannot write ${shownPath(dir)}: ${shownPath(existingAncestor(dirname(resolve(dir))))} is not writable (${inWords(e)})`);
  }
  return new OutputError(`cannot write ${shownPath(dir)}: ${inWords(e)}`);
}

/** The nearest existing path at or above `dir` when it is a file (so `dir` cannot be made). */
function fileAncestor(dir: string): string | null {
  const d = existingAncestor(resolve(dir));
  return d !== resolve(dir) && !statSync(d).isDirectory() ? d : null;
}

function existingAncestor(path: string): string {
  let d = path;
  while (!existsSync(d) && dirname(d) !== d) d = dirname(d);
  return d;
}
