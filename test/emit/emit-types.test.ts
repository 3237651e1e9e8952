// emitTypes on the plan of a small schema: one interface per constructor (a type alias where
// fields share a bit), one union alias per boxed type, each documented with its TL line and hex
// id, and links in descriptions resolved to this module's own names.
import { beforeAll, describe, expect, it } from "vitest";
import { StructureKind, type InterfaceDeclarationStructure, type TypeAliasDeclarationStructure } from "ts-morph";
import { emitTypes } from "../../generator/emit/emit-types.ts";
import type { TsModule } from "../../generator/emit/module.ts";
import { EMPTY_DOCS } from "../../generator/model/schema-docs.ts";
import { casesPlan, declaredNames, importsOf, moduleAt, squash, statementNamed } from "../support/small-schema.ts";

let types: TsModule;
beforeAll(() => {
  types = moduleAt(emitTypes(casesPlan()), "types.ts");
});

const iface = (name: string) => statementNamed<InterfaceDeclarationStructure>(types, name);
const alias = (name: string) => statementNamed<TypeAliasDeclarationStructure>(types, name);
/** `name?: type` for each property of an interface. */
const props = (name: string) => (iface(name).properties ?? []).map((p) => `${p.name}${p.hasQuestionToken ? "?" : ""}: ${p.type}`);
const withoutComments = (text: string) => squash(text.replace(/\/\*\*[\s\S]*?\*\//g, ""));
const docOf = (s: { docs?: unknown[] }) => String(s.docs?.[0] ?? "");

describe("emitTypes", () => {
  it("emits types.ts alone: every constructor, then every union", () => {
    const files = emitTypes(casesPlan());
    expect(files.map((f) => f.path)).toEqual(["types.ts"]);
    const names = declaredNames(types);
    expect(names.slice(0, 3)).toEqual(["Answer", "BareHolder", "FixedSizes"]);
    expect(names.filter((n) => n.startsWith("Type"))).toEqual(["TypeAnswer", "TypeBareHolder", "TypeFixedSizes", "TypeInputPeer", "TypeInputUser", "TypeNoParams", "TypeOptional", "TypeSharedBit", "TypeSharedTrue", "TypeTriState", "TypeTrueFlag", "TypeTwoWords", "TypeVectors"]);
    expect(names.indexOf("Vectors")).toBeLessThan(names.indexOf("TypeAnswer"));
    expect(types.statements.every((s) => "isExported" in s && s.isExported)).toBe(true);
  });

  it("tags each constructor with its TL name in `_`, and gives a constructor without fields only that", () => {
    expect(props("NoParams")).toEqual(['_: "noParams"']);
    expect(props("InputPeerUser")).toEqual(['_: "inputPeerUser"', "userId: bigint", "accessHash: bigint"]);
  });

  it("types a `?true` as an optional boolean, an optional as optional, a ?Bool as an optional boolean", () => {
    expect(props("TrueFlag")).toEqual(['_: "trueFlag"', "silent?: boolean"]);
    expect(props("Optional")).toEqual(['_: "optional"', "title?: string"]);
    expect(props("TriState")).toEqual(['_: "triState"', "enabled?: boolean"]);
    expect(iface("TriState").properties![1].docs).toEqual(["Tri-state: leave it out to send nothing; `false` is sent as `boolFalse` with the bit set."]);
  });

  it("leaves flags words out, in flags and flags2 alike", () => {
    expect(props("TwoWords")).toEqual(['_: "twoWords"', "a?: number", "b?: bigint"]);
  });

  it("maps vectors (boxed, bare, nested), int128/int256 and bare constructors", () => {
    expect(props("Vectors")).toEqual(['_: "vectors"', "ids: bigint[]", "names: string[]", "nested: number[][]"]);
    expect(props("FixedSizes")).toEqual(['_: "fixedSizes"', "nonce: Uint8Array", "key: Uint8Array"]);
    expect(props("BareHolder")).toEqual(['_: "bareHolder"', "one: Pair", "many: Pair[]"]);
    expect(props("Answer")).toEqual(['_: "answer"', "count: number", "from: TypeInputUser"]);
  });

  it("types two value fields on one bit as all-or-none alternatives, in a type alias", () => {
    const shared = alias("SharedBit");
    expect(shared.kind).toBe(StructureKind.TypeAlias);
    expect(withoutComments(String(shared.type))).toBe(
      '{ _: "sharedBit"; } & ( | { offsetDate: number; offsetLink: string; } | { offsetDate?: undefined; offsetLink?: undefined; } )',
    );
    expect(String(shared.type)).toContain("/** Given together with `offsetLink`, or not at all. */");
  });

  it("keeps a `?true` beside a single value field on its bit an interface, documenting the shared bit", () => {
    expect(props("SharedTrue")).toEqual(['_: "sharedTrue"', "pinned?: boolean", "until?: number"]);
    expect(iface("SharedTrue").properties![1].docs).toEqual(["Shares its flag bit with `until`: true exactly when those are given."]);
  });

  it("documents each constructor with its type, its id in hex and its TL line, not a schema location the package does not ship", () => {
    const doc = docOf(alias("SharedBit"));
    expect(doc).toContain("Constructor of `SharedBit`; its id is `0x055dfd7b`.");
    expect(doc).toContain("```tl\nsharedBit flags:# offset_date:flags.2?int offset_link:flags.2?string = SharedBit;\n```");
    expect(doc).toMatch(/```$/);
    expect(doc).not.toContain("Declared at");
  });

  it("makes each union the union of its constructors' types, listed with links in its doc", () => {
    expect(alias("TypeInputPeer").type).toBe("InputPeerEmpty | InputPeerSelf | InputPeerUser");
    expect(alias("TypeNoParams").type).toBe("NoParams");
    expect(docOf(alias("TypeInputUser"))).toBe("TL type `InputUser`, one of: {@link InputUser} (`inputUser`), {@link InputUserSelf} (`inputUserSelf`).");
  });

  it("imports nothing, until a description links a request: then its module, as a type-only namespace", () => {
    expect(importsOf(types)).toEqual([]);
    const docs = {
      ...EMPTY_DOCS,
      entries: { answer: { kind: "constructor" as const, description: "Sent by {@link messages.RawInviteRequest}, holding {@link RawPair}, not {@link RawGone}.", params: {}, throws: [], available: "both" as const } },
    };
    const linked = moduleAt(emitTypes(casesPlan({ docs })), "types.ts");
    expect(importsOf(linked)).toEqual(["type ./requests/messages.js: * as messagesRequests"]);
    expect(docOf(statementNamed<InterfaceDeclarationStructure>(linked, "Answer"))).toMatch(/^Sent by \{@link messagesRequests\.Invite\}, holding \{@link Pair\}, not `gone`\./);
  });
});
