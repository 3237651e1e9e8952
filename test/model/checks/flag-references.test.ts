import { describe, expect, it } from "vitest";
import { checkFlagReferences } from "../../../generator/model/checks/flag-references.ts";
import { analyze } from "../../helpers.ts";

describe("flag references", () => {
  it("reports a condition on an undeclared flags field", () => {
    const [d] = checkFlagReferences(analyze("a x:flags.0?int = A;").model);
    expect(d).toMatchObject({ code: "TL013", message: 'field "x" of a is conditional on "flags", which is not declared as a flags field (name:#)', span: { column: 5 } });
  });
  it("reports a condition on a flags field declared later", () => {
    const [d] = checkFlagReferences(analyze("a flags:# x:flags2.0?int flags2:# = A;").model);
    expect(d.message).toBe('field "x" of a is conditional on "flags2", which is declared after it');
  });
  it("accepts flags and flags2 declared before their fields", () => {
    expect(checkFlagReferences(analyze("a flags:# x:flags.0?int flags2:# y:flags2.31?true = A;").model)).toEqual([]);
  });
});
