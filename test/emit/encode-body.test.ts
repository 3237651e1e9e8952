// encodeStatements: the statements writing a combinator's fields, each field read once, flags
// words reserved and patched from the same reads, all-or-none groups checked before writing.
import { beforeAll, describe, expect, it } from "vitest";
import { printStructure } from "ts-morph";
import { encodeStatements } from "../../generator/emit/encode-body.ts";
import { ImportMap } from "../../generator/emit/imports.ts";
import type { CodeImports } from "../../generator/emit/wire-code.ts";
import type { TypeImports } from "../../generator/emit/type-map.ts";
import type { PackagePlan } from "../../generator/plan/plan.ts";
import { BUILTINS, casesPlan, planFromTl, squash } from "../support/small-schema.ts";

let plan: PackagePlan;
beforeAll(() => {
  plan = casesPlan();
});

function emit(name: string, obj = "v", from = plan) {
  const imports = new ImportMap();
  const at: CodeImports = { imports, module: obj === "this" ? null : "writers", root: obj === "this" ? "../" : "./" };
  const types: TypeImports = { imports, typesModule: obj === "this" ? "../types.js" : "./types.js", requestModule: "../runtime/request/request.js" };
  const c = from.constructorByName.get(name) ?? from.functionByName.get(name)!;
  return { lines: encodeStatements(c, obj, at, types), imports: imports.structures().map((s) => squash(printStructure(s))) };
}

describe("encodeStatements", () => {
  it("is empty for a combinator without fields", () => {
    expect(emit("noParams").lines).toEqual([]);
    expect(emit("ping", "this").lines).toEqual([]);
  });

  it("writes required fields from the object, in wire order", () => {
    expect(emit("pair").lines).toEqual(["w.int(v.a);", "w.string(v.b);"]);
  });

  it("reserves a slot for a flags word, sets bits as fields are written and patches the word last", () => {
    expect(emit("optional").lines).toEqual(["const at0 = w.slot();", "let fl0 = 0;", "const $title = v.title;", "if ($title != null) {", "fl0 |= 0x2;", "w.string($title);", "}", "w.patch(at0, fl0);"]);
  });

  it("reads a `?true` once, through the runtime's trueFlag check", () => {
    const { lines, imports } = emit("trueFlag");
    expect(lines).toContain("fl0 |= trueFlag(v.silent, 0x1);");
    expect(imports).toContain('import { trueFlag } from "./runtime/wire/codec.js";');
  });

  it("writes a flags word that no field uses as a constant 0", () => {
    const unused = planFromTl(`${BUILTINS}\nunused flags:# x:int = Unused;\n---functions---\nf u:Unused = Bool;\n`);
    expect(emit("unused", "v", unused).lines).toEqual(["w.id(0);", "w.int(v.x);"]);
  });

  it("keeps flags2 in its own slot and word, both patched at the end in order", () => {
    const lines = emit("twoWords").lines;
    expect(lines.filter((l) => /slot|patch/.test(l))).toEqual(["const at0 = w.slot();", "const at1 = w.slot();", "w.patch(at0, fl0);", "w.patch(at1, fl1);"]);
    expect(lines).toContain("fl1 |= 0x8;");
  });

  it("reads a group's fields together, refuses a partial group, and writes each only when the group is present", () => {
    const { lines, imports } = emit("sharedBit");
    expect(lines.slice(2)).toEqual([
      "const $offsetDate = v.offsetDate;",
      "const $offsetLink = v.offsetLink;",
      "const g0_2 = $offsetDate != null;",
      'if (($offsetLink != null) !== g0_2) throw partialGroup(["offsetDate", "offsetLink"], [$offsetDate, $offsetLink], "flags.2");',
      "if (g0_2) fl0 |= 0x4;",
      "if (g0_2) w.int($offsetDate!);",
      "if (g0_2) w.string($offsetLink!);",
      "w.patch(at0, fl0);",
    ]);
    expect(imports).toContain('import { partialGroup } from "./runtime/wire/codec.js";');
  });

  it("checks a `?true` on a value's bit against the value's presence instead of setting the bit itself", () => {
    expect(emit("sharedTrue").lines).toContain('derivedFlag(v.pinned, g0_0, "pinned", ["until"], "flags.0");');
    expect(emit("sharedTrue").lines.filter((l) => l.includes("|="))).toEqual(["if (g0_0) fl0 |= 0x1;"]);
  });

  it("casts a request's peer fields to their TL type, and only a request's", () => {
    const { lines, imports } = emit("messages.invite", "this");
    expect(lines).toEqual(["writeTypeInputPeer(w, this.peer as TypeInputPeer);", "writeVector(w, this.users as TypeInputUser[], true, writeTypeInputUser);", "w.string(this.title);"]);
    expect(imports).toContain('import type { TypeInputPeer, TypeInputUser } from "../types.js";');
    expect(emit("answer").lines).toEqual(["w.int(v.count);", "writeTypeInputUser(w, v.from);"]);
  });
});
