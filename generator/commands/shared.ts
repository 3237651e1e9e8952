// What every command shares: usage errors, counting in words, showing paths, printing diagnostics.
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { TlgenDiagnostic } from "../api/types.ts";

/** Bad usage: the CLI prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {}

/** "1 method", "2 methods", "0 errors". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** Paths as the user would type them: relative to the working directory when near it, else absolute. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  if (rel === "") return ".";
  return !isAbsolute(rel) && !rel.startsWith(`..${sep}..`) ? rel : resolve(path);
}

/** Prints diagnostics as `tlgen` shows them, each followed by a blank line. */
export function printDiagnostics(list: readonly TlgenDiagnostic[], stream: NodeJS.WritableStream): void {
  for (const d of list) stream.write(`${d.text}\n\n`);
}
