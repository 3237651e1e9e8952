import { describe, expect, it } from "vitest";
import { checkCtorIds } from "../../../generator/model/checks/ctor-ids.ts";
import { analyze } from "../../helpers.ts";

describe("declared ids", () => {
  it("reports a declared id that differs from the computed one, at the declaration", () => {
    const r = checkCtorIds(analyze("\ninputPeerEmpty#7f3b18eb = InputPeer;").model, []);
    expect(r.checked).toBe(1);
    expect(r.mismatched).toEqual(["inputPeerEmpty"]);
    expect(r.diagnostics[0]).toMatchObject({ code: "TL016", message: "inputPeerEmpty declares id #7f3b18eb, but its line computes to #7f3b18ea", span: { line: 2, column: 1 } });
  });
  it("excuses a mismatch listed in the allowlist with the same name and declared id", () => {
    const allow = [{ name: "inputPeerEmpty", declaredId: "7f3b18eb", computedId: "7f3b18ea", reason: "test" }];
    const r = checkCtorIds(analyze("inputPeerEmpty#7f3b18eb = InputPeer;").model, allow);
    expect([r.diagnostics, r.mismatched, r.allowlisted]).toEqual([[], ["inputPeerEmpty"], ["inputPeerEmpty"]]);
  });
  it("does not count lines without an id as checked", () => {
    expect(checkCtorIds(analyze("a = A;").model, []).checked).toBe(0);
  });
});
