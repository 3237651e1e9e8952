import { describe, expect, it } from "vitest";
import { checkUnknownTypes } from "../../../generator/model/checks/unknown-types.ts";
import { closestName, editDistance } from "../../../generator/model/checks/similar-name.ts";
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
  it("underlines the unknown name alone, in a parameter and in a result", () => {
    const text = "a x:flags.0?Vector<Nope> = A;\n---functions---\nf = messages.Gone;";
    expect(checkUnknownTypes(analyze(text).model).map((d) => [d.span.line, d.span.column, d.span.end - d.span.offset])).toEqual([
      [1, 20, 4],
      [3, 5, 13],
    ]);
  });
  it("suggests the closest known name when it is a plausible typo, and nothing otherwise", () => {
    const known = ["string", "bytes", "InputPeer", "inputPeerSelf", "Bool"];
    expect(closestName("strin", known)).toBe("string");
    expect(closestName("inputpeer", known)).toBe("InputPeer");
    expect(closestName("Bol", known)).toBe("Bool");
    expect(closestName("Completely", known)).toBeNull();
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(checkUnknownTypes(analyze("a x:strin y:Nope = A;").model).map((d) => d.notes)).toEqual([['did you mean "string"?'], []]);
  });
});
