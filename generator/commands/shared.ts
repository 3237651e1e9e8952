// What every command shares: usage errors, counting in words, showing paths, printing diagnostics.
import type { TlgenDiagnostic } from "../api/types.ts";

/** Bad usage: the CLI prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {}

/** "1 method", "2 methods", "0 errors". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

export { displayPath } from "../api/files.ts";

/** Prints diagnostics as `tlgen` shows them, each followed by a blank line. */
export function printDiagnostics(list: readonly TlgenDiagnostic[], stream: NodeJS.WritableStream): void {
  for (const d of list) stream.write(`${d.text}\n\n`);
}
