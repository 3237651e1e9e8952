// guards.ts: `isX(value): value is X` for every constructor and union in the closure, each one
// line over the runtime's tag helpers.
import { StructureKind, type FunctionDeclarationStructure } from "ts-morph";
import type { PackagePlan } from "../plan/plan.ts";
import { tsModule, type EmittedFile } from "./module.ts";

export function emitGuards(plan: PackagePlan): EmittedFile[] {
  const module = tsModule("guards.ts");
  const guard = (name: string, type: string, doc: string, body: string): FunctionDeclarationStructure => ({
    kind: StructureKind.Function,
    name,
    isExported: true,
    docs: [doc],
    parameters: [{ name: "value", type: "unknown" }],
    returnType: `value is ${module.imports.type("./types.js", type)}`,
    statements: [`return ${body};`],
  });
  const tagOf = () => module.imports.value("./runtime/guards.js", "tagOf");
  const hasTag = () => module.imports.value("./runtime/guards.js", "hasTag");
  for (const c of plan.constructors) {
    module.statements.push(guard(c.guard, c.typeName, `True when \`value\` is a \`${c.tlName}\` object.`, `${tagOf()}(value) === ${JSON.stringify(c.tlName)}`));
  }
  for (const u of plan.unions) {
    const tags = u.constructors.map((c) => JSON.stringify(c.tlName));
    module.statements.push(guard(u.guard, u.typeName, `True when \`value\` is one of \`${u.tlName}\`'s constructors.`, `${hasTag()}(value, [${tags.join(", ")}])`));
  }
  return [module];
}
