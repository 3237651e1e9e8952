// The TS shape of a combinator's fields, shared by constructor types and request params:
// required fields, optional ones, `?true` booleans, and all-or-none groups for fields that
// share a flag bit. Produces either interface properties or a type-literal text.
import { StructureKind, type PropertySignatureStructure } from "ts-morph";
import type { Combinator, TypeRef } from "../model/ir.ts";
import type { EmitContext } from "./context.ts";
import { typedGroups, type CombinatorPlan, type FieldPlan } from "./field-plan.ts";
import { fieldDoc } from "./doc-text.ts";

export interface Member {
  name: string;
  type: string;
  optional: boolean;
  doc: string;
}

/** How a field's TL type becomes a TS type (requests widen peer fields; see emit-requests.ts). */
export type TypeOf = (t: TypeRef) => string;

function member(c: Combinator, f: FieldPlan, ctx: EmitContext, typeOf: TypeOf): Member {
  const type = f.role === "flag" ? "boolean" : typeOf(f.param.type);
  return { name: f.prop, type, optional: f.role !== "required", doc: fieldDoc(c, f, ctx.docs) };
}

/** Members outside all-or-none groups, in wire order; the leading members are prepended. */
export function plainMembers(c: Combinator, plan: CombinatorPlan, ctx: EmitContext, leading: Member[] = [], typeOf: TypeOf = ctx.ts): Member[] {
  const grouped = new Set(typedGroups(plan).flatMap((g) => g.values));
  return [...leading, ...plan.fields.filter((f) => !grouped.has(f)).map((f) => member(c, f, ctx, typeOf))];
}

function doc(text: string, indent = "  "): string {
  return `${indent}/**\n${text.split("\n").map((l) => `${indent} * ${l}`.trimEnd()).join("\n")}\n${indent} */\n`;
}

export function renderMembers(members: Member[]): string {
  return `{\n${members.map((m) => `${doc(m.doc)}  ${m.name}${m.optional ? "?" : ""}: ${m.type};\n`).join("")}}`;
}

/**
 * The all-or-none parts: for each group, `({ a: A; b: B } | { a?: undefined; b?: undefined })`.
 * Empty when the combinator has no such group.
 */
export function groupAlternatives(c: Combinator, plan: CombinatorPlan, ctx: EmitContext, typeOf: TypeOf = ctx.ts): string[] {
  return typedGroups(plan).map((g) => {
    const all = g.values.map((f) => ({ ...member(c, f, ctx, typeOf), optional: false }));
    const none = g.values.map((f) => ({ name: f.prop, type: "undefined", optional: true, doc: `Given together with ${g.values.filter((o) => o !== f).map((o) => `\`${o.prop}\``).join(", ")}, or not at all.` }));
    return `(${renderMembers(all)} | ${renderMembers(none)})`;
  });
}

export function toPropertySignatures(members: Member[]): PropertySignatureStructure[] {
  return members.map((m) => ({ kind: StructureKind.PropertySignature, name: m.name, type: m.type, hasQuestionToken: m.optional, docs: [m.doc] }));
}
