// The codecs, in three modules so that a client loads only what it uses: readers.ts (`readX(r)`
// for every constructor with fields, its fields bare; `readTypeX(r)` for every union, boxed),
// writers.ts (`writeX(w, v)` / `writeTypeX` for the types a request's parameters reach: what
// sending needs) and result-writers.ts (the other writers: what servers and tests need); codecs.ts
// exports all three. A union dispatches over its own constructors only; a constructor without
// fields has no functions of its own (its union writes and reads its id). No global id ->
// function map, so a bundle keeps only what it reaches.
import { StructureKind } from "./structure-kind.ts";
import type { FunctionDeclarationStructure } from "ts-morph";
import type { ConstructorPlan, PackagePlan, UnionPlan } from "../plan/plan.ts";
import { decodeBody, objectLiteral } from "./decode-body.ts";
import { encodeStatements } from "./encode-body.ts";
import { tsModule, type EmittedFile, type TsModule } from "./module.ts";
import { codeBlock } from "./code-block.ts";
import { writerModule, type CodeImports, type CodecModule } from "./wire-code.ts";
import type { TypeImports } from "./type-map.ts";
import { RUNTIME } from "./runtime-modules.ts";
import { OLDER_READERS, readOlderForm } from "./emit-older-readers.ts";
import { formatId } from "../model/canonical.ts";

/** Runtime names codecs.ts exports beside the codecs: what they are used with. */
export const CODEC_COMPANIONS: readonly (readonly [string, readonly string[]])[] = [
  [`./${RUNTIME.encode}`, ["encodeWith"]],
  [`./${RUNTIME.decode}`, ["decodeWith"]],
  [`./${RUNTIME.reader}`, ["TlReader"]],
  [`./${RUNTIME.writer}`, ["TlWriter"]],
];

export function emitCodecs(plan: PackagePlan): EmittedFile[] {
  const modules = new Map<CodecModule, TsModule>();
  const moduleFor = (name: CodecModule) => {
    let m = modules.get(name);
    if (!m) modules.set(name, (m = tsModule(`${name}.ts`)));
    return m;
  };
  const at = (name: CodecModule): CodeImports => ({ imports: moduleFor(name).imports, module: name, root: "./" });
  const types = (name: CodecModule): TypeImports => ({ imports: moduleFor(name).imports, typesModule: "./types.js", requestModule: `./${RUNTIME.tlRequest}` });
  for (const name of ["readers", "writers", "result-writers"] as const) {
    moduleFor(name).imports.type(name === "readers" ? `./${RUNTIME.reader}` : `./${RUNTIME.writer}`, name === "readers" ? "TlReader" : "TlWriter");
  }
  for (const c of plan.constructors) {
    if (c.layout.length === 0) continue;
    const w = writerModule(c);
    moduleFor(w).statements.push(writeConstructor(c, at(w), types(w)));
    moduleFor("readers").statements.push(readConstructor(c, at("readers"), types("readers")));
    // Old forms in a module of their own (created only when some constructor has one).
    for (const form of c.older.filter((f) => !f.viaToday)) moduleFor(OLDER_READERS).statements.push(readOlderForm(c, form, at(OLDER_READERS), types(OLDER_READERS)));
  }
  for (const u of plan.unions) {
    const w = writerModule(u);
    moduleFor(w).statements.push(writeUnion(u, moduleFor(w), types(w)));
    moduleFor("readers").statements.push(readUnion(u, moduleFor("readers"), types("readers"), knownIds(plan, u)));
  }
  const all = tsModule("codecs.ts");
  for (const name of ["readers", "writers", "result-writers"] as const) {
    all.statements.push({ kind: StructureKind.ExportDeclaration, moduleSpecifier: `./${name}.js` });
  }
  // What the codecs are used with, so one import does.
  for (const [specifier, names] of CODEC_COMPANIONS) all.statements.push({ kind: StructureKind.ExportDeclaration, moduleSpecifier: specifier, namedExports: [...names] });
  return [...modules.values(), all];
}

function fn(name: string, doc: string, params: string[], returnType: string, statements: string[]): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name,
    isExported: true,
    docs: [doc],
    parameters: params.map((p) => {
      const [n, type] = p.split(": ");
      return { name: n, type };
    }),
    returnType,
    statements: [codeBlock(statements)],
  };
}

function writeConstructor(c: ConstructorPlan, at: CodeImports, types: TypeImports): FunctionDeclarationStructure {
  const type = types.imports.type("./types.js", c.typeName);
  return fn(c.writer, `Writes the fields of \`${c.tlName}\` (bare: without its constructor id).`, ["w: TlWriter", `v: ${type}`], "void", encodeStatements(c, "v", at, types));
}

function readConstructor(c: ConstructorPlan, at: CodeImports, types: TypeImports): FunctionDeclarationStructure {
  const type = types.imports.type("./types.js", c.typeName);
  const { lines, props, trailing } = decodeBody(c, at, [`_: ${JSON.stringify(c.tlName)}`]);
  // All-or-none groups read as independent optionals: the type's alternatives need a cast.
  const literal = objectLiteral(props) + (c.typedGroups.length ? ` as ${type}` : "");
  const body = trailing.length ? [...lines, `const v: ${type} = ${literal};`, ...trailing, "return v;"] : [...lines, `return ${literal};`];
  return fn(c.reader, `Reads the fields of \`${c.tlName}\` (bare: its constructor id already read).`, ["r: TlReader"], type, body);
}

function writeUnion(u: UnionPlan, module: TsModule, types: TypeImports): FunctionDeclarationStructure {
  const type = types.imports.type("./types.js", u.typeName);
  const notInUnion = module.imports.value(`./${RUNTIME.codec}`, "notInUnion");
  const cases = u.constructors.flatMap((c) => {
    const call = c.layout.length === 0 ? [] : [`  ${writerModule(c) === writerModule(u) ? c.writer : module.imports.value(`./${writerModule(c)}.js`, c.writer)}(w, v);`];
    return [`case ${JSON.stringify(c.tlName)}:`, `  w.id(0x${c.idHex});`, ...call, "  break;"];
  });
  const body = ["w.enter(v);", "switch (v?._) {", ...cases, "default:", `  throw ${notInUnion}(v, ${JSON.stringify(u.tlName)});`, "}", "w.leave();"];
  return fn(u.writer, `Writes a boxed \`${u.tlName}\`: the constructor id, then its fields.`, ["w: TlWriter", `v: ${type}`], "void", body);
}

/**
 * The ids of other layers the package knows for a union's constructors but does not read, as the
 * runtime's unknown-id message takes them (`hexId name first last why;...`): each union carries
 * only its own, so a bundle gets the list of the unions it reads and no global table.
 */
function knownIds(plan: PackagePlan, u: UnionPlan): string {
  const names = new Set(u.constructors.map((c) => c.tlName));
  return plan.layers.known
    .filter((k) => names.has(k.name))
    .map((k) => `${formatId(k.id)} ${k.name} ${k.layers[0]} ${k.layers[1]} ${k.why[0]}`)
    .join(";");
}

function readUnion(u: UnionPlan, module: TsModule, types: TypeImports, known: string): FunctionDeclarationStructure {
  const type = types.imports.type("./types.js", u.typeName);
  const cases = u.constructors.flatMap((c) => [`case 0x${c.idHex}:`, `  return r.leave(${c.layout.length ? `${c.reader}(r)` : `{ _: ${JSON.stringify(c.tlName)} }`});`]);
  // Earlier forms after today's: the ids of older layers, each to a reader of its own.
  // A form today's reader reads as it is goes to it, marked with its layer; the others to their own readers.
  const older = u.constructors.flatMap((c) =>
    c.older.flatMap((f) => [
      `case 0x${f.idHex}:`,
      f.viaToday
        ? `  return r.leave(${module.imports.value(`./${RUNTIME.olderLayer}`, "fromOlderLayer")}(${c.reader}(r), ${f.layers[1]}));`
        : `  return r.leave(${module.imports.value(`./${OLDER_READERS}.js`, f.reader)}(r));`,
    ]),
  );
  const body = ["r.enter();", "const id = r.id();", "switch (id) {", ...cases, ...older, "default:", `  return r.unknown(id, ${JSON.stringify(u.tlName)}${known ? `, ${JSON.stringify(known)}` : ""});`, "}"];
  const doc = `Reads a boxed \`${u.tlName}\`: the constructor id, then that constructor's fields. Only \`${u.tlName}\`'s own constructors are accepted.`;
  return fn(u.reader, doc, ["r: TlReader"], type, body);
}
