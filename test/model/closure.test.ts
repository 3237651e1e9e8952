// Selection and closure: root patterns, and every constructor and union the roots' parameters
// and results reach, every constructor of a reached union included, recursively.
import { beforeAll, describe, expect, it } from "vitest";
import type { SchemaModel } from "../../generator/model/ir.ts";
import { computeClosure, matchesPattern, MAPPED_UNIONS, selectRoots } from "../../generator/model/closure.ts";
import { analyze } from "../helpers.ts";

const BUILTINS = "boolFalse#bc799737 = Bool;\nboolTrue#997275b5 = Bool;\ntrue#3fedd339 = True;\nvector#1cb5c415 {t:Type} # [ t ] = Vector t;\n";

function closureOf(text: string, patterns: string[]) {
  const { model, diagnostics } = analyze(BUILTINS + text);
  expect(diagnostics.map((d) => d.message)).toEqual([]);
  const { roots } = selectRoots(model, patterns);
  const c = computeClosure(model, roots);
  return { functions: c.functions.map((f) => f.name), constructors: c.constructors.map((x) => x.name), unions: c.unions.map((u) => u.name) };
}

describe("matchesPattern", () => {
  it("matches a whole name, `*` standing for any run of characters, dots and other characters literally", () => {
    expect(matchesPattern("messages.exportChatInvite", "messages.exportChatInvite")).toBe(true);
    expect(matchesPattern("messages.exportChatInvite", "messages.*Invite")).toBe(true);
    expect(matchesPattern("messages.exportChatInvite", "*ChatInvite*")).toBe(true);
    expect(matchesPattern("messages.exportChatInvite", "messages.export")).toBe(false);
    expect(matchesPattern("messagesXexport", "messages.export")).toBe(false);
    expect(matchesPattern("a+b", "a+b")).toBe(true);
    expect(matchesPattern("anything", "*")).toBe(true);
  });
});

describe("selectRoots", () => {
  let model: SchemaModel;
  beforeAll(() => {
    model = analyze(`${BUILTINS}a = A;\n---functions---\nmessages.f = A;\nmessages.g = A;\nh = A;\n`).model;
  });

  it("selects the functions any pattern matches, in the model's order, never constructors", () => {
    expect(selectRoots(model, ["h", "messages.*"]).roots.map((f) => f.name)).toEqual(["h", "messages.f", "messages.g"]);
    expect(selectRoots(model, ["a"]).roots).toEqual([]);
  });

  it("names the patterns that match nothing", () => {
    expect(selectRoots(model, ["h", "nope.*", "a"]).unmatched).toEqual(["nope.*", "a"]);
    expect(selectRoots(model, ["*"]).unmatched).toEqual([]);
  });
});

describe("computeClosure", () => {
  it("holds the roots and every union their parameters and results reach, with all of each union's constructors", () => {
    const c = closureOf("pa = P;\npb x:Q = P;\nq = Q;\nr = R;\nunused = U;\n---functions---\nf p:P = R;\n", ["f"]);
    expect(c).toEqual({ functions: ["f"], constructors: ["pa", "pb", "q", "r"], unions: ["P", "Q", "R"] });
  });

  it("follows vectors, nested ones included, and bare constructors without adding their type", () => {
    const c = closureOf("a = A;\nb = B;\nc y:int = C;\n---functions---\nf v:Vector<Vector<A>> w:vector<c> = Vector<B>;\n", ["f"]);
    expect(c).toEqual({ functions: ["f"], constructors: ["a", "b", "c"], unions: ["A", "B"] });
  });

  it("adds a `%Type`'s constructor but not the type itself", () => {
    expect(closureOf("p x:int = Pair;\nh one:%Pair = H;\n---functions---\nf h:H = Bool;\n", ["f"])).toEqual({ functions: ["f"], constructors: ["h", "p"], unions: ["H"] });
  });

  it("maps Bool to a primitive (not a union) and lets `?true` reach nothing", () => {
    expect([...MAPPED_UNIONS]).toEqual(["Bool"]);
    expect(closureOf("---functions---\nf flags:# a:flags.0?true b:Bool = Bool;\n", ["f"])).toEqual({ functions: ["f"], constructors: [], unions: [] });
  });

  it("terminates on recursive types", () => {
    expect(closureOf("node next:Node = Node;\nleaf = Node;\n---functions---\nf = Node;\n", ["f"])).toEqual({ functions: ["f"], constructors: ["leaf", "node"], unions: ["Node"] });
  });

  it("reaches nothing through a generic wrapper's type parameter", () => {
    expect(closureOf("a = A;\n---functions---\nwrap {X:Type} layer:int query:!X = X;\n", ["wrap"])).toEqual({ functions: ["wrap"], constructors: [], unions: [] });
  });

  it("is empty without roots", () => {
    expect(closureOf("a = A;\n---functions---\nf = A;\n", [])).toEqual({ functions: [], constructors: [], unions: [] });
  });
});
