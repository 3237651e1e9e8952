// TL015: `%T` (a bare type) only makes sense when T has exactly one constructor.
import { error, type Diagnostic } from "../../parse/diagnostics.ts";
import type { SchemaModel, TypeRef } from "../ir.ts";

export function checkBarePercent(model: SchemaModel): Diagnostic[] {
  const sizes = new Map(model.unions.map((u) => [u.name, u.constructors.length]));
  const out: Diagnostic[] = [];
  for (const c of [...model.constructors, ...model.functions]) {
    for (const p of c.params) {
      if (p.kind !== "value") continue;
      const t = innermost(p.type);
      const n = t.kind === "bare" && t.percent ? sizes.get(t.name) ?? 0 : 0;
      if (n > 1) out.push(error("TL015", `"%${t.kind === "bare" ? t.name : ""}" is bare, but that type has ${n} constructors`, p.typeSpan, ["a bare type must have exactly one constructor"]));
    }
  }
  return out;
}

function innermost(t: TypeRef): TypeRef {
  return t.kind === "vector" ? innermost(t.element) : t;
}
