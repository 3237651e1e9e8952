// TL011: a parameter or result names a type that nothing declares.
import { error, type Diagnostic } from "../../diagnostics.ts";
import type { Combinator, SchemaModel, TypeRef } from "../ir.ts";
import type { Span } from "../../parse/ast.ts";

export function checkUnknownTypes(model: SchemaModel): Diagnostic[] {
  const unions = new Set(model.unions.map((u) => u.name));
  for (const b of model.builtins) unions.add(b.result.split(" ")[0]);
  const bare = new Set([...model.constructors.map((c) => c.name), ...model.builtins.map((b) => b.name)]);
  const out: Diagnostic[] = [];
  const visit = (t: TypeRef, span: Span, where: string): void => {
    if (t.kind === "vector") return visit(t.element, span, where);
    const known =
      t.kind === "union" ? unions.has(t.name) : t.kind === "bare" ? (t.percent ? unions.has(t.name) : bare.has(t.name)) : true;
    if (!known) out.push(error("TL011", `unknown type "${t.kind === "bare" && t.percent ? "%" : ""}${t.name}" in ${where}`, span));
  };
  const visitCombinator = (c: Combinator): void => {
    for (const p of c.params) if (p.kind === "value") visit(p.type, p.span, `${c.name}.${p.name}`);
    if (c.kind === "function") visit(c.result, c.span, `the result of ${c.name}`);
  };
  model.constructors.forEach(visitCombinator);
  model.functions.forEach(visitCombinator);
  return out;
}
