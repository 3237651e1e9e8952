// codecs.ts: for each constructor in the closure `writeX(w, v)` / `readX(r)` (its fields,
// bare) and for each union `writeTypeX` / `readTypeX` (boxed: the id, then a dispatch over
// that union's own constructors only). No global id -> function map, so a bundle keeps only
// what it reaches.
import { StructureKind, type FunctionDeclarationStructure, type StatementStructures } from "ts-morph";
import type { Combinator, Union } from "../model/ir.ts";
import type { EmitContext } from "./context.ts";
import { ImportMap } from "./imports.ts";
import { constructorTypeName, decoderName, encoderName, unionTypeName } from "./names.ts";
import { planCombinator, type CombinatorPlan } from "./field-plan.ts";
import { encodeStatements, withEncodePath } from "./encode-body.ts";
import { readExpression, RUNTIME, type CodecSource } from "./wire-expr.ts";
import { flagMask } from "./type-map.ts";
import { formatId } from "../model/canonical.ts";

const TYPES = "./types.js";

export function emitCodecs(ctx: EmitContext): { imports: ImportMap; statements: StatementStructures[] } {
  const imports = new ImportMap();
  const src: CodecSource = { imports, codecsModule: null, runtimeModule: RUNTIME };
  imports.type(RUNTIME, "TlWriter");
  imports.type(RUNTIME, "TlReader");
  const statements: StatementStructures[] = [];
  for (const c of ctx.closure.constructors) statements.push(writeConstructor(c, ctx, src), readConstructor(c, ctx, src));
  for (const u of ctx.closure.unions) statements.push(writeUnion(u, ctx, src), readUnion(u, ctx, src));
  return { imports, statements };
}

function fn(name: string, docs: string, params: [string, string][], returnType: string, body: string[]): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name,
    isExported: true,
    docs: [docs],
    parameters: params.map(([n, type]) => ({ name: n, type })),
    returnType,
    statements: body,
  };
}

function writeConstructor(c: Combinator, ctx: EmitContext, src: CodecSource): FunctionDeclarationStructure {
  const type = src.imports.type(TYPES, constructorTypeName(c.name));
  const body = withEncodePath(encodeStatements(c, planCombinator(c, false), "v", ctx, src), src);
  const params: [string, string][] = body.length ? [["w", "TlWriter"], ["v", type]] : [["_w", "TlWriter"], ["_v", type]];
  return fn(encoderName(constructorTypeName(c.name)), `Writes the fields of \`${c.name}\` (bare: without its constructor id).`, params, "void", body);
}

/** The statements reading a combinator's fields into locals, and the properties they make. */
export function decodeBody(c: Combinator, plan: CombinatorPlan, ctx: EmitContext, src: CodecSource): { lines: string[]; props: string[] } {
  const lines: string[] = [];
  const props: string[] = [];
  const byParam = new Map(plan.fields.map((f) => [f.param, f]));
  for (const p of c.params) {
    if (p.kind === "flags") {
      lines.push(`f = ${JSON.stringify(p.name)};`, `const fl_${p.name} = r.flags();`);
      continue;
    }
    const f = byParam.get(p)!;
    const local = `p_${f.prop}`;
    if (f.role === "flag") {
      const cond = p.condition!;
      props.push(`${f.prop}: (fl_${cond.flags} & ${flagMask(cond.bit)}) !== 0`);
      continue;
    }
    const read = readExpression(p.type, ctx, src);
    lines.push(`f = ${JSON.stringify(f.prop)};`);
    if (f.role === "required") lines.push(`const ${local} = ${read};`);
    else {
      const cond = p.condition!;
      lines.push(`const ${local} = fl_${cond.flags} & ${flagMask(cond.bit)} ? ${read} : undefined;`);
    }
    props.push(`${f.prop}: ${local}`);
  }
  return { lines, props };
}

/** Wraps reading statements so a failure names the field being read and the constructor. */
export function withDecodePath(lines: string[], returnStatement: string, tlName: string, src: CodecSource): string[] {
  const within = src.imports.value(src.runtimeModule, "decodeErrorWithin");
  return [`let f = "";`, "try {", ...lines, returnStatement, "} catch (e) {", `throw ${within}(e, f, r.pos, ${JSON.stringify(tlName)});`, "}"];
}

function readConstructor(c: Combinator, ctx: EmitContext, src: CodecSource): FunctionDeclarationStructure {
  const typeName = constructorTypeName(c.name);
  src.imports.type(TYPES, typeName);
  const name = decoderName(typeName);
  const doc = `Reads the fields of \`${c.name}\` (bare: its constructor id already read).`;
  if (c.params.length === 0) return fn(name, doc, [["_r", "TlReader"]], typeName, [`return { _: ${JSON.stringify(c.name)} };`]);
  const { lines, props } = decodeBody(c, planCombinator(c, false), ctx, src);
  const body = withDecodePath(lines, `return { ${[`_: ${JSON.stringify(c.name)}`, ...props].join(", ")} } as ${typeName};`, c.name, src);
  return fn(name, doc, [["r", "TlReader"]], typeName, body);
}

function writeUnion(u: Union, ctx: EmitContext, src: CodecSource): FunctionDeclarationStructure {
  const typeName = src.imports.type(TYPES, unionTypeName(u.name));
  const notInUnion = src.imports.value(RUNTIME, "notInUnion");
  const cases = u.constructors.map((name) => {
    const c = ctx.ctorByName.get(name)!;
    const call = c.params.length ? ` ${encoderName(constructorTypeName(name))}(w, v);` : "";
    return `case ${JSON.stringify(name)}: w.id(0x${formatId(c.id)});${call} return;`;
  });
  const body = [
    `if (typeof v !== "object" || v === null) throw ${notInUnion}(v, ${JSON.stringify(u.name)});`,
    "switch (v._) {",
    ...cases,
    `default: throw ${notInUnion}(v, ${JSON.stringify(u.name)});`,
    "}",
  ];
  return fn(encoderName(unionTypeName(u.name)), `Writes a boxed \`${u.name}\`: the constructor id, then its fields.`, [["w", "TlWriter"], ["v", typeName]], "void", body);
}

function readUnion(u: Union, ctx: EmitContext, src: CodecSource): FunctionDeclarationStructure {
  const typeName = src.imports.type(TYPES, unionTypeName(u.name));
  const layer = src.imports.value("./layer.js", "LAYER");
  const cases = u.constructors.map((name) => {
    const c = ctx.ctorByName.get(name)!;
    const value = c.params.length ? `${decoderName(constructorTypeName(name))}(r)` : `{ _: ${JSON.stringify(name)} }`;
    return `case 0x${formatId(c.id)}: v = ${value}; break;`;
  });
  const body = [
    "r.enter();",
    "const id = r.id();",
    `let v: ${typeName};`,
    "switch (id) {",
    ...cases,
    `default: throw r.unknown(id, ${JSON.stringify(u.name)}, ${layer});`,
    "}",
    "r.leave();",
    "return v;",
  ];
  return fn(decoderName(unionTypeName(u.name)), `Reads a boxed \`${u.name}\`: the constructor id, then that constructor's fields. Only \`${u.name}\`'s own constructors are accepted.`, [["r", "TlReader"]], typeName, body);
}
