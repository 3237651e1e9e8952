import { describe, expect, it } from "vitest";
import { checkDuplicateParams } from "../../../generator/model/checks/duplicate-params.ts";
import { analyze } from "../../helpers.ts";

describe("two parameters with one name", () => {
  it("reports the second, naming the declaration and where the first is", () => {
    const [d, ...rest] = checkDuplicateParams(analyze("a x:int y:long x:string = A;").model);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "TL017", message: 'a has two parameters named "x"', span: { line: 1, column: 16 } });
    expect(d.notes).toEqual([expect.stringMatching(/^the first is at .+:1:3$/)]);
  });
  it("counts a flags word and a field alike, in functions too", () => {
    expect(checkDuplicateParams(analyze("---functions---\nf flags:# flags:flags.0?int = A;").model).map((d) => d.code)).toEqual(["TL017"]);
  });
  it("accepts parameters whose names differ only once camelCased (that is TL021's)", () => {
    expect(checkDuplicateParams(analyze("a a_b:int aB:int = A;").model)).toEqual([]);
  });
});
