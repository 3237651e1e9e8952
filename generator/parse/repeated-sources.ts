// The same schema text given twice (`tlgen check api.tl api.tl`, or one file under two paths)
// would make every declaration a duplicate: thousands of errors for one slip. It is one error,
// and the second copy is not read.
import { error, type Diagnostic } from "./diagnostics.ts";

/** Keeps the first of each group of sources with identical text; one diagnostic per dropped copy. */
export function dropRepeatedSources<S extends { file: string; text: string }>(sources: readonly S[]): { sources: S[]; diagnostics: Diagnostic[] } {
  const seen = new Map<string, S>();
  const kept: S[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const s of sources) {
    const first = s.text.trim() === "" ? undefined : seen.get(s.text);
    if (!first) {
      seen.set(s.text, s);
      kept.push(s);
      continue;
    }
    const message = first.file === s.file ? `${s.file} is given twice` : `${s.file} has the same text as ${first.file}`;
    diagnostics.push(error("TL007", message, { file: s.file, line: 1, column: 1, offset: 0, end: 0 }, ["the second copy is not read"]));
  }
  return { sources: kept, diagnostics };
}
