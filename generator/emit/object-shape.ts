// The TS shape of a combinator's fields, shared by constructor types and request params:
// required fields, optional ones, `?true` booleans, and all-or-none alternatives for fields that
// share a flag bit. As interface properties, or as type-literal text when there are groups.
import { StructureKind } from "./structure-kind.ts";
import type { PropertySignatureStructure } from "ts-morph";
import type { CombinatorPlan, FieldPlan } from "../plan/plan.ts";
import type { LinkTo } from "./doc-text.ts";
import { fieldDoc } from "./doc-text.ts";
import { docComment as docText } from "./escape.ts";

export interface Member {
  name: string;
  type: string;
  optional: boolean;
  doc: string;
}

/** How a field's type is printed (requests widen peer fields to take names). */
export type TypeOfField = (f: FieldPlan) => string;

/** A field as a member; its doc escaped for a doc comment (descriptions come from the docs data). */
function member(f: FieldPlan, typeOf: TypeOfField, linkTo: LinkTo): Member {
  return { name: f.prop, type: typeOf(f), optional: f.role !== "required", doc: docText(fieldDoc(f, linkTo)) };
}

/** Members outside all-or-none groups, in wire order, after the leading ones. */
export function plainMembers(c: CombinatorPlan, typeOf: TypeOfField, linkTo: LinkTo, leading: Member[] = []): Member[] {
  const grouped = new Set(c.typedGroups.flatMap((g) => g.values));
  return [...leading, ...c.fields.filter((f) => !grouped.has(f)).map((f) => member(f, typeOf, linkTo))];
}

function docComment(text: string, indent: string): string {
  if (!text.includes("\n")) return `${indent}/** ${text} */\n`;
  return `${indent}/**\n${text
    .split("\n")
    .map((l) => `${indent} * ${l}`.trimEnd())
    .join("\n")}\n${indent} */\n`;
}

/** `{ a: A; b?: B }` with each member's doc, as type text. */
export function typeLiteral(members: Member[], indent = ""): string {
  const inner = `${indent}  `;
  return `{\n${members.map((m) => `${docComment(m.doc, inner)}${inner}${m.name}${m.optional ? "?" : ""}: ${m.type};\n`).join("")}${indent}}`;
}

/**
 * The all-or-none parts: for each group, the alternatives `{ a: A; b: B }` and
 * `{ a?: undefined; b?: undefined }`. Empty when the combinator has no such group.
 */
export function groupAlternatives(c: CombinatorPlan, typeOf: TypeOfField, linkTo: LinkTo): Member[][][] {
  return c.typedGroups.map((g) => {
    const all = g.values.map((f) => ({ ...member(f, typeOf, linkTo), optional: false }));
    const none = g.values.map((f) => ({
      name: f.prop,
      type: "undefined",
      optional: true,
      doc: `Given together with ${g.values
        .filter((o) => o !== f)
        .map((o) => `\`${o.prop}\``)
        .join(", ")}, or not at all.`,
    }));
    return [all, none];
  });
}

/**
 * `{ plain } & (A1 | B1) & (A2 | B2)` as type text, laid out as prettier lays it out (the first
 * group's alternatives under the literal, later groups' one level in), so no formatter is needed.
 */
export function groupedShape(plain: Member[], groups: Member[][][]): string {
  const alternatives = (base: string, alts: Member[][]) => alts.map((a) => `${base}| ${typeLiteral(a, `${base}  `).replace(/^\{/, "{")}`).join("\n");
  let text = plain.length ? typeLiteral(plain) : "{}";
  groups.forEach((alts, i) => {
    text += i === 0 ? ` & (\n${alternatives("  ", alts)}\n)` : ` &\n  (\n${alternatives("    ", alts)}\n  )`;
  });
  return text;
}

export function propertySignatures(members: Member[]): PropertySignatureStructure[] {
  return members.map((m) => ({ kind: StructureKind.PropertySignature, name: m.name, type: m.type, hasQuestionToken: m.optional, docs: [m.doc] }));
}
