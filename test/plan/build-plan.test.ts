// The lowered plan of a small schema: every name decided once, references resolved to the plan's
// own objects, and each combinator's field roles, flag words, groups, peer kinds and least wire
// size; which types sending reaches; wrappers' query fields; availability and errors from docs.
import { beforeAll, describe, expect, it } from "vitest";
import { buildPlan, elementMinSize } from "../../generator/plan/build-plan.ts";
import type { ConstructorPlan, FieldPlan, FunctionPlan, PackagePlan } from "../../generator/plan/plan.ts";
import { EMPTY_DOCS, type EntryDocs, type SchemaDocs } from "../../generator/model/schema-docs.ts";
import { analyzeSchema } from "../../generator/model/analyze.ts";
import { computeClosure, selectRoots } from "../../generator/model/closure.ts";
import { BUILTINS, casesPlan, planFromTl } from "../support/small-schema.ts";

let plan: PackagePlan;
beforeAll(() => {
  plan = casesPlan();
});

const ctor = (name: string): ConstructorPlan => plan.constructorByName.get(name) ?? fail(`no constructor ${name}`);
const fn = (name: string): FunctionPlan => plan.functionByName.get(name) ?? fail(`no function ${name}`);
const field = (c: { fields: FieldPlan[] }, tlName: string): FieldPlan => c.fields.find((f) => f.tlName === tlName) ?? fail(`no field ${tlName}`);
function fail(message: string): never {
  throw new Error(message);
}

function entry(partial: Partial<EntryDocs>): EntryDocs {
  return { kind: "function", description: null, params: {}, throws: [], available: "both", ...partial };
}

describe("the plan's names", () => {
  it("are decided for every constructor, union and function, by names.ts's rules", () => {
    expect(ctor("inputPeerUser")).toMatchObject({ typeName: "InputPeerUser", writer: "writeInputPeerUser", reader: "readInputPeerUser", guard: "isInputPeerUser" });
    expect(plan.unionByName.get("InputPeer")).toMatchObject({ typeName: "TypeInputPeer", writer: "writeTypeInputPeer", reader: "readTypeInputPeer", guard: "isTypeInputPeer" });
    expect(fn("messages.invite")).toMatchObject({ className: "Invite", paramsType: "InviteParams", errorsType: "InviteError", namespace: "messages", module: "messages" });
    expect(fn("ping")).toMatchObject({ className: "Ping", namespace: null, module: "root" });
  });

  it("give fields camelCase properties, and a request's fields avoid the request class's members", () => {
    expect(field(ctor("inputPeerUser"), "access_hash").prop).toBe("accessHash");
    const clash = planFromTl(`${BUILTINS}\nthing serialize:int = Thing;\n---functions---\nf serialize:int = Thing;\n`);
    expect(clash.constructorByName.get("thing")!.fields[0].prop).toBe("serialize");
    expect(clash.functionByName.get("f")!.fields[0].prop).toBe("serialize_");
  });

  it("print ids as eight hex digits", () => {
    expect(ctor("sharedBit").idHex).toBe("055dfd7b");
    expect(ctor("sharedBit").id).toBe(0x055dfd7b);
    for (const c of [...plan.constructors, ...plan.functions]) expect(c.idHex, c.tlName).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe("references in the plan", () => {
  it("are the plan's own union and constructor objects, not names", () => {
    const peer = field(fn("messages.invite"), "peer").wire;
    expect(peer.kind === "union" && peer.union).toBe(plan.unionByName.get("InputPeer"));
    const users = field(fn("messages.invite"), "users").wire;
    expect(users).toEqual({ kind: "vector", boxed: true, element: { kind: "union", union: plan.unionByName.get("InputUser") } });
    const many = field(ctor("bareHolder"), "many").wire;
    expect(many.kind === "vector" && many.element.kind === "bare" && many.element.ctor).toBe(ctor("pair"));
    expect(plan.unionByName.get("InputPeer")!.constructors).toEqual([ctor("inputPeerEmpty"), ctor("inputPeerSelf"), ctor("inputPeerUser")]);
    expect(ctor("inputPeerUser").union).toBe(plan.unionByName.get("InputPeer"));
  });

  it("resolve `%Pair` to Pair's one constructor, even where Pair is never boxed (and so not a union of the closure)", () => {
    const one = field(ctor("bareHolder"), "one").wire;
    expect(one.kind === "bare" && one.ctor).toBe(ctor("pair"));
    expect(plan.unionByName.has("Pair")).toBe(false);
    expect(ctor("pair").union).toBeNull();
  });

  it("map Bool and `true` to booleans, primitives to themselves, and nested vectors element by element", () => {
    expect(field(ctor("triState"), "enabled").wire).toEqual({ kind: "bool" });
    expect(field(ctor("trueFlag"), "silent").wire).toEqual({ kind: "bool" });
    expect(plan.unionByName.has("Bool")).toBe(false);
    expect(fn("ping").result).toEqual({ kind: "bool" });
    expect(field(ctor("fixedSizes"), "nonce").wire).toEqual({ kind: "primitive", name: "int128" });
    expect(field(ctor("vectors"), "names").wire).toEqual({ kind: "vector", boxed: false, element: { kind: "primitive", name: "string" } });
    expect(field(ctor("vectors"), "nested").wire).toEqual({ kind: "vector", boxed: true, element: { kind: "vector", boxed: true, element: { kind: "primitive", name: "int" } } });
  });

  it("mark a wrapper's `!X` as its query and its result as the query's result", () => {
    const wrap = fn("wrap");
    expect(wrap.generic).toBe("X");
    expect(field(wrap, "query").wire).toEqual({ kind: "query", param: "X" });
    expect(wrap.queryField).toBe(field(wrap, "query"));
    expect(wrap.result).toEqual({ kind: "queryResult", param: "X" });
    expect(fn("ping").queryField).toBeNull();
    expect(fn("ping").generic).toBeNull();
  });
});

describe("fields and flag words", () => {
  it("have roles: required without a condition, flag for `?true`, optional otherwise", () => {
    const links = fn("messages.getLinks");
    expect(links.fields.map((f) => [f.prop, f.role])).toEqual([
      ["revoked", "flag"],
      ["offsetDate", "optional"],
      ["offsetLink", "optional"],
      ["limit", "required"],
    ]);
    expect(field(links, "limit").condition).toBeNull();
    expect(field(links, "revoked").condition).toEqual({ word: links.words[0], bit: 3 });
  });

  it("are laid out in wire order, each flags word a word (not a field) indexed among its combinator's words", () => {
    const two = ctor("twoWords");
    expect(two.words).toEqual([
      { tlName: "flags", index: 0 },
      { tlName: "flags2", index: 1 },
    ]);
    expect(two.layout.map((i) => (i.kind === "word" ? `#${i.word.tlName}` : i.field.tlName))).toEqual(["#flags", "a", "#flags2", "b"]);
    expect(two.fields.map((f) => f.tlName)).toEqual(["a", "b"]);
    expect(field(two, "b").condition).toEqual({ word: two.words[1], bit: 3 });
    expect(ctor("noParams").layout).toEqual([]);
  });

  it("group two value fields on one bit as typed all-or-none, and a `?true` beside one value field as derived", () => {
    const shared = ctor("sharedBit");
    expect(shared.groups).toHaveLength(1);
    expect(shared.groups[0]).toMatchObject({ word: shared.words[0], bit: 2, values: shared.fields, derived: [] });
    expect(shared.typedGroups).toEqual(shared.groups);
    expect(shared.fields.every((f) => f.group === shared.groups[0])).toBe(true);

    const pinned = ctor("sharedTrue");
    expect(pinned.groups).toHaveLength(1);
    expect(pinned.groups[0].values.map((f) => f.prop)).toEqual(["until"]);
    expect(pinned.groups[0].derived.map((f) => f.prop)).toEqual(["pinned"]);
    expect(pinned.typedGroups).toEqual([]);

    const links = fn("messages.getLinks");
    expect(links.groups.map((g) => g.bit)).toEqual([2]);
    expect(field(links, "revoked").group).toBeNull();
  });

  it("make no group of a lone optional field or a lone `?true`", () => {
    for (const name of ["optional", "trueFlag", "triState", "twoWords"]) {
      expect(ctor(name).groups, name).toEqual([]);
      for (const f of ctor(name).fields) expect(f.group, `${name}.${f.tlName}`).toBeNull();
    }
  });

  it("give a request's InputPeer and InputUser parameters their peer kind, vectors included, and constructors' none", () => {
    const invite = fn("messages.invite");
    expect(invite.fields.map((f) => f.peer)).toEqual([{ kind: "InputPeer", vector: false }, { kind: "InputUser", vector: true }, null]);
    expect(field(ctor("answer"), "from").peer).toBeNull();
    expect(field(ctor("inputPeerUser"), "user_id").peer).toBeNull();
  });
});

describe("the least wire size", () => {
  it("counts flags words and required fields only, bare constructors by their own fields", () => {
    const sizes = Object.fromEntries(plan.constructors.map((c) => [c.tlName, c.minWireSize]));
    expect(sizes).toMatchObject({
      noParams: 0,
      answer: 8, // int + a boxed InputUser's id
      pair: 8,
      bareHolder: 12, // pair's 8 inline + a bare vector's count
      fixedSizes: 48,
      twoWords: 8,
      vectors: 20, // two boxed vectors (id + count) and a bare one (count)
      triState: 4,
      inputPeerUser: 16,
    });
  });

  it("of a vector element is its constructor's size for a bare one, else its type's least size", () => {
    expect(elementMinSize({ kind: "bare", ctor: ctor("pair") })).toBe(8);
    expect(elementMinSize({ kind: "primitive", name: "long" })).toBe(8);
    expect(elementMinSize({ kind: "primitive", name: "string" })).toBe(4);
    expect(elementMinSize({ kind: "primitive", name: "int256" })).toBe(32);
    expect(elementMinSize({ kind: "vector", boxed: true, element: { kind: "bool" } })).toBe(8);
    expect(elementMinSize({ kind: "union", union: plan.unionByName.get("InputPeer")! })).toBe(4);
  });
});

describe("what sending reaches", () => {
  it("is marked on the constructors and unions a request's parameters reach, through vectors and bare constructors", () => {
    const sent = plan.constructors.filter((c) => c.sent).map((c) => c.tlName);
    expect(sent).toEqual(expect.arrayContaining(["inputPeerUser", "inputUser", "noParams", "sharedBit", "trueFlag", "bareHolder", "pair"]));
    expect(plan.unionByName.get("InputUser")!.sent).toBe(true);
  });

  it("leaves out what only results reach", () => {
    expect(ctor("answer").sent).toBe(false);
    expect(ctor("optional").sent).toBe(false);
    expect(plan.unionByName.get("Answer")!.sent).toBe(false);
    expect(plan.unionByName.get("Optional")!.sent).toBe(false);
  });
});

describe("the package's lists", () => {
  it("hold functions, constructors and unions sorted by name, and one request module per namespace", () => {
    const names = (xs: { tlName: string }[]) => xs.map((x) => x.tlName);
    expect(names(plan.functions)).toEqual(["getThing", "messages.getLinks", "messages.invite", "ping", "useAll", "wrap"]);
    expect(names(plan.constructors)).toEqual([...names(plan.constructors)].sort());
    expect(names(plan.unions)).toEqual([...names(plan.unions)].sort());
    expect(plan.modules.map((m) => [m.module, m.namespace, m.functions.map((f) => f.tlName)])).toEqual([
      ["messages", "messages", ["messages.getLinks", "messages.invite"]],
      ["root", null, ["getThing", "ping", "useAll", "wrap"]],
    ]);
  });

  it("keep only what the roots reach", () => {
    const only = planFromTl(`${BUILTINS}\na = A;\nb x:A = B;\nc = C;\n---functions---\nf y:B = Bool;\ng = C;\n`, { roots: ["f"] });
    expect(only.functions.map((f) => f.tlName)).toEqual(["f"]);
    expect(only.constructors.map((c) => c.tlName)).toEqual(["a", "b"]);
    expect(only.unions.map((u) => u.tlName)).toEqual(["A", "B"]);
  });

  it("carry the layer, package name, schema files and the regenerate command", () => {
    expect(plan).toMatchObject({ layer: 7, packageName: "tl-cases", schemaFiles: ["cases.tl"], regenerate: "tlgen generate", all: true });
  });
});

describe("docs in the plan", () => {
  let documented: PackagePlan;
  beforeAll(() => {
    const docs: SchemaDocs = {
      ...EMPTY_DOCS,
      types: { InputPeer: "A peer to send to." },
      entries: {
        "messages.invite": entry({
          description: "Invites users.",
          params: { title: "The title." },
          available: "user",
          throws: [
            { code: 400, name: "USER_ID_INVALID", description: null },
            { code: 400, name: "CHAT_ID_INVALID", description: null },
            { code: 403, name: "CHAT_ID_INVALID", description: "again" },
          ],
        }),
        ping: entry({ available: "bot" }),
        wrap: entry({ available: "user" }),
        answer: entry({ kind: "constructor", description: "An answer." }),
      },
    };
    documented = casesPlan({ docs });
  });

  it("give each method its errors once each, sorted", () => {
    expect(documented.functionByName.get("messages.invite")!.errors).toEqual(["CHAT_ID_INVALID", "USER_ID_INVALID"]);
    expect(documented.functionByName.get("useAll")!.errors).toEqual([]);
  });

  it("give availability from the docs, a generic wrapper always both, and both without docs", () => {
    expect(documented.functionByName.get("messages.invite")!.availability).toBe("user");
    expect(documented.functionByName.get("ping")!.availability).toBe("bot");
    expect(documented.functionByName.get("wrap")!.availability).toBe("both");
    expect(documented.functionByName.get("useAll")!.availability).toBe("both");
  });

  it("attach descriptions to combinators, fields and unions", () => {
    const invite = documented.functionByName.get("messages.invite")!;
    expect(invite.docs?.description).toBe("Invites users.");
    expect(field(invite, "title").description).toBe("The title.");
    expect(field(invite, "peer").description).toBeNull();
    expect(documented.constructorByName.get("answer")!.docs?.description).toBe("An answer.");
    expect(documented.unionByName.get("InputPeer")!.description).toBe("A peer to send to.");
    expect(documented.unionByName.get("InputUser")!.description).toBeNull();
  });
});

describe("buildPlan", () => {
  it("refuses a closure that lacks a type a field names, as an internal error", () => {
    const { model } = analyzeSchema([{ file: "t.tl", text: `${BUILTINS}\na = A;\n---functions---\nf x:A = Bool;\n` }]);
    const closure = computeClosure(model, selectRoots(model, ["f"]).roots);
    const broken = { ...closure, unions: [] };
    expect(() => buildPlan({ closure: broken, docs: EMPTY_DOCS, layer: 1, packageName: "p", schemaFiles: [], regenerate: "" })).toThrow("internal: union A is not in the closure");
  });
});
