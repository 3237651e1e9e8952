// decodeBody and objectLiteral: the first flags word read into a local, the fields read in wire
// order as the properties of one literal, later flags words read inside it.
import { beforeAll, describe, expect, it } from "vitest";
import { decodeBody, objectLiteral } from "../../generator/emit/decode-body.ts";
import { ImportMap } from "../../generator/emit/imports.ts";
import type { PackagePlan } from "../../generator/plan/plan.ts";
import { BUILTINS, casesPlan, planFromTl } from "../support/small-schema.ts";

let plan: PackagePlan;
beforeAll(() => {
  plan = casesPlan();
});

const decode = (name: string, leading: string[] = [], from = plan) => decodeBody(from.constructorByName.get(name) ?? from.functionByName.get(name)!, { imports: new ImportMap(), module: "readers", root: "./" }, leading);

describe("decodeBody", () => {
  it("reads required fields as properties after the leading ones, with no statements before", () => {
    expect(decode("pair", ['_: "pair"'])).toEqual({ lines: [], props: ['_: "pair"', "a: r.int()", "b: r.string()"], trailing: [] });
    expect(decode("noParams")).toEqual({ lines: [], props: [], trailing: [] });
  });

  it("reads the first flags word into a local, a `?true` as its bit, an optional when its bit is set", () => {
    expect(decode("getThing")).toEqual({ lines: ['const fl0 = r.flags("flags");'], props: ["a: (fl0 & 0x1) !== 0", "thing: readTypeTrueFlag(r)"], trailing: [] });
    expect(decode("triState").props).toEqual(["enabled: fl0 & 0x1 ? r.bool() : undefined"]);
  });

  it("reads flags2 inside the first property after it, so properties stay in wire order", () => {
    expect(decode("twoWords")).toEqual({
      lines: ['const fl0 = r.flags("flags");', "let fl1 = 0;"],
      props: ["a: fl0 & 0x1 ? r.int() : undefined", 'b: ((fl1 = r.flags("flags2")), fl1 & 0x8 ? r.long() : undefined)'],
      trailing: [],
    });
  });

  it("reads a flags word that follows a field, or the last one, where it stands", () => {
    const late = planFromTl(`${BUILTINS}\nlate x:int flags:# y:flags.0?int = Late;\ntail x:int flags:# = Tail;\n---functions---\nf a:Late b:Tail = Bool;\n`);
    expect(decode("late", [], late)).toEqual({ lines: ["let fl0 = 0;"], props: ["x: r.int()", 'y: ((fl0 = r.flags("flags")), fl0 & 0x1 ? r.int() : undefined)'], trailing: [] });
    expect(decode("tail", [], late)).toEqual({ lines: ["let fl0 = 0;"], props: ["x: r.int()"], trailing: ['(fl0 = r.flags("flags"));'] });
  });
});

describe("objectLiteral", () => {
  it("is one line when it fits in 80 characters, else one property per line", () => {
    expect(objectLiteral(["a: 1", "b: 2"])).toBe("{ a: 1, b: 2 }");
    const long = ["first: readSomethingLong(r)", "second: readSomethingLonger(r)", "third: r.int128()"];
    expect(objectLiteral(long)).toBe("{\nfirst: readSomethingLong(r),\nsecond: readSomethingLonger(r),\nthird: r.int128(),\n}");
    expect(objectLiteral(["a: 1", "b: `x\ny`"])).toBe("{\na: 1,\nb: `x\ny`,\n}");
  });
});
