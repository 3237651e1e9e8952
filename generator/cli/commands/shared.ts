// What every command shares: usage errors, counting in words, showing paths, printing diagnostics.
import type { TlgenDiagnostic } from "../../api/types.ts";
import { PRINT_LIMIT } from "../../parse/diagnostics.ts";

/** Bad usage: the CLI prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {}

/** "1 method", "2 methods", "0 errors". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

export { displayPath } from "../../api/files.ts";

/**
 * Prints diagnostics as `tlgen` shows them, each followed by a blank line: the first PRINT_LIMIT
 * in full, then one line counting the rest, so 20,000 errors stay readable (and fast).
 */
export function printDiagnostics(list: readonly TlgenDiagnostic[], stream: NodeJS.WritableStream): void {
  let out = "";
  for (const d of list.slice(0, PRINT_LIMIT)) out += `${d.text}\n\n`;
  const rest = list.slice(PRINT_LIMIT);
  if (rest.length) {
    const errors = rest.filter((d) => d.severity === "error").length;
    const what = errors === rest.length ? count(errors, "more error") : errors === 0 ? count(rest.length, "more warning") : `${count(rest.length, "more diagnostic")} (${count(errors, "error")})`;
    out += `... and ${what.replace(/^\d+/, (n) => Number(n).toLocaleString("en-US"))} not shown\n\n`;
  }
  stream.write(out);
}
