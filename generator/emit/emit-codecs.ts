// codecs.ts: for each constructor with fields `writeX(w, v)` / `readX(r)` (its fields, bare) and
// for each union `writeTypeX` / `readTypeX` (boxed: the id, then a dispatch over that union's own
// constructors only). A constructor without fields has no functions of its own: its union writes
// and reads its id. No global id -> function map, so a bundle keeps only what it reaches.
import { StructureKind, type FunctionDeclarationStructure } from "ts-morph";
import type { ConstructorPlan, PackagePlan, UnionPlan } from "../plan/plan.ts";
import { decodeBody, objectLiteral } from "./decode-body.ts";
import { encodeStatements } from "./encode-body.ts";
import { tsModule, type EmittedFile, type TsModule } from "./module.ts";
import { codeBlock } from "./code-block.ts";
import type { CodeImports } from "./wire-code.ts";
import type { TypeImports } from "./type-map.ts";

export function emitCodecs(plan: PackagePlan): EmittedFile[] {
  const module = tsModule("codecs.ts");
  const at: CodeImports = { imports: module.imports, codecsModule: null, runtimeDir: "./runtime" };
  const types: TypeImports = { imports: module.imports, typesModule: "./types.js", requestModule: "./runtime/request.js" };
  module.imports.type("./runtime/writer.js", "TlWriter");
  module.imports.type("./runtime/reader.js", "TlReader");
  for (const c of plan.constructors) {
    if (c.layout.length === 0) continue;
    module.statements.push(writeConstructor(c, at, types), readConstructor(c, at, types));
  }
  for (const u of plan.unions) module.statements.push(writeUnion(u, module, types), readUnion(u, module, types));
  return [module];
}

function fn(name: string, doc: string, params: string[], returnType: string, statements: string[]): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name,
    isExported: true,
    docs: [doc],
    parameters: params.map((p) => {
      const [n, type] = p.split(": ");
      return n.endsWith("?") ? { name: n.slice(0, -1), type, hasQuestionToken: true } : { name: n, type };
    }),
    returnType,
    statements: [codeBlock(statements)],
  };
}

function writeConstructor(c: ConstructorPlan, at: CodeImports, types: TypeImports): FunctionDeclarationStructure {
  const type = types.imports.type("./types.js", c.typeName);
  const body = encodeStatements(c, "v", at, types);
  return fn(c.writer, `Writes the fields of \`${c.tlName}\` (bare: without its constructor id).`, ["w: TlWriter", `v: ${type}`], "void", body);
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
  const notInUnion = module.imports.value("./runtime/codec.js", "notInUnion");
  const cases = u.constructors.flatMap((c) => {
    return [`case ${JSON.stringify(c.tlName)}:`, `  w.id(0x${c.idHex});`, ...(c.layout.length ? [`  ${c.writer}(w, v);`] : []), "  break;"];
  });
  const body = ["w.enter(f);", "switch (v?._) {", ...cases, "default:", `  throw ${notInUnion}(v, ${JSON.stringify(u.tlName)});`, "}", "w.leave(f);"];
  return fn(u.writer, `Writes a boxed \`${u.tlName}\`: the constructor id, then its fields.`, ["w: TlWriter", `v: ${type}`, "f?: string"], "void", body);
}

function readUnion(u: UnionPlan, module: TsModule, types: TypeImports): FunctionDeclarationStructure {
  const type = types.imports.type("./types.js", u.typeName);
  const layer = module.imports.value("./runtime/layer.js", "LAYER");
  const cases = u.constructors.flatMap((c) => {
    return [`case 0x${c.idHex}:`, `  v = ${c.layout.length ? `${c.reader}(r)` : `{ _: ${JSON.stringify(c.tlName)} }`};`, "  break;"];
  });
  const body = [
    "r.enter(f);",
    "const id = r.id(f);",
    `let v: ${type};`,
    "switch (id) {",
    ...cases,
    "default:",
    `  return r.unknown(id, ${JSON.stringify(u.tlName)}, ${layer});`,
    "}",
    "r.leave(f);",
    "return v;",
  ];
  const doc = `Reads a boxed \`${u.tlName}\`: the constructor id, then that constructor's fields. Only \`${u.tlName}\`'s own constructors are accepted.`;
  return fn(u.reader, doc, ["r: TlReader", "f?: string"], type, body);
}
