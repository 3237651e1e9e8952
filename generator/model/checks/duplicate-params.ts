// TL017: two parameters of one declaration with the same name. The generated object would have
// one property for both, so one of them would be lost in decoding (and the type would not compile).
import { error, type Diagnostic } from "../../parse/diagnostics.ts";
import type { Combinator, SchemaModel } from "../ir.ts";

export function checkDuplicateParams(model: SchemaModel): Diagnostic[] {
  return [...model.constructors, ...model.functions].flatMap(checkCombinator);
}

function checkCombinator(c: Combinator): Diagnostic[] {
  const first = new Map<string, Combinator["params"][number]>();
  const out: Diagnostic[] = [];
  for (const p of c.params) {
    const earlier = first.get(p.name);
    if (!earlier) first.set(p.name, p);
    else out.push(error("TL017", `${c.name} has two parameters named "${p.name}"`, p.span, [`the first is at ${earlier.span.file}:${earlier.span.line}:${earlier.span.column}`]));
  }
  return out;
}
