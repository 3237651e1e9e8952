// checkSchema runs every check over a model and reports the id check's counts.
import { describe, expect, it } from "vitest";
import { checkSchema } from "../../generator/model/check-schema.ts";
import { buildModel } from "../../generator/model/build-model.ts";
import { parseOk } from "../helpers.ts";

const modelOf = (text: string) => buildModel([parseOk(text)]);

describe("checkSchema", () => {
  it("finds nothing wrong with a sound schema, and counts the ids it checked", () => {
    const r = checkSchema(modelOf("boolTrue#997275b5 = Bool;\na x:int = A;\n"), []);
    expect(r.diagnostics).toEqual([]);
    expect(r.ids).toEqual({ checked: 1, mismatched: [], allowlisted: [] });
  });

  it("reports what each check finds, all in one run", () => {
    const text = [
      "a x:Nope = A;", // unknown type
      "a y:int = A;", // duplicate name
      "b flags:# z:flags.40?int = B;", // flag bit out of range
      "c w:other.1?int = C;", // flags word not declared
      "d q:!X = D;", // undeclared generic
      "e1 = E;",
      "e2 = E;",
      "f v:%E = F;", // bare type with two constructors
      "boolTrue#00000001 = Bool;", // id mismatch
    ].join("\n");
    const codes = checkSchema(modelOf(text), []).diagnostics.map((d) => d.code);
    for (const code of ["TL010", "TL011", "TL012", "TL013", "TL014", "TL015", "TL016"]) expect(codes, code).toContain(code);
  });

  it("lets the allowlist excuse an id mismatch, and reports it as allowlisted", () => {
    const model = modelOf("boolTrue#00000001 = Bool;\n");
    const bad = checkSchema(model, []);
    expect(bad.ids.mismatched).toEqual(["boolTrue"]);
    const excused = checkSchema(model, [{ name: "boolTrue", declaredId: "00000001", computedId: "997275b5", reason: "test" }]);
    expect(excused.diagnostics).toEqual([]);
    expect(excused.ids.allowlisted).toEqual(["boolTrue"]);
  });
});
