// TL012: a flag bit must be 0..31 (a flags word is a 32-bit int).
import { error, type Diagnostic } from "../../parse/diagnostics.ts";
import type { SchemaModel } from "../ir.ts";

export function checkFlagBitRange(model: SchemaModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of [...model.constructors, ...model.functions]) {
    for (const p of c.params) {
      if (p.kind === "value" && p.condition && (p.condition.bit < 0 || p.condition.bit > 31)) {
        out.push(error("TL012", `flag bit ${p.condition.bit} out of range (0..31) in ${c.name}.${p.name}`, p.condition.span));
      }
    }
  }
  return out;
}
