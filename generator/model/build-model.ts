// AST -> IR: resolves type names, splits constructors from functions by section, derives
// unions, computes every id, and sorts. Pure; problems are left to the checks (checks/).
import type { BuiltinNode, CombinatorNode, SchemaNode, Span, TypeExprNode } from "../parse/ast.ts";
import { PRIMITIVES, type Builtin, type Combinator, type Param, type PrimitiveName, type SchemaModel, type TypeRef, type Union } from "./ir.ts";
import { printTypeRef } from "./canonical.ts";
import { computeId } from "./ctor-id.ts";
import { byName, compareStrings } from "../base/order.ts";

const PRIMITIVE_SET: ReadonlySet<string> = new Set(PRIMITIVES);

/** Builds one model from several parsed files (api.tl and mtproto.tl are read together). */
export function buildModel(files: readonly SchemaNode[]): SchemaModel {
  const constructors: Combinator[] = [];
  const functions: Combinator[] = [];
  const builtins: Builtin[] = [];
  let layer: number | null = null;
  for (const file of files) {
    let section: "types" | "functions" = "types";
    for (const item of file.items) {
      if (item.kind === "layer") layer = Math.max(layer ?? 0, item.layer);
      else if (item.kind === "section" && (item.name === "types" || item.name === "functions")) section = item.name;
      else if (item.kind === "builtin") builtins.push(buildBuiltin(item));
      else if (item.kind === "combinator") {
        const c = buildCombinator(item, section === "types" ? "constructor" : "function");
        (section === "types" ? constructors : functions).push(c);
      }
    }
  }
  constructors.sort(byName);
  functions.sort(byName);
  builtins.sort(byName);
  return { layer, constructors, functions, unions: deriveUnions(constructors), builtins };
}

function deriveUnions(constructors: Combinator[]): Union[] {
  // Sets, not arrays: a (hostile) schema may give one type tens of thousands of constructors.
  const unions = new Map<string, Set<string>>();
  for (const c of constructors) {
    if (c.result.kind !== "union") continue;
    const set = unions.get(c.result.name) ?? new Set<string>();
    set.add(c.name);
    unions.set(c.result.name, set);
  }
  return [...unions.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([name, ctors]) => ({ name, constructors: [...ctors].sort(compareStrings) }));
}

export function buildCombinator(node: CombinatorNode, kind: Combinator["kind"]): Combinator {
  const generics = node.generics.map((g) => ({ name: g.name, type: g.type }));
  const genericNames = new Set(generics.map((g) => g.name));
  const params: Param[] = node.params.map((p) =>
    p.flags || p.type === null
      ? { kind: "flags", name: p.name, span: p.span }
      : {
          kind: "value",
          name: p.name,
          type: resolveType(p.type, genericNames),
          condition: p.condition ? { flags: p.condition.field, bit: p.condition.bit, span: p.condition.span } : null,
          span: p.span,
          typeSpan: innermostSpan(p.type),
        },
  );
  const result = resolveType(node.result, genericNames);
  const computedId = computeId({ name: node.name, generics, params, result: printTypeRef(result) });
  const declaredId = node.id?.value ?? null;
  return { kind, name: node.name, id: declaredId ?? computedId, declaredId, computedId, generics, params, result, span: node.span, resultSpan: innermostSpan(node.result) };
}

/** The span of the innermost named type: the element of a (nested) vector, else the type itself. */
function innermostSpan(t: TypeExprNode): Span {
  return t.kind === "named" && (t.name === "Vector" || t.name === "vector") && t.args.length === 1 ? innermostSpan(t.args[0]) : t.span;
}

function buildBuiltin(node: BuiltinNode): Builtin {
  const generics = node.generics.map((g) => ({ name: g.name, type: g.type }));
  const body = node.body.replace(/\s+/g, " ").replace(/\[ ?/g, "[ ").replace(/ ?\]/g, " ]");
  const result = printResultText(node.result);
  const computedId = computeId({ name: node.name, generics, params: body, result });
  return { kind: "builtin", name: node.name, declaredId: node.id?.value ?? null, computedId, generics, body, result, span: node.span };
}

function printResultText(t: TypeExprNode): string {
  if (t.kind === "apply") return [t.name, ...t.args.map(printResultText)].join(" ");
  if (t.kind === "typeParam") return `!${t.name}`;
  const head = t.percent ? `%${t.name}` : t.name;
  return t.args.length ? `${head}<${t.args.map(printResultText).join(",")}>` : head;
}

/** True when the last part of a (possibly namespaced) name starts lowercase: a bare constructor. */
export function isBareName(name: string): boolean {
  const last = name.slice(name.lastIndexOf(".") + 1);
  return last[0] === last[0].toLowerCase() && last[0] !== last[0].toUpperCase();
}

export function resolveType(t: TypeExprNode, generics: ReadonlySet<string>): TypeRef {
  if (t.kind === "typeParam") return { kind: "typeParam", name: t.name, bang: true };
  if (t.kind === "apply") return { kind: "union", name: printResultText(t) };
  if (t.percent) return { kind: "bare", name: t.name, percent: true };
  if ((t.name === "Vector" || t.name === "vector") && t.args.length === 1) {
    return { kind: "vector", boxed: t.name === "Vector", element: resolveType(t.args[0], generics) };
  }
  if (generics.has(t.name)) return { kind: "typeParam", name: t.name, bang: false };
  if (PRIMITIVE_SET.has(t.name)) return { kind: "primitive", name: t.name as PrimitiveName };
  if (isBareName(t.name)) return { kind: "bare", name: t.name, percent: false };
  return { kind: "union", name: t.name };
}
