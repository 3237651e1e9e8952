// TL016: a declared `#id` must equal the CRC32 of the normalized line. Known genuine
// exceptions are data (schema/ctor-id-allowlist.json), matched by name and declared id.
import { error, type Diagnostic } from "../../parse/diagnostics.ts";
import type { SchemaModel } from "../ir.ts";
import { formatId } from "../canonical.ts";

export interface IdAllowlistEntry {
  name: string;
  declaredId: string;
  computedId: string;
  reason: string;
}

export interface IdCheckResult {
  diagnostics: Diagnostic[];
  /** How many declarations had an id to verify. */
  checked: number;
  /** Names whose declared id differs from the computed one, allowlisted or not. */
  mismatched: string[];
  /** The subset of `mismatched` the allowlist excuses. */
  allowlisted: string[];
}

export function checkCtorIds(model: SchemaModel, allowlist: readonly IdAllowlistEntry[]): IdCheckResult {
  const excused = new Set(allowlist.map((e) => `${e.name}#${e.declaredId.toLowerCase()}`));
  const result: IdCheckResult = { diagnostics: [], checked: 0, mismatched: [], allowlisted: [] };
  for (const c of [...model.builtins, ...model.constructors, ...model.functions]) {
    if (c.declaredId === null) continue;
    result.checked++;
    if (c.declaredId === c.computedId) continue;
    result.mismatched.push(c.name);
    if (excused.has(`${c.name}#${formatId(c.declaredId)}`)) {
      result.allowlisted.push(c.name);
      continue;
    }
    result.diagnostics.push(
      error("TL016", `${c.name} declares id #${formatId(c.declaredId)}, but its line computes to #${formatId(c.computedId)}`, c.span, [
        "the id is the CRC32 of the line without its id, with bytes as string and ?true fields dropped",
      ]),
    );
  }
  return result;
}
