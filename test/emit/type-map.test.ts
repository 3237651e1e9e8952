// The wire type -> TypeScript type table, with the imports each type needs recorded.
import { beforeAll, describe, expect, it } from "vitest";
import { fieldType, flagMask, tsType, type TypeImports } from "../../generator/emit/type-map.ts";
import { ImportMap } from "../../generator/emit/imports.ts";
import type { PackagePlan, WireType } from "../../generator/plan/plan.ts";
import { casesPlan, squash } from "../support/small-schema.ts";
import { printStructure } from "ts-morph";

let plan: PackagePlan;
beforeAll(() => {
  plan = casesPlan();
});

const inTypes = (): TypeImports => ({ imports: new ImportMap(), typesModule: null, requestModule: "./runtime/request/request.js" });
const elsewhere = (): TypeImports => ({ imports: new ImportMap(), typesModule: "../types.js", requestModule: "../runtime/request/request.js" });
const imports = (at: TypeImports) => at.imports.structures().map((s) => squash(printStructure(s)));

describe("tsType", () => {
  it("maps each primitive: int and double to number, long to bigint, bytes and int128/int256 to Uint8Array", () => {
    const of = (name: string) => tsType({ kind: "primitive", name } as WireType, inTypes());
    expect(["int", "long", "double", "string", "bytes", "int128", "int256"].map(of)).toEqual(["number", "bigint", "number", "string", "Uint8Array", "Uint8Array", "Uint8Array"]);
  });

  it("maps Bool to boolean, vectors to arrays (boxed or bare alike), nested ones to nested arrays", () => {
    const at = inTypes();
    expect(tsType({ kind: "bool" }, at)).toBe("boolean");
    expect(tsType({ kind: "vector", boxed: false, element: { kind: "primitive", name: "long" } }, at)).toBe("bigint[]");
    expect(tsType({ kind: "vector", boxed: true, element: { kind: "vector", boxed: true, element: { kind: "primitive", name: "int" } } }, at)).toBe("number[][]");
  });

  it("names unions and bare constructors by their types, imported from types.js outside types.ts", () => {
    const union: WireType = { kind: "union", union: plan.unionByName.get("InputPeer")! };
    const bare: WireType = { kind: "bare", ctor: plan.constructorByName.get("pair")! };
    const local = inTypes();
    expect([tsType(union, local), tsType(bare, local)]).toEqual(["TypeInputPeer", "Pair"]);
    expect(imports(local)).toEqual([]);
    const far = elsewhere();
    expect([tsType(union, far), tsType(bare, far)]).toEqual(["TypeInputPeer", "Pair"]);
    expect(imports(far)).toEqual(['import type { Pair, TypeInputPeer } from "../types.js";']);
  });

  it("types a `!X` as a request of X, importing TlRequest, and a result X as X", () => {
    const at = elsewhere();
    expect(tsType({ kind: "query", param: "X" }, at)).toBe("TlRequest<X>");
    expect(tsType({ kind: "queryResult", param: "X" }, at)).toBe("X");
    expect(imports(at)).toEqual(['import type { TlRequest } from "../runtime/request/request.js";']);
  });
});

describe("fieldType", () => {
  it("is boolean for a `?true` flag and the wire type otherwise", () => {
    const silent = plan.constructorByName.get("trueFlag")!.fields[0];
    const title = plan.constructorByName.get("optional")!.fields[0];
    expect(fieldType(silent, inTypes())).toBe("boolean");
    expect(fieldType(title, inTypes())).toBe("string");
  });
});

describe("flagMask", () => {
  it("is the bit's mask in hex, bit 31 unsigned", () => {
    expect([0, 2, 3, 16, 31].map(flagMask)).toEqual(["0x1", "0x4", "0x8", "0x10000", "0x80000000"]);
  });
});
