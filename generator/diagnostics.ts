// Diagnostics are data: a code, a message and a span, collected for a whole file and printed
// rustc-style with the source line and a caret underline. Nothing here throws.
import type { Span } from "./parse/ast.ts";

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
  TL010: "duplicate name",
  TL011: "unknown type",
  TL012: "flag bit out of range",
  TL013: "condition refers to an undeclared or later flags field",
  TL014: "generic parameter used but not declared",
  TL015: "bare type (%) on a type with several constructors",
  TL016: "declared constructor id differs from the computed one",
  TL020: "selection pattern matches no method",
  TL021: "two TL names become the same TypeScript name",
  TL022: "nothing selected",
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
      a.span.file.localeCompare(b.span.file) || a.span.offset - b.span.offset || a.code.localeCompare(b.code),
  );
}

/**
 * Formats one diagnostic:
 *
 *     error[TL012]: flag bit 40 out of range (0..31)
 *      --> api.tl:812:37
 *         |
 *     812 | foo#1 flags:# a:flags.40?int = Foo;
 *         |                     ^^
 */
export function formatDiagnostic(d: Diagnostic, source: string | undefined): string {
  const { file, line, column } = d.span;
  const head = `${d.severity}[${d.code}]: ${d.message}\n --> ${file}:${line}:${column}`;
  const lines = [head];
  if (source !== undefined) {
    const text = source.split("\n")[line - 1]?.replace(/\r$/, "") ?? "";
    const gutter = " ".repeat(String(line).length);
    const width = Math.max(1, Math.min(d.span.end - d.span.offset, text.length - column + 1));
    lines.push(`${gutter} |`, `${line} | ${text}`, `${gutter} | ${" ".repeat(Math.max(0, column - 1))}${"^".repeat(width)}`);
  }
  for (const note of d.notes) lines.push(`  = note: ${note}`);
  return lines.join("\n");
}
