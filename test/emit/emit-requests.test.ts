// emitRequests on the plan of a small schema: a module per namespace; per method a params type, an
// errors type, a merged interface (or declared fields where the params are alternatives), the
// size-first pieces (the spec, the body writer, the free function, the result reader) and a class
// with static metadata, write, readResultFrom and readFrom built on them. Bodies as collapsed text.
import { beforeAll, describe, expect, it } from "vitest";
import { StructureKind, type ClassDeclarationStructure, type FunctionDeclarationStructure, type InterfaceDeclarationStructure, type MethodDeclarationStructure, type StatementStructures, type TypeAliasDeclarationStructure, type VariableStatementStructure } from "ts-morph";
import { emitRequests } from "../../generator/emit/emit-requests.ts";
import type { EmittedFile, TsModule } from "../../generator/emit/module.ts";
import { EMPTY_DOCS, type SchemaDocs } from "../../generator/model/schema-docs.ts";
import { bodyText, casesPlan, importsOf, moduleAt, printed, squash, statementNamed } from "../support/small-schema.ts";

const DOCS: SchemaDocs = {
  ...EMPTY_DOCS,
  entries: {
    "messages.invite": {
      kind: "function",
      description: "Invites users; see {@link RawPair} and {@link RawPingRequest}.",
      params: {},
      throws: [
        { code: 400, name: "USER_ID_INVALID", description: "The user is <b>wrong</b>." },
        { code: 400, name: "CHAT_ID_INVALID", description: null },
      ],
      available: "user",
    },
  },
};

let files: EmittedFile[];
let messages: TsModule;
let root: TsModule;
beforeAll(() => {
  files = emitRequests(casesPlan({ docs: DOCS }));
  messages = moduleAt(files, "requests/messages.ts");
  root = moduleAt(files, "requests/root.ts");
});

const cls = (m: TsModule, name: string) => statementNamed<ClassDeclarationStructure>(m, name, StructureKind.Class);
const method = (m: TsModule, c: string, name: string) => (cls(m, c).methods ?? []).find((x) => x.name === name) as MethodDeclarationStructure | undefined;
const bodyOf = (m: TsModule, c: string, name: string) => bodyText(method(m, c, name)?.statements);
const fn = (m: TsModule, name: string) => statementNamed<FunctionDeclarationStructure>(m, name, StructureKind.Function);
/** A function's signature and collapsed body: `name<T>(a: A, b?: B): R { ... }`. */
const fnText = (m: TsModule, name: string) => {
  const f = fn(m, name);
  const params = (f.parameters ?? []).map((p) => `${p.name}${p.hasQuestionToken ? "?" : ""}: ${p.type}`).join(", ");
  return `${f.isExported ? "export " : ""}${name}${f.typeParameters?.length ? `<${f.typeParameters.join(", ")}>` : ""}(${params}): ${f.returnType} { ${bodyText(f.statements)} }`;
};
/** `static name: type = initializer` of each static property. */
const statics = (m: TsModule, c: string) =>
  (cls(m, c).properties ?? []).filter((p) => p.isStatic).map((p) => `${p.isReadonly ? "readonly " : ""}${p.name}${p.type ? `: ${p.type}` : ""} = ${p.initializer}`);
/** The kind and name of each statement of a module. */
const outline = (m: TsModule) => m.statements.map((s: StatementStructures) => `${StructureKind[s.kind!]} ${"name" in s ? s.name : ""}`.trim());

describe("emitRequests' modules", () => {
  it("are one per namespace, root methods in requests/root.ts", () => {
    expect(files.map((f) => f.path)).toEqual(["requests/messages.ts", "requests/root.ts"]);
  });

  it("declare per method its params, its errors, the merged interface, the size-first pieces and the class, then re-export LAYER", () => {
    expect(outline(messages)).toEqual([
      "TypeAlias GetLinksParams",
      "TypeAlias GetLinksError",
      "VariableStatement",
      "Function writeGetLinksRequest",
      "Function getLinks",
      "Function readGetLinksResult",
      "Class GetLinks",
      "Interface InviteParams",
      "TypeAlias InviteError",
      "Interface Invite",
      "VariableStatement",
      "Function writeInviteRequest",
      "Function invite",
      "Function readInviteResult",
      "Class Invite",
      "ExportDeclaration",
    ]);
    expect(printed(messages.statements.at(-1)!)).toBe('export { LAYER } from "../runtime/wire/layer.js";');
  });

  it("import the readers, writers, runtime and types they use, from one level up", () => {
    expect(importsOf(messages)).toEqual([
      "../readers.js: readTypeAnswer, readTypeInputPeer, readTypeInputUser",
      "type ../requests/root.js: * as rootRequests", // for the doc link to root's Ping
      "type ../runtime/peers/peer-like.js: PeerFields, PeerLike, WithoutPeerLike",
      "../runtime/request/request.js: TlRequestBase",
      "../runtime/wire/codec.js: partialGroup, readVector, trueFlag, writeVector",
      "../runtime/wire/encode-request.js: encodeRequest",
      "type ../runtime/wire/params.js: ParamsSpec",
      "type ../runtime/wire/reader.js: TlReader",
      "type ../runtime/wire/tl-request.js: TlBody",
      "type ../runtime/wire/writer.js: TlWriter",
      "type ../types.js: Pair, TypeAnswer, TypeInputPeer, TypeInputUser",
      "../writers.js: writeTypeInputPeer, writeTypeInputUser",
    ]);
  });
});

describe("a request's params", () => {
  it("type peer parameters to take the peer-like values of their kind too, vectors of them element by element", () => {
    const params = statementNamed<InterfaceDeclarationStructure>(messages, "InviteParams");
    expect(params.properties!.map((p) => `${p.name}${p.hasQuestionToken ? "?" : ""}: ${p.type}`)).toEqual(['peer: TypeInputPeer | PeerLike<"InputPeer">', 'users: (TypeInputUser | PeerLike<"InputUser">)[]', "title: string"]);
  });

  it("are an interface the instance merges with, when no fields share a bit", () => {
    const merged = statementNamed<InterfaceDeclarationStructure>(messages, "Invite", StructureKind.Interface);
    expect(merged.extends).toEqual(["InviteParams"]);
    expect(merged.properties ?? []).toEqual([]);
  });

  it("are all-or-none alternatives where fields share a bit, declared on the class instead of merged", () => {
    const params = statementNamed<TypeAliasDeclarationStructure>(messages, "GetLinksParams");
    expect(squash(String(params.type).replace(/\/\*\*[\s\S]*?\*\//g, ""))).toBe(
      "{ revoked?: boolean; limit: number; } & ( | { offsetDate: number; offsetLink: string; } | { offsetDate?: undefined; offsetLink?: undefined; } )",
    );
    const fields = (cls(messages, "GetLinks").properties ?? []).filter((p) => !p.isStatic);
    expect(fields.map((p) => `${p.hasDeclareKeyword ? "declare " : ""}${p.name}${p.hasQuestionToken ? "?" : ""}: ${p.type}`)).toEqual([
      "declare revoked?: boolean",
      "declare offsetDate?: number",
      "declare offsetLink?: string",
      "declare limit: number",
    ]);
  });

  it("carry a wrapper's generic parameter, and a method without parameters is an empty interface", () => {
    const wrap = statementNamed<InterfaceDeclarationStructure>(root, "WrapParams");
    expect(wrap.typeParameters).toEqual(["X"]);
    expect(wrap.properties!.map((p) => `${p.name}: ${p.type}`)).toEqual(["layer: number", "query: TlRequest<X>"]);
    expect(statementNamed<InterfaceDeclarationStructure>(root, "Wrap", StructureKind.Interface).extends).toEqual(["WrapParams<X>"]);
    expect(statementNamed<InterfaceDeclarationStructure>(root, "PingParams").properties).toEqual([]);
  });
});

describe("a request's errors type", () => {
  it("is the union of its known error names, or never", () => {
    expect(statementNamed<TypeAliasDeclarationStructure>(messages, "InviteError").type).toBe('"CHAT_ID_INVALID" | "USER_ID_INVALID"');
    expect(statementNamed<TypeAliasDeclarationStructure>(root, "PingError").type).toBe("never");
  });
});

describe("a method's size-first pieces", () => {
  it("check parameters against one spec: the method's name and its fields in wire order", () => {
    const spec = messages.statements.find((s): s is VariableStatementStructure => s.kind === StructureKind.VariableStatement && s.declarations[0].name === "inviteSpec")!;
    expect(spec.isExported).toBeFalsy();
    expect(spec.declarations[0].type).toBe("ParamsSpec");
    expect(spec.declarations[0].initializer).toBe('{ tlName: "messages.invite", FIELDS: ["peer", "users", "title"] }');
  });

  it("write the id then the fields, casting a peer field to its TL type (names and ids are resolved before)", () => {
    expect(fnText(messages, "writeInviteRequest")).toBe(
      "writeInviteRequest(w: TlWriter, p: InviteParams): void { w.id(0x64f9896b); writeTypeInputPeer(w, p.peer as TypeInputPeer); writeVector(w, p.users as TypeInputUser[], true, writeTypeInputUser); w.string(p.title); }",
    );
    expect(fnText(root, "writePingRequest")).toBe("writePingRequest(w: TlWriter, p: PingParams): void { w.id(0x94b77b6a); }");
  });

  it("write a `?true`, an all-or-none pair and a required field through one flags word", () => {
    expect(bodyText(fn(messages, "writeGetLinksRequest").statements)).toBe(
      "w.id(0x2fe72041); const at0 = w.slot(); let fl0 = 0; fl0 |= trueFlag(p.revoked, 0x8); " +
        "const $offsetDate = p.offsetDate; const $offsetLink = p.offsetLink; const g0_2 = $offsetDate != null; " +
        'if (($offsetLink != null) !== g0_2) throw partialGroup(["offsetDate", "offsetLink"], [$offsetDate, $offsetLink], "flags.2"); ' +
        "if (g0_2) fl0 |= 0x4; if (g0_2) w.int($offsetDate!); if (g0_2) w.string($offsetLink!); w.int(p.limit); w.patch(at0, fl0);",
    );
  });

  it("encode through the spec and the writer, typed by the result; optional params when nothing is required", () => {
    expect(fnText(messages, "invite")).toBe("export invite(params: WithoutPeerLike<InviteParams, { peer: \"InputPeer\"; users: \"InputUser\" }>): TlBody<TypeAnswer> { return encodeRequest(inviteSpec, params, writeInviteRequest); }");
    expect(fnText(root, "ping")).toBe("export ping(params?: PingParams): TlBody<boolean> { return encodeRequest(pingSpec, params, writePingRequest); }");
  });

  it("read the result with the result type's reader, Bool as a boolean", () => {
    expect(fnText(messages, "readInviteResult")).toBe("export readInviteResult(r: TlReader): TypeAnswer { return readTypeAnswer(r); }");
    expect(fnText(root, "readPingResult")).toBe("export readPingResult(r: TlReader): boolean { return r.bool(); }");
  });

  it("let a wrapper's function take another function's bytes as its query, and give it no result reader", () => {
    expect(fnText(root, "wrap")).toBe(
      "export wrap<X>(params: Omit<WrapParams<X>, \"query\"> & { query: TlRequest<X> | TlBody<X> }): TlBody<X> { return encodeRequest(wrapSpec, params, writeWrapRequest); }",
    );
    expect(bodyText(fn(root, "writeWrapRequest").statements)).toBe("w.id(0x0b590281); w.int(p.layer); writeQuery(w, p.query);");
    expect(root.statements.some((s) => "name" in s && s.name === "readWrapResult")).toBe(false);
  });
});

describe("a request class", () => {
  it("extends the runtime base with its result, params, errors and availability", () => {
    expect(cls(messages, "Invite").extends).toBe('TlRequestBase<TypeAnswer, InviteParams, InviteError, "user">');
    expect(cls(root, "Wrap").extends).toBe('TlRequestBase<X, WrapParams<X>, WrapError, "both">');
    expect(cls(root, "Wrap").typeParameters).toEqual(["X"]);
    expect(cls(root, "Ping").extends).toBe('TlRequestBase<boolean, PingParams, PingError, "both">');
  });

  it("holds its id in hex, its name, availability, errors, peer fields and fields as static readonly metadata", () => {
    expect(statics(messages, "Invite")).toEqual([
      "readonly CONSTRUCTOR_ID = 0x64f9896b",
      'readonly tlName = "messages.invite"',
      'readonly availability = "user"',
      'readonly ERRORS: readonly InviteError[] = ["CHAT_ID_INVALID", "USER_ID_INVALID"]',
      'readonly PEER_FIELDS: PeerFields = [["peer", "InputPeer", false], ["users", "InputUser", true]]',
      'readonly FIELDS: readonly string[] = ["peer", "users", "title"]',
    ]);
    expect(statics(messages, "GetLinks").at(-1)).toBe('readonly FIELDS: readonly string[] = ["revoked?", "offsetDate?", "offsetLink?", "limit"]');
  });

  it("leaves out ERRORS, PEER_FIELDS and FIELDS when there is nothing to list", () => {
    expect(statics(root, "Ping")).toEqual(["readonly CONSTRUCTOR_ID = 0x94b77b6a", 'readonly tlName = "ping"', 'readonly availability = "both"']);
  });

  it("writes itself with its method's body writer, and reads its result with its result reader", () => {
    expect(bodyOf(messages, "Invite", "write")).toBe("writeInviteRequest(w, this);");
    expect(bodyOf(messages, "Invite", "readResultFrom")).toBe("return readInviteResult(r);");
    expect(method(messages, "Invite", "readResultFrom")!.returnType).toBe("TypeAnswer");
    expect(bodyOf(root, "Ping", "write")).toBe("writePingRequest(w, this);");
  });

  it("writes a wrapper's query through its writer, and reads its result through the query", () => {
    expect(bodyOf(root, "Wrap", "write")).toBe("writeWrapRequest(w, this);");
    expect(bodyOf(root, "Wrap", "readResultFrom")).toBe("return this.query.readResultFrom(r);");
    expect(method(root, "Wrap", "readFrom")).toBeUndefined();
  });

  it("reads itself back with a static readFrom, casting all-or-none params to their type", () => {
    expect(method(messages, "Invite", "readFrom")!.isStatic).toBe(true);
    expect(bodyOf(messages, "Invite", "readFrom")).toBe("return new Invite({ peer: readTypeInputPeer(r), users: readVector(r, true, 4, readTypeInputUser), title: r.string(), });");
    expect(bodyOf(messages, "GetLinks", "readFrom")).toBe(
      'const fl0 = r.flags("flags"); return new GetLinks({ revoked: (fl0 & 0x8) !== 0, offsetDate: fl0 & 0x4 ? r.int() : undefined, offsetLink: fl0 & 0x4 ? r.string() : undefined, limit: r.int(), } as GetLinksParams);',
    );
    expect(bodyOf(root, "Ping", "readFrom")).toBe("return new Ping();");
  });

  it("is documented with its description, result, availability, errors and TL line, links resolved", () => {
    const doc = String(cls(messages, "Invite").docs![0]);
    expect(doc).toMatch(/^Invites users; see \{@link Pair\} and \{@link rootRequests\.Ping\}\./);
    expect(doc).toContain("Returns `TypeAnswer`.");
    expect(doc).toContain("Bots cannot use this method (users only).");
    expect(doc).toContain("Possible errors:\n- 400 `USER_ID_INVALID`: The user is **wrong**.\n- 400 `CHAT_ID_INVALID`");
    expect(doc).toContain("```tl\nmessages.invite peer:InputPeer users:Vector<InputUser> title:string = Answer;\n```");
  });
});
