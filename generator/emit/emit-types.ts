// types.ts: a TS type for every constructor in the closure (discriminated by `_`, the TL name)
// and a union type for every boxed type. Types only: nothing here reaches a bundle.
import { StructureKind } from "./structure-kind.ts";
import type { PackagePlan } from "../plan/plan.ts";
import { printTypeRef } from "../model/canonical.ts";
import { combinatorDoc, unionDoc } from "./doc-text.ts";
import { linksFor } from "./doc-links.ts";
import { tsModule, type EmittedFile } from "./module.ts";
import { groupAlternatives, groupedShape, plainMembers, propertySignatures } from "./object-shape.ts";
import { fieldType, type TypeImports } from "./type-map.ts";
import { RUNTIME } from "./runtime-modules.ts";

export function emitTypes(plan: PackagePlan): EmittedFile[] {
  const module = tsModule("types.ts");
  const at: TypeImports = { imports: module.imports, typesModule: null, requestModule: `./${RUNTIME.tlRequest}` };
  const linkTo = linksFor(plan, module);
  const typeOf = (f: Parameters<typeof fieldType>[0]) => fieldType(f, at);
  for (const c of plan.constructors) {
    const tag = { name: "_", type: JSON.stringify(c.tlName), optional: false, doc: `TL constructor \`${c.tlName}\`.` };
    const members = plainMembers(c, typeOf, linkTo, [tag]);
    const groups = groupAlternatives(c, typeOf, linkTo);
    const docs = [combinatorDoc(c, [`Constructor of \`${printTypeRef(c.tl.result)}\`; its id is \`0x${c.idHex}\`.`], linkTo)];
    if (groups.length === 0) {
      module.statements.push({ kind: StructureKind.Interface, name: c.typeName, isExported: true, docs, properties: propertySignatures(members) });
    } else {
      module.statements.push({ kind: StructureKind.TypeAlias, name: c.typeName, isExported: true, docs, type: groupedShape(members, groups) });
    }
  }
  for (const u of plan.unions) {
    module.statements.push({
      kind: StructureKind.TypeAlias,
      name: u.typeName,
      isExported: true,
      docs: [unionDoc(u, linkTo)],
      type: u.constructors.map((c) => c.typeName).join(" | ") || "never",
    });
  }
  return [module];
}
