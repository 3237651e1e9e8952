// What the grammar is never shown: text that is too large, binary, or nested so deeply that a
// recursive-descent parser (and later prettier) would run out of stack. Screening runs before
// parsing, on the whole file, in one linear pass.
import { error, type Diagnostic } from "./diagnostics.ts";
import type { LineIndex } from "./line-index.ts";

/**
 * Larger schema text is refused. api.tl is about 0.3 MB; 4 MB of tiny declarations already
 * make some 600,000 of them (about 1 GB of model), so the limit also bounds memory.
 */
export const MAX_SCHEMA_CHARS = 4 * 1024 * 1024;

/**
 * How deeply `<...>` may nest in one type. Real schemas nest at most 2 levels
 * (`Vector<Vector<double>>`); the parser, the emitters and prettier all recurse per level, and
 * prettier is the first to overflow (a few hundred levels), so the limit stays far below that.
 */
export const MAX_TYPE_NESTING = 32;

export interface Screened {
  /** The text to parse: the input with too-deep declarations blanked (same length, same lines). */
  text: string;
  /** Where parsing starts: 1 past a UTF-8 byte order mark, else 0. */
  start: number;
  diagnostics: Diagnostic[];
  /** True when the text must not be parsed at all (too large, binary). */
  refused: boolean;
}

/** Screens one file's text; see the module comment. */
export function screenSchemaText(text: string, file: string, lines: LineIndex): Screened {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const refuse = (d: Diagnostic): Screened => ({ text, start, diagnostics: [d], refused: true });
  if (text.length > MAX_SCHEMA_CHARS) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    return refuse(error("TL008", `schema text is too large (${mb(text.length)}; the limit is ${mb(MAX_SCHEMA_CHARS)})`, spanAt(file, lines, 0, 0)));
  }
  const nul = text.indexOf("\u0000");
  if (nul !== -1) {
    const { line, column } = lines.position(nul);
    return refuse(
      error("TL004", `not a TL text file: byte 0x00 at line ${line}, column ${column}`, spanAt(file, lines, nul, nul + 1), ["TL schemas are UTF-8 text; this looks like binary data"]),
    );
  }
  const { masked, deep } = maskDeepNesting(text, start, MAX_TYPE_NESTING);
  const diagnostics = deep.map((offset) =>
    error("TL006", `type nested more than ${MAX_TYPE_NESTING} levels deep`, spanAt(file, lines, offset, offset + 1), [
      "the declaration is skipped; real schemas nest at most 2 levels (Vector<Vector<T>>)",
    ]),
  );
  return { text: masked, start, diagnostics, refused: false };
}

function spanAt(file: string, lines: LineIndex, offset: number, end: number) {
  return { file, ...lines.position(offset), offset, end };
}

/**
 * Finds each declaration whose `<` nesting exceeds `limit` and blanks it (every character but
 * line breaks becomes a space, up to and including its `;`), so that the rest of the file
 * parses with unchanged offsets. Comments are skipped as the grammar skips them. Returns the
 * offset of each `<` that went past the limit.
 */
export function maskDeepNesting(text: string, start: number, limit: number): { masked: string; deep: number[] } {
  const deep: number[] = [];
  const chunks: string[] = [];
  let copied = 0;
  let depth = 0;
  let declStart = -1;
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === "/" && (text[i + 1] === "/" || text[i + 1] === "*")) {
      const end = text[i + 1] === "/" ? text.indexOf("\n", i) : text.indexOf("*/", i + 2);
      i = end === -1 ? text.length : end + (text[i + 1] === "/" ? 0 : 2);
      continue;
    }
    if (c === ";") {
      depth = 0;
      declStart = -1;
    } else if (declStart === -1 && !/\s/.test(c)) {
      declStart = i;
    }
    if (c === "<" && ++depth > limit) {
      deep.push(i);
      const semicolon = text.indexOf(";", i);
      const end = semicolon === -1 ? text.length : semicolon + 1;
      chunks.push(text.slice(copied, declStart), text.slice(declStart, end).replace(/[^\r\n]/g, " "));
      copied = end;
      i = end;
      depth = 0;
      declStart = -1;
      continue;
    }
    if (c === ">") depth = Math.max(0, depth - 1);
    i++;
  }
  if (deep.length === 0) return { masked: text, deep };
  chunks.push(text.slice(copied));
  return { masked: chunks.join(""), deep };
}
