// TL014: `!X` used without a `{X:Type}` declaration on the same combinator.
import { error, type Diagnostic } from "../../parse/diagnostics.ts";
import type { SchemaModel, TypeRef } from "../ir.ts";

export function checkUndeclaredGenerics(model: SchemaModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of [...model.constructors, ...model.functions]) {
    const declared = new Set(c.generics.map((g) => g.name));
    for (const p of c.params) {
      if (p.kind !== "value") continue;
      const param = typeParamOf(p.type);
      if (param && !declared.has(param)) {
        out.push(error("TL014", `generic "${param}" used by ${c.name}.${p.name} but not declared`, p.typeSpan, [`declare it before the parameters: {${param}:Type}`]));
      }
    }
  }
  return out;
}

function typeParamOf(t: TypeRef): string | null {
  if (t.kind === "typeParam") return t.name;
  if (t.kind === "vector") return typeParamOf(t.element);
  return null;
}
