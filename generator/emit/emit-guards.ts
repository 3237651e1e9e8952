// guards.ts: `isX(value): value is X` for every constructor and union in the closure.
import { StructureKind, type FunctionDeclarationStructure } from "ts-morph";
import type { EmitContext } from "./context.ts";
import { ImportMap } from "./imports.ts";
import { constructorTypeName, guardName, unionTypeName } from "./names.ts";

export function emitGuards(ctx: EmitContext): { imports: ImportMap; statements: FunctionDeclarationStructure[] } {
  const imports = new ImportMap();
  const statements: FunctionDeclarationStructure[] = [];
  const tagOf = `typeof value === "object" && value !== null ? (value as { _?: unknown })._ : undefined`;
  for (const c of ctx.closure.constructors) {
    const type = imports.type("./types.js", constructorTypeName(c.name));
    statements.push({
      kind: StructureKind.Function,
      name: guardName(constructorTypeName(c.name)),
      isExported: true,
      docs: [`True when \`value\` is a \`${c.name}\` object.`],
      parameters: [{ name: "value", type: "unknown" }],
      returnType: `value is ${type}`,
      statements: [`return (${tagOf}) === ${JSON.stringify(c.name)};`],
    });
  }
  for (const u of ctx.closure.unions) {
    const type = imports.type("./types.js", unionTypeName(u.name));
    statements.push({
      kind: StructureKind.Function,
      name: guardName(unionTypeName(u.name)),
      isExported: true,
      docs: [`True when \`value\` is one of \`${u.name}\`'s constructors.`],
      parameters: [{ name: "value", type: "unknown" }],
      returnType: `value is ${type}`,
      statements: [`switch (${tagOf}) {`, ...u.constructors.map((n) => `case ${JSON.stringify(n)}:`), "return true;", "default: return false;", "}"],
    });
  }
  return { imports, statements };
}
