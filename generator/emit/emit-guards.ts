// guards.ts: `isTypeX(value): value is TypeX` for every union in the closure, one line each over
// the runtime's tag helper. (A constructor is told by its tag: `value._ === "user"`.)
import { StructureKind } from "./structure-kind.ts";
import type { PackagePlan } from "../plan/plan.ts";
import { stringArray } from "./code-block.ts";
import { tsModule, type EmittedFile } from "./module.ts";
import { RUNTIME } from "./runtime-modules.ts";

export function emitGuards(plan: PackagePlan): EmittedFile[] {
  const module = tsModule("guards.ts");
  for (const u of plan.unions) {
    module.statements.push({
      kind: StructureKind.Function,
      name: u.guard,
      isExported: true,
      docs: [`True when \`value\` is one of \`${u.tlName}\`'s constructors.`],
      parameters: [{ name: "value", type: "unknown" }],
      returnType: `value is ${module.imports.type("./types.js", u.typeName)}`,
      statements: [`return ${module.imports.value(`./${RUNTIME.guards}`, "hasTag")}(value, ${stringArray(u.constructors.map((c) => c.tlName))});`],
    });
  }
  return [module];
}
