// emitCodecs on the plan of a small schema: readers for every constructor with fields and every
// union; writers in writers.ts for what requests send and in result-writers.ts for the rest;
// codecs.ts exporting all three with their companions. Bodies compared as collapsed text.
import { beforeAll, describe, expect, it } from "vitest";
import type { FunctionDeclarationStructure } from "ts-morph";
import { CODEC_COMPANIONS, emitCodecs } from "../../generator/emit/emit-codecs.ts";
import type { EmittedFile, TsModule } from "../../generator/emit/module.ts";
import { bodyText, casesPlan, declaredNames, importsOf, moduleAt, printed, statementNamed } from "../support/small-schema.ts";

let files: EmittedFile[];
let readers: TsModule;
let writers: TsModule;
let resultWriters: TsModule;
beforeAll(() => {
  files = emitCodecs(casesPlan());
  readers = moduleAt(files, "readers.ts");
  writers = moduleAt(files, "writers.ts");
  resultWriters = moduleAt(files, "result-writers.ts");
});

const fn = (m: TsModule, name: string) => statementNamed<FunctionDeclarationStructure>(m, name);
/** A function's body, whitespace collapsed. */
const body = (m: TsModule, name: string) => bodyText(fn(m, name).statements);
/** `name(param: type, ...): return` of a function. */
const signature = (m: TsModule, name: string) => {
  const f = fn(m, name);
  return `${f.name}(${(f.parameters ?? []).map((p) => `${p.name}: ${p.type}`).join(", ")}): ${f.returnType}`;
};

describe("emitCodecs' modules", () => {
  it("are readers.ts, writers.ts, result-writers.ts and codecs.ts", () => {
    expect(files.map((f) => f.path)).toEqual(["readers.ts", "writers.ts", "result-writers.ts", "codecs.ts"]);
  });

  it("give a reader to every constructor with fields and to every union, and none to a constructor without fields", () => {
    const names = declaredNames(readers);
    expect(names).toContain("readPair");
    expect(names).toContain("readTypeInputPeer");
    for (const empty of ["readNoParams", "readInputPeerEmpty", "readInputPeerSelf", "readInputUserSelf"]) expect(names).not.toContain(empty);
    expect(signature(readers, "readSharedBit")).toBe("readSharedBit(r: TlReader): SharedBit");
    expect(signature(readers, "readTypeInputPeer")).toBe("readTypeInputPeer(r: TlReader): TypeInputPeer");
  });

  it("put the writers of what requests send in writers.ts and the others in result-writers.ts", () => {
    expect(declaredNames(writers)).toEqual(expect.arrayContaining(["writeInputPeerUser", "writePair", "writeSharedBit", "writeTypeInputPeer", "writeTypeNoParams"]));
    expect(declaredNames(resultWriters).sort()).toEqual(["writeAnswer", "writeOptional", "writeTypeAnswer", "writeTypeOptional"]);
    for (const name of declaredNames(resultWriters)) expect(declaredNames(writers)).not.toContain(name);
    expect(signature(writers, "writePair")).toBe("writePair(w: TlWriter, v: Pair): void");
  });

  it("import what they use: runtime helpers and types, and a writer of another module by name", () => {
    expect(importsOf(resultWriters)).toEqual([
      "./runtime/wire/codec.js: notInUnion",
      "type ./runtime/wire/writer.js: TlWriter",
      "type ./types.js: Answer, Optional, TypeAnswer, TypeOptional",
      "./writers.js: writeTypeInputUser",
    ]);
    expect(importsOf(readers).filter((i) => i.includes("layer"))).toEqual([]);
    expect(importsOf(readers)).toContain("type ./runtime/wire/reader.js: TlReader");
  });

  it("make codecs.ts export the three modules and the runtime names used with them", () => {
    const codecs = moduleAt(files, "codecs.ts");
    expect(codecs.statements.map(printed)).toEqual([
      'export * from "./readers.js";',
      'export * from "./writers.js";',
      'export * from "./result-writers.js";',
      ...CODEC_COMPANIONS.map(([from, names]) => `export { ${names.join(", ")} } from "${from}";`),
    ]);
  });
});

describe("a constructor's reader", () => {
  it("reads required fields in wire order into one literal tagged with its name", () => {
    expect(body(readers, "readInputPeerUser")).toBe('return { _: "inputPeerUser", userId: r.long(), accessHash: r.long() };');
    expect(body(readers, "readFixedSizes")).toBe('return { _: "fixedSizes", nonce: r.fixed(16), key: r.fixed(32) };');
  });

  it("reads the flags word first, a `?true` as its bit and an optional only when its bit is set", () => {
    expect(body(readers, "readTrueFlag")).toBe('const fl0 = r.flags("flags"); return { _: "trueFlag", silent: (fl0 & 0x1) !== 0 };');
    expect(body(readers, "readOptional")).toBe('const fl0 = r.flags("flags"); return { _: "optional", title: fl0 & 0x2 ? r.string() : undefined };');
    expect(body(readers, "readTriState")).toBe('const fl0 = r.flags("flags"); return { _: "triState", enabled: fl0 & 0x1 ? r.bool() : undefined };');
  });

  it("reads flags2 inside the literal, just before the first field after it", () => {
    expect(body(readers, "readTwoWords")).toBe(
      'const fl0 = r.flags("flags"); let fl1 = 0; return { _: "twoWords", a: fl0 & 0x1 ? r.int() : undefined, b: ((fl1 = r.flags("flags2")), fl1 & 0x8 ? r.long() : undefined), };',
    );
  });

  it("casts a literal with all-or-none fields to its type, and only then", () => {
    expect(body(readers, "readSharedBit")).toBe(
      'const fl0 = r.flags("flags"); return { _: "sharedBit", offsetDate: fl0 & 0x4 ? r.int() : undefined, offsetLink: fl0 & 0x4 ? r.string() : undefined, } as SharedBit;',
    );
    expect(body(readers, "readSharedTrue")).not.toContain(" as ");
  });

  it("reads vectors with their least element size, bare constructors through their reader", () => {
    expect(body(readers, "readVectors")).toBe(
      'return { _: "vectors", ids: readVector(r, true, 8, readLongItem), names: readVector(r, false, 4, readStringItem), nested: readVector(r, true, 8, (x) => readVector(x, true, 4, readIntItem)), };',
    );
    expect(body(readers, "readBareHolder")).toBe('return { _: "bareHolder", one: readPair(r), many: readVector(r, false, 8, readPair) };');
  });
});

describe("a union's reader", () => {
  it("dispatches on its constructors' hex ids, building a fieldless constructor in place", () => {
    expect(body(readers, "readTypeInputPeer")).toBe(
      "r.enter(); const id = r.id(); switch (id) { " +
        'case 0x7f3b18ea: return r.leave({ _: "inputPeerEmpty" }); ' +
        'case 0x7da07ec9: return r.leave({ _: "inputPeerSelf" }); ' +
        "case 0xdde8a54c: return r.leave(readInputPeerUser(r)); " +
        'default: return r.unknown(id, "InputPeer"); }',
    );
  });
});

describe("a constructor's writer", () => {
  it("writes required fields in order, and nothing for flags words", () => {
    expect(body(writers, "writeInputPeerUser")).toBe("w.long(v.userId); w.long(v.accessHash);");
    expect(body(writers, "writeFixedSizes")).toBe("w.fixed(v.nonce, 16); w.fixed(v.key, 32);");
  });

  it("reserves a flags word, sets a `?true`'s bit and an optional's when present, then patches the word", () => {
    expect(body(writers, "writeTrueFlag")).toBe("const at0 = w.slot(); let fl0 = 0; fl0 |= trueFlag(v.silent, 0x1); w.patch(at0, fl0);");
    expect(body(writers, "writeTriState")).toBe("const at0 = w.slot(); let fl0 = 0; const $enabled = v.enabled; if ($enabled != null) { fl0 |= 0x1; w.bool($enabled); } w.patch(at0, fl0);");
  });

  it("keeps a word per flags field in flags2 schemas, each patched at the end", () => {
    expect(body(writers, "writeTwoWords")).toBe(
      "const at0 = w.slot(); let fl0 = 0; const $a = v.a; if ($a != null) { fl0 |= 0x1; w.int($a); } " +
        "const at1 = w.slot(); let fl1 = 0; const $b = v.b; if ($b != null) { fl1 |= 0x8; w.long($b); } " +
        "w.patch(at0, fl0); w.patch(at1, fl1);",
    );
  });

  it("checks fields on one bit all-or-none before writing any, and a `?true` on a value's bit against it", () => {
    expect(body(writers, "writeSharedBit")).toBe(
      "const at0 = w.slot(); let fl0 = 0; const $offsetDate = v.offsetDate; const $offsetLink = v.offsetLink; const g0_2 = $offsetDate != null; " +
        'if (($offsetLink != null) !== g0_2) throw partialGroup(["offsetDate", "offsetLink"], [$offsetDate, $offsetLink], "flags.2"); ' +
        "if (g0_2) fl0 |= 0x4; if (g0_2) w.int($offsetDate!); if (g0_2) w.string($offsetLink!); w.patch(at0, fl0);",
    );
    expect(body(writers, "writeSharedTrue")).toBe(
      'const at0 = w.slot(); let fl0 = 0; const $until = v.until; const g0_0 = $until != null; derivedFlag(v.pinned, g0_0, "pinned", ["until"], "flags.0"); ' +
        "if (g0_0) fl0 |= 0x1; if (g0_0) w.int($until!); w.patch(at0, fl0);",
    );
  });

  it("writes vectors with their item writers, nested ones through a nested writer", () => {
    expect(body(writers, "writeVectors")).toBe(
      "writeVector(w, v.ids, true, writeLongItem); writeVector(w, v.names, false, writeStringItem); writeVector(w, v.nested, true, (y, x) => writeVector(y, x, true, writeIntItem));",
    );
    expect(body(writers, "writeBareHolder")).toBe("writePair(w, v.one); writeVector(w, v.many, false, writePair);");
  });
});

describe("a union's writer", () => {
  it("writes the constructor's id, then its fields (none for a fieldless one), and refuses anything else", () => {
    expect(body(writers, "writeTypeInputPeer")).toBe(
      "w.enter(v); switch (v?._) { " +
        'case "inputPeerEmpty": w.id(0x7f3b18ea); break; ' +
        'case "inputPeerSelf": w.id(0x7da07ec9); break; ' +
        'case "inputPeerUser": w.id(0xdde8a54c); writeInputPeerUser(w, v); break; ' +
        'default: throw notInUnion(v, "InputPeer"); } w.leave();',
    );
  });

  it("calls a writer of writers.ts from result-writers.ts through its import", () => {
    expect(body(resultWriters, "writeAnswer")).toBe("w.int(v.count); writeTypeInputUser(w, v.from);");
  });
});
