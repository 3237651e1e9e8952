// Function bodies are emitted as lines of code; this joins them into one block indented the way
// prettier would (two spaces per open brace), so the printer can take the body as it is.

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

/** `["a", "b"]`: a string array as prettier prints it. */
export function stringArray(items: readonly string[]): string {
  return `[${items.map((s) => JSON.stringify(s)).join(", ")}]`;
}
