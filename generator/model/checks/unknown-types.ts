// TL011: a parameter or result names a type that nothing declares. The underline is the type
// name alone (the element of a vector), with the closest known name as a "did you mean".
import { error, type Diagnostic } from "../../parse/diagnostics.ts";
import { PRIMITIVES, type Combinator, type SchemaModel, type TypeRef } from "../ir.ts";
import type { Span } from "../../parse/ast.ts";
import { closestName } from "./similar-name.ts";

export function checkUnknownTypes(model: SchemaModel): Diagnostic[] {
  const unions = new Set(model.unions.map((u) => u.name));
  for (const b of model.builtins) unions.add(b.result.split(" ")[0]);
  const bare = new Set([...model.constructors.map((c) => c.name), ...model.builtins.map((b) => b.name)]);
  // Suggestions are computed once per unknown name: a schema may misspell one name thousands of times.
  const known = [...unions, ...bare, ...PRIMITIVES, "Vector", "vector"];
  const suggestions = new Map<string, string | null>();
  const suggest = (name: string): string[] => {
    if (!suggestions.has(name)) suggestions.set(name, closestName(name, known));
    const s = suggestions.get(name);
    return s ? [`did you mean "${s}"?`] : [];
  };
  const out: Diagnostic[] = [];
  const visit = (t: TypeRef, span: Span, where: string): void => {
    if (t.kind === "vector") return visit(t.element, span, where);
    const known =
      t.kind === "union" ? unions.has(t.name) : t.kind === "bare" ? (t.percent ? unions.has(t.name) : bare.has(t.name)) : true;
    if (!known) out.push(error("TL011", `unknown type "${t.kind === "bare" && t.percent ? "%" : ""}${t.name}" in ${where}`, span, suggest(t.name)));
  };
  const visitCombinator = (c: Combinator): void => {
    for (const p of c.params) if (p.kind === "value") visit(p.type, p.typeSpan, `${c.name}.${p.name}`);
    if (c.kind === "function") visit(c.result, c.resultSpan, `the result of ${c.name}`);
  };
  model.constructors.forEach(visitCombinator);
  model.functions.forEach(visitCombinator);
  return out;
}
