// Diagnostics are data: a code, a message and a span, collected for a whole file and printed
// rustc-style with the source line and a caret underline. Nothing here throws. Printing scales:
// each file's line index is built once, and past a limit the rest is summarised.
import type { Span } from "./ast.ts";
import { LineIndex } from "./line-index.ts";
import { escapeForTerminal, renderExcerpt } from "./excerpt.ts";
import { compareStrings } from "../base/order.ts";

export type Severity = "error" | "warning";

export interface Diagnostic {
  severity: Severity;
  /** Stable code, e.g. `TL001`; the list is in DIAGNOSTIC_CODES. */
  code: DiagnosticCode;
  message: string;
  span: Span;
  /** Extra lines shown under the excerpt (`= note: ...`). */
  notes: string[];
}

/** Every code the parser and the checks can produce, with what it means. */
export const DIAGNOSTIC_CODES = {
  TL001: "syntax error",
  TL002: "unknown section marker",
  TL003: "declaration outside any known construct",
  TL004: "not a TL text file (binary content)",
  TL005: "the file declares nothing",
  TL006: "type nested too deeply",
  TL007: "the same schema text given twice",
  TL008: "schema text too large",
  TL010: "duplicate name",
  TL011: "unknown type",
  TL012: "flag bit out of range",
  TL013: "condition refers to an undeclared or later flags field",
  TL014: "generic parameter used but not declared",
  TL015: "bare type (%) on a type with several constructors",
  TL016: "declared constructor id differs from the computed one",
  TL017: "two parameters of one declaration with the same name",
  TL020: "selection pattern matches no method",
  TL021: "two TL names become the same TypeScript name (types, classes, properties)",
  TL022: "nothing selected",
  TL023: "no layer: no // LAYER line and no --layer",
  TL024: "--layer differs from the schema's own // LAYER line",
  TL025: "olderLayers reaches past the layer history tlgen ships",
  TL030: "the layer history has a line that cannot be read, or an id another constructor has",
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export function error(code: DiagnosticCode, message: string, span: Span, notes: string[] = []): Diagnostic {
  return { severity: "error", code, message, span, notes };
}

export function warning(code: DiagnosticCode, message: string, span: Span, notes: string[] = []): Diagnostic {
  return { severity: "warning", code, message, span, notes };
}

/** Sorts by file, then offset, then code, so output is stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      compareStrings(a.span.file, b.span.file) || a.span.offset - b.span.offset || compareStrings(a.code, b.code),
  );
}

/** How many diagnostics are printed in full before the rest is summarised. */
export const PRINT_LIMIT = 200;

/**
 * Formats one diagnostic:
 *
 *     error[TL012]: flag bit 40 out of range (0..31)
 *      --> api.tl:812:37
 *         |
 *     812 | foo#1 flags:# a:flags.40?int = Foo;
 *         |                     ^^
 *
 * `source` is the file's text (or its line index); without it there is no excerpt. Everything
 * taken from the schema is escaped (see excerpt.ts).
 */
export function formatDiagnostic(d: Diagnostic, source: string | LineIndex | undefined): string {
  const { file, line, column } = d.span;
  const lines = [`${d.severity}[${d.code}]: ${escapeForTerminal(d.message)}`, ` --> ${escapeForTerminal(file)}:${line}:${column}`];
  if (source !== undefined) {
    const index = typeof source === "string" ? lineIndexOf(source) : source;
    const gutter = " ".repeat(String(line).length);
    const excerpt = renderExcerpt(index.lineText(line), column, d.span.end - d.span.offset);
    lines.push(`${gutter} |`, `${line} | ${excerpt.text}`, `${gutter} | ${excerpt.underline}`);
  }
  for (const note of d.notes) lines.push(`  = note: ${escapeForTerminal(note)}`);
  return lines.join("\n");
}

/**
 * Formats a list for printing: the first `limit` in full, each followed by a blank line, then
 * one line counting the rest ("... and 19,800 more errors"). Linear in the list's length.
 */
export function formatDiagnostics(list: readonly Diagnostic[], sources: ReadonlyMap<string, string>, limit = PRINT_LIMIT): string {
  const indexes = new Map<string, LineIndex>();
  const indexFor = (file: string): LineIndex | undefined => {
    const text = sources.get(file);
    if (text === undefined) return undefined;
    if (!indexes.has(file)) indexes.set(file, new LineIndex(text));
    return indexes.get(file);
  };
  let out = "";
  for (const d of list.slice(0, limit)) out += `${formatDiagnostic(d, indexFor(d.span.file))}\n\n`;
  const rest = list.slice(limit);
  if (rest.length) out += `... and ${countOf(rest)} not shown\n\n`;
  return out;
}

function countOf(rest: readonly Diagnostic[]): string {
  const errors = rest.filter((d) => d.severity === "error").length;
  const n = (k: number, what: string) => `${k.toLocaleString("en-US")} more ${what}${k === 1 ? "" : "s"}`;
  if (errors === rest.length) return n(errors, "error");
  if (errors === 0) return n(rest.length, "warning");
  return `${n(rest.length, "diagnostic")} (${errors.toLocaleString("en-US")} errors)`;
}

/** The last few line indexes made by formatDiagnostic, so that callers passing text stay linear. */
const recentIndexes = new Map<string, LineIndex>();

function lineIndexOf(text: string): LineIndex {
  let index = recentIndexes.get(text);
  if (!index) {
    if (recentIndexes.size >= 4) recentIndexes.delete(recentIndexes.keys().next().value!);
    index = new LineIndex(text);
    recentIndexes.set(text, index);
  }
  return index;
}
