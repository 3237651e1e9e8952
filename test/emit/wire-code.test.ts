// The code that writes and reads one value of each wire type, and where writers live: names of
// the module being emitted stay local, others are imported from their codec module.
import { beforeAll, describe, expect, it } from "vitest";
import { printStructure } from "ts-morph";
import { readCode, writeCode, writerModule, type CodeImports, type CodecModule } from "../../generator/emit/wire-code.ts";
import { ImportMap } from "../../generator/emit/imports.ts";
import type { PackagePlan, WireType } from "../../generator/plan/plan.ts";
import { casesPlan, squash } from "../support/small-schema.ts";

let plan: PackagePlan;
beforeAll(() => {
  plan = casesPlan();
});

const at = (module: CodecModule | null, root = "./"): CodeImports => ({ imports: new ImportMap(), module, root });
const importsOf = (c: CodeImports) => c.imports.structures().map((s) => squash(printStructure(s)));
const union = (name: string): WireType => ({ kind: "union", union: plan.unionByName.get(name)! });
const bare = (name: string): WireType => ({ kind: "bare", ctor: plan.constructorByName.get(name)! });
const prim = (name: string): WireType => ({ kind: "primitive", name } as WireType);
const vec = (element: WireType, boxed = true): WireType => ({ kind: "vector", boxed, element });

describe("writeCode", () => {
  it("writes primitives with the writer's own methods, int128/int256 as fixed-size bytes", () => {
    const c = at("writers");
    expect(["int", "long", "double", "string", "bytes"].map((p) => writeCode(prim(p), "v.x", c))).toEqual(["w.int(v.x);", "w.long(v.x);", "w.double(v.x);", "w.string(v.x);", "w.bytes(v.x);"]);
    expect(writeCode(prim("int128"), "v.n", c)).toBe("w.fixed(v.n, 16);");
    expect(writeCode(prim("int256"), "v.n", c)).toBe("w.fixed(v.n, 32);");
    expect(writeCode({ kind: "bool" }, "v.b", c)).toBe("w.bool(v.b);");
    expect(importsOf(c)).toEqual([]);
  });

  it("calls a union's or bare constructor's writer, by name in its own module and imported elsewhere", () => {
    const local = at("writers");
    expect(writeCode(union("InputPeer"), "v.peer", local)).toBe("writeTypeInputPeer(w, v.peer);");
    expect(importsOf(local)).toEqual([]);
    const request = at(null, "../");
    expect(writeCode(bare("pair"), "this.p", request)).toBe("writePair(w, this.p);");
    expect(importsOf(request)).toEqual(['import { writePair } from "../writers.js";']);
    const results = at("result-writers");
    expect(writeCode(union("Answer"), "v.a", results)).toBe("writeTypeAnswer(w, v.a);");
    expect(writeCode(union("InputUser"), "v.u", results)).toBe("writeTypeInputUser(w, v.u);");
    expect(importsOf(results)).toEqual(['import { writeTypeInputUser } from "./writers.js";']);
  });

  it("writes nothing for a bare constructor without fields", () => {
    expect(writeCode(bare("noParams"), "v.x", at("writers"))).toBe("");
  });

  it("writes vectors through the runtime's writeVector with an item writer, nested ones with a nested call", () => {
    const c = at("writers");
    expect(writeCode(vec(prim("long")), "v.ids", c)).toBe("writeVector(w, v.ids, true, writeLongItem);");
    expect(writeCode(vec(bare("pair"), false), "v.ps", c)).toBe("writeVector(w, v.ps, false, writePair);");
    expect(writeCode(vec(vec(prim("int"))), "v.n", c)).toBe("writeVector(w, v.n, true, (y, x) => writeVector(y, x, true, writeIntItem));");
    expect(writeCode(vec({ kind: "bool" }), "v.b", c)).toBe("writeVector(w, v.b, true, writeBoolItem);");
    expect(writeCode(vec(bare("noParams")), "v.e", c)).toBe("writeVector(w, v.e, true, () => {});");
    expect(importsOf(c)).toEqual(['import { writeBoolItem, writeIntItem, writeLongItem, writeVector } from "./runtime/wire/codec.js";']);
  });

  it("writes a `!X` query whole, and refuses to write a query's result", () => {
    expect(writeCode({ kind: "query", param: "X" }, "this.query", at(null, "../"))).toBe("writeQuery(w, this.query);");
    expect(() => writeCode({ kind: "queryResult", param: "X" }, "v", at("writers"))).toThrow("internal: a query's result is never written");
    expect(() => writeCode(vec({ kind: "query", param: "X" }), "v", at("writers"))).toThrow("internal: a vector of queries cannot be written");
  });
});

describe("readCode", () => {
  it("reads primitives with the reader's methods, bytes as a value of its own and fixed sizes by length", () => {
    const c = at("readers");
    expect(["int", "long", "double", "string"].map((p) => readCode(prim(p), c))).toEqual(["r.int()", "r.long()", "r.double()", "r.string()"]);
    expect(readCode(prim("bytes"), c)).toBe("r.bytesValue()");
    expect(readCode(prim("int128"), c)).toBe("r.fixed(16)");
    expect(readCode(prim("int256"), c, "x")).toBe("x.fixed(32)");
    expect(readCode({ kind: "bool" }, c)).toBe("r.bool()");
  });

  it("calls readers, which all live in readers.ts, and builds a fieldless bare constructor in place", () => {
    const request = at(null, "../");
    expect(readCode(union("Answer"), request)).toBe("readTypeAnswer(r)");
    expect(readCode(bare("pair"), request)).toBe("readPair(r)");
    expect(readCode(bare("noParams"), request)).toBe('{ _: "noParams" }');
    expect(importsOf(request)).toEqual(['import { readPair, readTypeAnswer } from "../readers.js";']);
  });

  it("reads vectors with their element's least size, nested and bare ones included", () => {
    const c = at("readers");
    expect(readCode(vec(prim("long")), c)).toBe("readVector(r, true, 8, readLongItem)");
    expect(readCode(vec(bare("pair"), false), c)).toBe("readVector(r, false, 8, readPair)");
    expect(readCode(vec(vec(prim("string"))), c)).toBe("readVector(r, true, 8, (x) => readVector(x, true, 4, readStringItem))");
    expect(readCode(vec(bare("noParams")), c)).toBe('readVector(r, true, 0, () => ({ _: "noParams" }))');
    expect(readCode(vec(union("InputPeer")), c)).toBe("readVector(r, true, 4, readTypeInputPeer)");
  });

  it("refuses to read a generic value without its request", () => {
    expect(() => readCode({ kind: "query", param: "X" }, at("readers"))).toThrow("internal: a generic value cannot be read without its request");
  });
});

describe("writerModule", () => {
  it("is writers for what requests send and result-writers for the rest", () => {
    expect(writerModule(plan.constructorByName.get("pair")!)).toBe("writers");
    expect(writerModule(plan.unionByName.get("InputPeer")!)).toBe("writers");
    expect(writerModule(plan.constructorByName.get("answer")!)).toBe("result-writers");
    expect(writerModule(plan.unionByName.get("Optional")!)).toBe("result-writers");
  });
});
