// The source excerpt under a diagnostic: one line, made safe for a terminal and cut to the
// neighbourhood of the column, with a caret underline that stays aligned.
//
// Schema text is untrusted: an escape sequence or a bidi override in it must never reach the
// terminal raw, so control, format and unpaired surrogate characters are shown as `\xNN` or
// `\u{NNNN}`. A tab is shown as one space, so that every other character keeps its column.

/** Lines longer than this (in characters) are cut to a window around the column. */
export const EXCERPT_WIDTH = 100;
/** How much of a cut line is kept before the column. */
const BEFORE = 40;

/** A string safe to print: control and invisible formatting characters escaped. */
export function escapeForTerminal(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += escapeUnit(text, i) ?? text[i];
  return out;
}

/** The escape for the UTF-16 unit at `i`, or null when it prints as itself. */
function escapeUnit(text: string, i: number): string | null {
  const c = text.charCodeAt(i);
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return `\\x${c.toString(16).padStart(2, "0")}`;
  if (c >= 0xd800 && c <= 0xdfff) {
    const paired = c <= 0xdbff ? isLow(text.charCodeAt(i + 1)) : isHigh(text.charCodeAt(i - 1));
    return paired ? null : `\\u{${c.toString(16)}}`;
  }
  return INVISIBLE.test(text[i]) ? `\\u{${c.toString(16)}}` : null;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Bidi controls, zero-width and line/paragraph separators, the BOM: invisible or reordering. */
const INVISIBLE = /[\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

export interface Excerpt {
  /** The line as it is printed. */
  text: string;
  /** The underline, aligned under `text`: spaces then carets. */
  underline: string;
}

/**
 * Renders `line` with an underline from 1-based `column` for `width` characters (at least one
 * caret; clamped to the end of the line, where a caret past the last character is allowed).
 */
export function renderExcerpt(line: string, column: number, width: number): Excerpt {
  const from = Math.max(0, Math.min(column - 1, line.length));
  let start = 0;
  let end = line.length;
  if (line.length > EXCERPT_WIDTH) {
    start = Math.max(0, Math.min(from - BEFORE, line.length - EXCERPT_WIDTH));
    end = Math.min(line.length, start + EXCERPT_WIDTH);
  }
  const to = Math.max(from + 1, Math.min(from + width, end));
  let text = start > 0 ? "…" : "";
  let underline = " ".repeat(text.length);
  for (let i = start; i < end; i++) {
    const shown = line[i] === "\t" ? " " : escapeUnit(line, i) ?? line[i];
    text += shown;
    // A surrogate pair is one character on screen: its second half adds no column.
    const columns = isLow(line.charCodeAt(i)) && isHigh(line.charCodeAt(i - 1)) && shown.length === 1 ? 0 : shown.length;
    underline += (i < from ? " " : i < to ? "^" : "").repeat(columns);
  }
  if (from >= end) underline += "^";
  if (end < line.length) text += "…";
  return { text, underline: underline.trimEnd() };
}
