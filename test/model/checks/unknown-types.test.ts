import { describe, expect, it } from "vitest";
import { checkUnknownTypes } from "../../../generator/model/checks/unknown-types.ts";
import { analyze } from "../../helpers.ts";

describe("unknown types", () => {
  it("reports an undeclared boxed type, bare constructor and vector element", () => {
    const { model } = analyze("a x:Nope y:nope z:Vector<Gone> = A;\n---functions---\nf = Missing;");
    expect(checkUnknownTypes(model).map((d) => d.message)).toEqual([
      'unknown type "Nope" in a.x',
      'unknown type "nope" in a.y',
      'unknown type "Gone" in a.z',
      'unknown type "Missing" in the result of f',
    ]);
  });
  it("knows primitives, declared unions, bare constructors, builtins and generics", () => {
    const text = "int128 4*[ int ] = Int128;\nb = B;\na x:int y:B z:b w:int128 v:Vector<long> = A;\n---functions---\ng {X:Type} q:!X = X;";
    expect(checkUnknownTypes(analyze(text).model)).toEqual([]);
  });
});
