import { describe, expect, it } from "vitest";
import { checkBarePercent } from "../../../generator/model/checks/bare-percent.ts";
import { analyze } from "../../helpers.ts";

describe("% on a type with several constructors", () => {
  it("reports %T when T has two constructors", () => {
    const [d] = checkBarePercent(analyze("p = P;\nq = P;\na x:%P = A;").model);
    expect(d).toMatchObject({ code: "TL015", message: '"%P" is bare, but that type has 2 constructors', span: { line: 3, column: 5 } });
  });
  it("accepts %T with exactly one constructor, also inside a vector", () => {
    expect(checkBarePercent(analyze("p = P;\na x:%P y:vector<%P> = A;").model)).toEqual([]);
  });
});
