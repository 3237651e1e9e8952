// The selection file (schema/selection.txt): one TL function name or `*` pattern per line,
// `#` comments. Pure: text in, patterns with their lines out.
import type { Span } from "../parse/ast.ts";

export interface SelectionPattern {
  pattern: string;
  span: Span;
}

export function parseSelection(text: string, file: string): SelectionPattern[] {
  const out: SelectionPattern[] = [];
  let offset = 0;
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/#.*/, "").trim();
    if (line) {
      const column = raw.indexOf(line) + 1;
      out.push({ pattern: line, span: { file, line: i + 1, column, offset: offset + column - 1, end: offset + column - 1 + line.length } });
    }
    offset += raw.length + 1;
  });
  return out;
}
