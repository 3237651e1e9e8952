// The canonical printer: IR -> one TL line. Parsing its output gives back the same IR, and
// the constructor id is computed from it (ctor-id.ts).
import type { Builtin, Combinator, Generic, Param, TypeRef } from "./ir.ts";

export function printTypeRef(t: TypeRef): string {
  switch (t.kind) {
    case "primitive":
      return t.name;
    case "vector":
      return `${t.boxed ? "Vector" : "vector"}<${printTypeRef(t.element)}>`;
    case "union":
      return t.name;
    case "bare":
      return t.percent ? `%${t.name}` : t.name;
    case "typeParam":
      return t.bang ? `!${t.name}` : t.name;
  }
}

export function printParam(p: Param): string {
  if (p.kind === "flags") return `${p.name}:#`;
  const condition = p.condition ? `${p.condition.flags}.${p.condition.bit}?` : "";
  return `${p.name}:${condition}${printTypeRef(p.type)}`;
}

function printGenerics(generics: Generic[]): string[] {
  return generics.map((g) => `{${g.name}:${g.type}}`);
}

/** Eight lowercase hex digits, the canonical way to write an id. */
export function formatId(id: number): string {
  return (id >>> 0).toString(16).padStart(8, "0");
}

/** `name#id {X:Type} a:int b:flags.0?string = Result;` (the id only where the source had one). */
export function printCombinator(c: Combinator): string {
  const head = c.declaredId === null ? c.name : `${c.name}#${formatId(c.declaredId)}`;
  return [head, ...printGenerics(c.generics), ...c.params.map(printParam), "=", `${printTypeRef(c.result)};`].join(" ");
}

export function printBuiltin(b: Builtin): string {
  const head = b.declaredId === null ? b.name : `${b.name}#${formatId(b.declaredId)}`;
  return [head, ...printGenerics(b.generics), b.body, "=", `${b.result};`].join(" ");
}

/** A whole file: types, then functions, each under its section marker, with the layer. */
export function printSchema(model: {
  layer: number | null;
  builtins: Builtin[];
  constructors: Combinator[];
  functions: Combinator[];
}): string {
  const lines = [
    ...model.builtins.map(printBuiltin),
    ...model.constructors.map(printCombinator),
    "---functions---",
    ...model.functions.map(printCombinator),
  ];
  if (model.layer !== null) lines.push(`// LAYER ${model.layer}`);
  return lines.join("\n") + "\n";
}
