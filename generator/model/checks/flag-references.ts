// TL013: a conditional field `flagsK.N?T` must refer to a `flagsK:#` field declared before it.
import { error, type Diagnostic } from "../../parse/diagnostics.ts";
import type { Combinator, SchemaModel } from "../ir.ts";

export function checkFlagReferences(model: SchemaModel): Diagnostic[] {
  return [...model.constructors, ...model.functions].flatMap(checkCombinator);
}

function checkCombinator(c: Combinator): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seenFlags = new Set<string>();
  const allFlags = new Set(c.params.filter((p) => p.kind === "flags").map((p) => p.name));
  for (const p of c.params) {
    if (p.kind === "flags") {
      seenFlags.add(p.name);
      continue;
    }
    if (!p.condition || seenFlags.has(p.condition.flags)) continue;
    const why = allFlags.has(p.condition.flags) ? "is declared after it" : "is not declared as a flags field (name:#)";
    out.push(error("TL013", `field "${p.name}" of ${c.name} is conditional on "${p.condition.flags}", which ${why}`, p.condition.span));
  }
  return out;
}
