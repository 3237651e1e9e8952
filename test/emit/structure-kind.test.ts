// The emitters' StructureKind constants are ts-morph's own values (they are kept as literals so
// that emitting never loads ts-morph).
import { describe, expect, it } from "vitest";
import { StructureKind as TsMorphKind } from "ts-morph";
import { StructureKind } from "../../generator/emit/structure-kind.ts";

describe("StructureKind", () => {
  it("has ts-morph's value for every kind it names", () => {
    for (const [name, value] of Object.entries(StructureKind)) expect([name, value]).toEqual([name, TsMorphKind[name as keyof typeof TsMorphKind]]);
    expect(Object.keys(StructureKind).length).toBeGreaterThan(5);
  });
});
