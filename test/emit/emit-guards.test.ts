// emitGuards on the plan of a small schema: one `isTypeX(value): value is TypeX` per union, each a
// call of the runtime's tag helper with the union's constructor names.
import { beforeAll, describe, expect, it } from "vitest";
import type { FunctionDeclarationStructure } from "ts-morph";
import { emitGuards } from "../../generator/emit/emit-guards.ts";
import type { EmittedFile, TsModule } from "../../generator/emit/module.ts";
import { casesPlan, declaredNames, importsOf, moduleAt, printed, statementNamed } from "../support/small-schema.ts";

let files: EmittedFile[];
let guards: TsModule;
beforeAll(() => {
  files = emitGuards(casesPlan());
  guards = moduleAt(files, "guards.ts");
});

describe("emitGuards", () => {
  it("emits guards.ts with one guard per union and none per constructor", () => {
    expect(files.map((f) => f.path)).toEqual(["guards.ts"]);
    const plan = casesPlan();
    expect(declaredNames(guards)).toEqual(plan.unions.map((u) => `isType${u.tlName}`));
  });

  it("makes each guard a type predicate over the union's constructor tags", () => {
    const g = statementNamed<FunctionDeclarationStructure>(guards, "isTypeInputPeer");
    expect(g.isExported).toBe(true);
    expect(g.parameters).toEqual([{ name: "value", type: "unknown" }]);
    expect(g.returnType).toBe("value is TypeInputPeer");
    expect(g.statements).toEqual(['return hasTag(value, ["inputPeerEmpty", "inputPeerSelf", "inputPeerUser"]);']);
    expect(g.docs).toEqual(["True when `value` is one of `InputPeer`'s constructors."]);
  });

  it("prints each guard as a one-line function", () => {
    const text = printed(statementNamed(guards, "isTypeNoParams"));
    expect(text).toBe('/** True when `value` is one of `NoParams`\'s constructors. */ export function isTypeNoParams(value: unknown): value is TypeNoParams { return hasTag(value, ["noParams"]); }');
  });

  it("imports the tag helper as a value and the union types as types", () => {
    const imports = importsOf(guards);
    expect(imports[0]).toBe("./runtime/wire/guards.js: hasTag");
    expect(imports[1]).toMatch(/^type \.\/types\.js: TypeAnswer, TypeBareHolder, .*TypeVectors$/);
    expect(imports).toHaveLength(2);
  });
});
