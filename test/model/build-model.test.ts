// buildModel: parsed files -> one sorted model, types resolved, unions derived, ids computed.
import { describe, expect, it } from "vitest";
import { buildModel, isBareName } from "../../generator/model/build-model.ts";
import { byName, compareStrings } from "../../generator/base/order.ts";
import type { ValueParam } from "../../generator/model/ir.ts";
import { parseOk } from "../helpers.ts";

const modelOf = (...texts: string[]) => buildModel(texts.map(parseOk));
const param = (m: ReturnType<typeof modelOf>, combinator: string, name: string) =>
  [...m.constructors, ...m.functions].find((c) => c.name === combinator)!.params.find((p) => p.name === name) as ValueParam;

describe("buildModel", () => {
  it("splits constructors from functions by section and sorts each by name", () => {
    const m = modelOf("z = Z;\na = A;\n---functions---\ny = Z;\nb = A;\n---types---\nm = M;\n");
    expect(m.constructors.map((c) => [c.name, c.kind])).toEqual([["a", "constructor"], ["m", "constructor"], ["z", "constructor"]]);
    expect(m.functions.map((c) => [c.name, c.kind])).toEqual([["b", "function"], ["y", "function"]]);
  });

  it("reads several files as one schema, each starting in the types section, the layer their highest", () => {
    const m = modelOf("a = A;\n---functions---\nf = A;\n// LAYER 3\n", "b = A;\n// LAYER 5\n");
    expect(m.constructors.map((c) => c.name)).toEqual(["a", "b"]);
    expect(m.layer).toBe(5);
    expect(modelOf("a = A;\n").layer).toBeNull();
  });

  it("derives a union per boxed result, its constructors sorted", () => {
    const m = modelOf("peerUser = Peer;\npeerChat = Peer;\nmessages.chats = messages.Chats;\nother = Other;\n");
    expect(m.unions).toEqual([
      { name: "Other", constructors: ["other"] },
      { name: "Peer", constructors: ["peerChat", "peerUser"] },
      { name: "messages.Chats", constructors: ["messages.chats"] },
    ]);
  });

  it("resolves primitives, vectors, unions, bare constructors, %types and generics", () => {
    const m = modelOf("x {X:Type} a:int b:Vector<long> c:vector<%Pair> d:Peer e:pair f:messages.chats g:!X h:X i:Vector<Vector<bytes>> = X;\n");
    const types = Object.fromEntries("abcdefghi".split("").map((n) => [n, param(m, "x", n).type]));
    expect(types).toEqual({
      a: { kind: "primitive", name: "int" },
      b: { kind: "vector", boxed: true, element: { kind: "primitive", name: "long" } },
      c: { kind: "vector", boxed: false, element: { kind: "bare", name: "Pair", percent: true } },
      d: { kind: "union", name: "Peer" },
      e: { kind: "bare", name: "pair", percent: false },
      f: { kind: "bare", name: "messages.chats", percent: false },
      g: { kind: "typeParam", name: "X", bang: true },
      h: { kind: "typeParam", name: "X", bang: false },
      i: { kind: "vector", boxed: true, element: { kind: "vector", boxed: true, element: { kind: "primitive", name: "bytes" } } },
    });
  });

  it("keeps flags words as flags and a condition's word and bit", () => {
    const m = modelOf("x flags:# a:flags.3?string flags2:# b:flags2.0?true = X;\n");
    expect(m.constructors[0].params.map((p) => (p.kind === "flags" ? `#${p.name}` : `${p.name}@${p.condition?.flags}.${p.condition?.bit}`))).toEqual(["#flags", "a@flags.3", "#flags2", "b@flags2.0"]);
  });

  it("uses the declared id where there is one and the computed one otherwise, keeping both", () => {
    const m = modelOf("boolTrue#997275b5 = Bool;\nboolFalse = Bool;\nwrong#00000001 = Bool;\n");
    const byNameOf = (n: string) => m.constructors.find((c) => c.name === n)!;
    expect(byNameOf("boolTrue")).toMatchObject({ id: 0x997275b5, declaredId: 0x997275b5, computedId: 0x997275b5 });
    expect(byNameOf("boolFalse")).toMatchObject({ id: 0xbc799737, declaredId: null, computedId: 0xbc799737 });
    expect(byNameOf("wrong")).toMatchObject({ id: 1, declaredId: 1 });
  });

  it("keeps builtins apart, their bodies normalized", () => {
    const m = modelOf("int ? = Int;\nvector#1cb5c415 {t:Type} #   [t] = Vector t;\n");
    expect(m.builtins.map((b) => [b.name, b.body, b.result])).toEqual([["int", "?", "Int"], ["vector", "# [ t ]", "Vector t"]]);
    expect(m.constructors).toEqual([]);
  });
});

describe("isBareName", () => {
  it("is true when the last part of the name starts lowercase", () => {
    expect([isBareName("pair"), isBareName("messages.chats"), isBareName("Pair"), isBareName("messages.Chats"), isBareName("_x")]).toEqual([true, true, false, false, false]);
  });
});

describe("the order", () => {
  it("compares by UTF-16 code unit, whatever the locale: capitals before lowercase, `_` between", () => {
    expect(["b", "a", "B", "_", "A"].sort(compareStrings)).toEqual(["A", "B", "_", "a", "b"]);
    expect(compareStrings("x", "x")).toBe(0);
    expect([{ name: "b" }, { name: "a" }].sort(byName)).toEqual([{ name: "a" }, { name: "b" }]);
  });
});
