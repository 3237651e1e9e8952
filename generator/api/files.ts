// Reading the user's files for the API: system errors in words, the project a run belongs to,
// and how a file is named in headers and diagnostics.
import { existsSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { PROJECT_ROOT, SCHEMA_DIR } from "../input/project-files.ts";
import { TlgenError } from "./errors.ts";
import { InputError, readInputFile } from "../input/read-input.ts";

/** A system error as a person would say it: "no such file: x.tl", "is a directory: schema". */
export function systemErrorWords(e: unknown, shown: string, action: "read" | "write" = "read"): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return `no such file: ${shown}`;
    case "EISDIR":
      return `is a directory, not a file: ${shown}`;
    case "ENOTDIR":
      return `a part of the path is a file, not a directory: ${shown}`;
    case "EACCES":
    case "EPERM":
      return `permission denied: ${shown}`;
    default:
      return `cannot ${action} ${shown}: ${(e as Error)?.message ?? String(e)}`;
  }
}

/** A path as the user would type it: relative to the working directory when near it, else absolute. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  if (rel === "") return ".";
  return !isAbsolute(rel) && !rel.startsWith(`..${sep}..`) ? rel : resolve(path);
}

/**
 * Reads a UTF-8 file, bounded in size (read-input.ts: a device or a huge file is refused, not
 * read into memory) and refused when it is not text; failures are TlgenErrors of kind "input".
 */
export function readText(path: string, shown: string = path): string {
  try {
    return readInputFile(path);
  } catch (e) {
    if (e instanceof InputError) throw new TlgenError("input", e.message.split(path).join(shown));
    throw new TlgenError("input", systemErrorWords(e, shown));
  }
}

/** The project a path belongs to: the nearest folder at or above it holding a package.json, else itself. */
export function projectRootOf(start: string): string {
  for (let d = resolve(start); ; d = dirname(d)) {
    if (existsSync(join(d, "package.json"))) return d;
    if (dirname(d) === d) return resolve(start);
  }
}

/** True when `child` is `parent` or inside it. */
export function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/** True when two paths name the same file (through symlinks too); false when either is missing. */
export function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/**
 * How a file is named in the generated headers and in diagnostics, so that output does not depend
 * on the directory tlgen runs from: a schema file tlgen ships is `tlgen/schema/api.tl` (in any
 * project but tlgen's own); a file of the project is relative to the project root; one beside it (`../shared/x.tl`) keeps one `..`;
 * anything else is absolute.
 */
export function sourceName(file: string, root: string): string {
  const full = resolve(file);
  if (isInside(full, SCHEMA_DIR) && resolve(root) !== PROJECT_ROOT) return `tlgen/${slashes(relative(PROJECT_ROOT, full))}`;
  const rel = relative(root, full);
  if (!isAbsolute(rel) && !rel.startsWith(`..${sep}..`)) return slashes(rel);
  return full;
}

const slashes = (p: string): string => p.split(sep).join("/");
