import { describe, expect, it } from "vitest";
import { checkFlagBitRange } from "../../../generator/model/checks/flag-bit-range.ts";
import { analyze } from "../../helpers.ts";

describe("flag bit range", () => {
  it("reports bit 32 and beyond with the condition's location", () => {
    const ds = checkFlagBitRange(analyze("a flags:# x:flags.32?int y:flags.40?true = A;").model);
    expect(ds.map((d) => [d.code, d.message, d.span.column])).toEqual([
      ["TL012", "flag bit 32 out of range (0..31) in a.x", 13],
      ["TL012", "flag bit 40 out of range (0..31) in a.y", 28],
    ]);
  });
  it("accepts bits 0 and 31", () => {
    expect(checkFlagBitRange(analyze("a flags:# x:flags.0?int y:flags.31?int = A;").model)).toEqual([]);
  });
});
