// The generator's diagnostics as the API gives them: plain data, each with its printed form.
import { formatDiagnostic, type Diagnostic } from "../parse/diagnostics.ts";
import type { TlgenDiagnostic } from "./types.ts";

/** Diagnostics as data, each with its printed form (caret excerpt included where the text is known). */
export function publicDiagnostics(list: readonly Diagnostic[], texts: ReadonlyMap<string, string>): TlgenDiagnostic[] {
  return list.map((d) => ({
    severity: d.severity,
    code: d.code,
    message: d.message,
    file: d.span.file,
    line: d.span.line,
    column: d.span.column,
    notes: [...d.notes],
    text: formatDiagnostic(d, texts.get(d.span.file)),
  }));
}
