// One describe per grammar rule; ASTs compared with spans stripped.
import { describe, expect, it } from "vitest";
import { parse as peggyParse } from "../../generator/parse/tl-parser.js";
import { parseOk, stripSpans } from "../helpers.ts";
import type { CombinatorNode, ItemNode } from "../../generator/parse/ast.ts";

const items = (text: string): ItemNode[] => stripSpans(parseOk(text).items);
const only = (text: string): CombinatorNode => {
  const list = parseOk(text).items.filter((i) => i.kind === "combinator");
  expect(list).toHaveLength(1);
  return list[0] as CombinatorNode;
};

describe("comments", () => {
  it("skips // line comments and /* */ block comments anywhere", () => {
    const text = "// header\n/* block\n spanning */ a#1 = A; // trailing\nb#2 /* inside */ x:int = B;";
    expect(items(text).map((i) => i.kind)).toEqual(["combinator", "combinator"]);
  });
  it("reads // LAYER N as the layer", () => {
    expect(items("a#1 = A;\n// LAYER 228\n")).toContainEqual({ kind: "layer", layer: 228 });
  });
});

describe("sections", () => {
  it("accepts ---types--- and ---functions--- repeated, in any order", () => {
    const kinds = items("---functions---\nf#1 = A;\n---types---\na#2 = A;\n---functions---\n").filter((i) => i.kind === "section");
    expect(kinds).toEqual([
      { kind: "section", name: "functions" },
      { kind: "section", name: "types" },
      { kind: "section", name: "functions" },
    ]);
  });
});

describe("builtins", () => {
  it.each([
    ["int ? = Int;", "?", "int"],
    ["vector {t:Type} # [ t ] = Vector t;", "# [ t ]", "vector"],
    ["int128 4*[ int ] = Int128;", "4*[ int ]", "int128"],
  ])("parses %s as a builtin node", (text, body, name) => {
    const [node] = items(text);
    expect(node).toMatchObject({ kind: "builtin", name, body, id: null });
  });
  it("keeps the id of vector#1cb5c415 and its application result Vector t", () => {
    const [node] = items("vector#1cb5c415 {t:Type} # [ t ] = Vector t;");
    expect(node).toMatchObject({ kind: "builtin", id: { value: 0x1cb5c415 }, result: { kind: "apply", name: "Vector" } });
  });
});

describe("declarations", () => {
  it("reads a namespaced name and an id", () => {
    const c = only("messages.importChatInvite#6c50051c hash:string = Updates;");
    expect(c.name).toBe("messages.importChatInvite");
    expect(c.id).toMatchObject({ text: "6c50051c", value: 0x6c50051c });
  });
  it("keeps leading zeros as written and reads short ids", () => {
    expect(only("resPQ#05162463 = ResPQ;").id?.text).toBe("05162463");
    expect(only("x#37c9330 = X;").id?.value).toBe(0x37c9330);
  });
  it("accepts a declaration without an id", () => {
    expect(only("tlsBlockDomain = TlsBlock;").id).toBeNull();
  });
  it("accepts a declaration split over several lines", () => {
    expect(only("a#1\n  x:int\n  y:string\n= A;").params.map((p) => p.name)).toEqual(["x", "y"]);
  });
});

describe("flags and conditional fields", () => {
  it("reads flags:#, flags2:#, flags.3?true and flags2.0?string", () => {
    const c = stripSpans(only("a#1 flags:# x:flags.3?true flags2:# y:flags2.0?string = A;"));
    expect(c.params).toEqual([
      { kind: "param", name: "flags", flags: true, condition: null, type: null },
      { kind: "param", name: "x", flags: false, condition: { field: "flags", bit: 3 }, type: { kind: "named", name: "true", percent: false, args: [] } },
      { kind: "param", name: "flags2", flags: true, condition: null, type: null },
      { kind: "param", name: "y", flags: false, condition: { field: "flags2", bit: 0 }, type: { kind: "named", name: "string", percent: false, args: [] } },
    ]);
  });
});

describe("types", () => {
  it("reads Vector<T> and vector<T>, nested", () => {
    const c = stripSpans(only("a#1 x:Vector<vector<Vector<int>>> = A;"));
    expect(c.params[0].type).toEqual({
      kind: "named",
      name: "Vector",
      percent: false,
      args: [{ kind: "named", name: "vector", percent: false, args: [{ kind: "named", name: "Vector", percent: false, args: [{ kind: "named", name: "int", percent: false, args: [] }] }] }],
    });
  });
  it("reads bare types: %T and lowercase names", () => {
    const c = stripSpans(only("a#1 x:%Foo y:future_salt = A;"));
    expect(c.params.map((p) => p.type)).toEqual([
      { kind: "named", name: "Foo", percent: true, args: [] },
      { kind: "named", name: "future_salt", percent: false, args: [] },
    ]);
  });
  it("reads namespaced types", () => {
    expect(stripSpans(only("f#1 = messages.ChatInviteJoinResult;")).result).toEqual({ kind: "named", name: "messages.ChatInviteJoinResult", percent: false, args: [] });
  });
  it("parses a type alone through the TypeExpr start rule", () => {
    expect(stripSpans(peggyParse("Vector<%Foo>", { startRule: "TypeExpr" }))).toMatchObject({ name: "Vector", args: [{ name: "Foo", percent: true }] });
  });
});

describe("generics", () => {
  it("reads {X:Type} and !X", () => {
    const c = stripSpans(only("invokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X;"));
    expect(c.generics).toEqual([{ kind: "generic", name: "X", type: "Type" }]);
    expect(c.params[1].type).toEqual({ kind: "typeParam", name: "X", bang: true });
  });
  it("parses a parameter alone through the Param start rule", () => {
    expect(stripSpans(peggyParse("query:!X", { startRule: "Param" }))).toMatchObject({ name: "query", type: { kind: "typeParam" } });
  });
});

describe("spans", () => {
  it("gives every node its file, line, column and offset", () => {
    const c = parseOk("\n\n  a#1 flags:# x:flags.2?int = A;").items[0] as CombinatorNode;
    expect(c.span).toEqual({ file: "t.tl", line: 3, column: 3, offset: 4, end: 34 });
    expect(c.params[1].span).toMatchObject({ line: 3, column: 15 });
    expect(c.params[1].condition?.span).toMatchObject({ line: 3, column: 17 });
    expect(c.id?.span).toMatchObject({ line: 3, column: 5 });
  });
});
