// TL021 (generator/plan/check-names.ts): TL names that become one generated name are reported
// where they are written, and `tlgen check` and generate agree: what check passes, generate makes.
import { describe, expect, it } from "vitest";
import { checkGeneratedNames } from "../../generator/plan/check-names.ts";
import { analyze } from "../helpers.ts";
import { check, generateFiles, TlgenError } from "../../generator/index.ts";

const names = (tl: string) => checkGeneratedNames(analyze(tl).model).map((d) => ({ message: d.message, line: d.span.line, column: d.span.column }));

describe("generated names that collide", () => {
  it.each([
    ["two parameters that camelCase alike", "a a_b:int aB:long = A;", "parameter of a aB becomes aB, as parameter of a a_b does", 1, 11],
    ["a parameter named like a constructor's tag", "a _:int = A;", "parameter of a _ becomes _, as the tag of a does", 1, 3],
    ["a parameter and its Object.prototype rename", "a constructor:int constructor_:int = A;", "parameter of a constructor_ becomes constructor_, as parameter of a constructor does", 1, 19],
    ["two request parameters on one request property", "---functions---\nf write:int write_:int = A;", "parameter of f write_ becomes write_, as parameter of f write does", 2, 13],
    ["two constructors on one type", "foo_bar = A;\nfooBar = A;", "constructor fooBar becomes FooBar, as constructor foo_bar does", 2, 1],
    ["a constructor and a union on one type", "typeA = B;\na = A;", "type A becomes TypeA, as constructor typeA does", 2, 5],
    ["two methods on one class", "---functions---\nns.foo = A;\nns.Foo = A;", "method ns.Foo becomes Foo, as method ns.foo does", 3, 1],
    ["a method class and another's params type", "---functions---\nfoo = A;\nfooParams = A;", "method fooParams becomes FooParams, as method foo does", 3, 1],
    ["a method on a runtime name", "---functions---\ntlReader = A;", "method tlReader becomes TlReader, a name of tlgen's runtime its module imports", 2, 1],
    ["a namespace named root and the root methods", "---functions---\nroot.f = A;\ng = A;", "the module of (no namespace) becomes requests/root, as the module of root does", 3, 1],
    ["two namespaces one file system may not tell apart", "---functions---\nns.f = A;\nNs.g = A;", "the module of Ns becomes requests/Ns, as the module of ns does (requests/ns)", 3, 1],
    ["a generic named like a reserved word", "---functions---\nwrap {class:Type} q:!class = class;", "the generic {class:Type} of wrap cannot be a TypeScript type parameter: class is a reserved word or a type the generated code uses", 2, 1],
    ["a generic named like a type the code uses", "---functions---\nwrap {Uint8Array:Type} q:!Uint8Array = Uint8Array;", "the generic {Uint8Array:Type} of wrap cannot be a TypeScript type parameter: Uint8Array is a reserved word or a type the generated code uses", 2, 1],
  ])("reports %s, located", (_, tl, message, line, column) => {
    expect(names(`${tl}`)).toContainEqual({ message, line, column });
  });

  it("accepts what names.ts keeps apart: user and User, reserved words, Object.prototype members", () => {
    expect(names("user = User;\ndefault type:int constructor:int to_string:int = Default;\n---functions---\nusers.user = User;")).toEqual([]);
  });

  it("finds nothing in the real schemas", async () => {
    const r = await check({ schema: ["schema/api.tl", "schema/mtproto.tl"] });
    expect(r.diagnostics.filter((d) => d.code === "TL021" || d.code === "TL017")).toEqual([]);
  });
});

describe("check and generate on colliding names", () => {
  const schema = [{ file: "clash.tl", text: "// LAYER 1\nthing flags:# a_b:flags.0?int aB:int = Thing;\n---functions---\ngetThing = Thing;\n" }];

  it("check reports them as errors with an excerpt", async () => {
    const r = await check({ schema });
    expect(r.errors).toBe(1);
    expect(r.diagnostics[0]).toMatchObject({ code: "TL021", file: "clash.tl", line: 2, column: 31 });
    expect(r.diagnostics[0].text).toContain("^^^^^^");
  });

  it("generate refuses them with the same diagnostics, and makes nothing", async () => {
    const e = await generateFiles({ schema, all: true, docs: false }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TlgenError);
    expect((e as TlgenError).kind).toBe("schema");
    expect((e as TlgenError).diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([["TL021", 2, 31]]);
  });
});
