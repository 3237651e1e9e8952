// Function bodies are emitted as lines of code; this joins them into one block indented the way
// prettier would (two spaces per open brace), so the printer can take the body as it is.
import { stringLiteral } from "./escape.ts";

/** Indents `lines` by brace depth; a line's own leading spaces add to its depth's indent. */
export function codeBlock(lines: readonly string[]): string {
  let depth = 0;
  const out: string[] = [];
  for (const raw of lines) {
    for (const line of raw.split("\n")) {
      const text = line.trimEnd();
      const closes = /^\s*[}\])]/.test(text);
      if (closes) depth = Math.max(0, depth - 1);
      out.push(text === "" ? "" : "  ".repeat(depth) + text);
      if (/[{[(]$/.test(text)) depth++;
    }
  }
  return out.join("\n");
}

/** `["a", "b"]`: a string array as prettier prints it (each item escaped: error names come from the docs data). */
export function stringArray(items: readonly string[]): string {
  return `[${items.map(stringLiteral).join(", ")}]`;
}
