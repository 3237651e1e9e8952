import { describe, expect, it } from "vitest";
import { checkDuplicateNames } from "../../../generator/model/checks/duplicate-names.ts";
import { analyze } from "../../helpers.ts";

describe("duplicate names", () => {
  it("reports the second declaration and points at the first", () => {
    const { model } = analyze("a = A;\nb = A;\na x:int = A;");
    const [d] = checkDuplicateNames(model);
    expect(d).toMatchObject({ code: "TL010", message: 'duplicate constructor "a"', span: { line: 3, column: 1 }, notes: ["first declared at t.tl:1:1"] });
  });
  it("allows a constructor and a function with the same name", () => {
    expect(checkDuplicateNames(analyze("a = A;\n---functions---\na = A;").model)).toEqual([]);
  });
});
