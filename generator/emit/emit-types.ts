// types.ts: a TS type for every constructor in the closure (discriminated by `_`, the TL
// name) and a union type for every boxed type. Types only: nothing here reaches a bundle.
import { StructureKind, type StatementStructures } from "ts-morph";
import type { EmitContext } from "./context.ts";
import { constructorTypeName, unionTypeName } from "./names.ts";
import { planCombinator } from "./field-plan.ts";
import { combinatorDoc, unionDoc } from "./doc-text.ts";
import { groupAlternatives, plainMembers, renderMembers, toPropertySignatures } from "./object-shape.ts";
import { formatId, printTypeRef } from "../model/canonical.ts";

export function emitTypes(ctx: EmitContext): StatementStructures[] {
  const out: StatementStructures[] = [];
  for (const c of ctx.closure.constructors) {
    const plan = planCombinator(c, false);
    const tag = { name: "_", type: JSON.stringify(c.name), optional: false, doc: `TL constructor \`${c.name}\`.` };
    const members = plainMembers(c, plan, ctx, [tag]);
    const groups = groupAlternatives(c, plan, ctx);
    const docs = [combinatorDoc(c, ctx.docs, [`Constructor of \`${printTypeRef(c.result)}\`; its id is \`0x${formatId(c.id)}\`.`])];
    const name = constructorTypeName(c.name);
    if (groups.length === 0) {
      out.push({ kind: StructureKind.Interface, name, isExported: true, docs, properties: toPropertySignatures(members) });
    } else {
      out.push({ kind: StructureKind.TypeAlias, name, isExported: true, docs, type: [renderMembers(members), ...groups].join(" & ") });
    }
  }
  for (const u of ctx.closure.unions) {
    out.push({
      kind: StructureKind.TypeAlias,
      name: unionTypeName(u.name),
      isExported: true,
      docs: [unionDoc(u, ctx.docs)],
      type: u.constructors.map(constructorTypeName).join(" | ") || "never",
    });
  }
  return out;
}
