import { describe, expect, it } from "vitest";
import { checkUndeclaredGenerics } from "../../../generator/model/checks/undeclared-generics.ts";
import { analyze } from "../../helpers.ts";

describe("undeclared generics", () => {
  it("reports !X without {X:Type}", () => {
    const [d] = checkUndeclaredGenerics(analyze("---functions---\nf q:!X = X;").model);
    expect(d).toMatchObject({ code: "TL014", message: 'generic "X" used by f.q but not declared', span: { line: 2, column: 5 } });
  });
  it("accepts a declared generic", () => {
    expect(checkUndeclaredGenerics(analyze("---functions---\nf {X:Type} q:!X = X;").model)).toEqual([]);
  });
});
