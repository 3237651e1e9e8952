// The readers of constructors' earlier forms (older-readers.ts): one function per form, reached
// only from the switch of the union that accepts it, so a consumer that never meets an old id
// runs none of them, and a bundler that drops a union's reader drops its old forms too. Each
// reads the old fields in wire order into locals, then builds today's object in today's field
// order (the same shape as today's reader builds), and records the layer it came from.
import type { FunctionDeclarationStructure } from "ts-morph";
import { StructureKind } from "./structure-kind.ts";
import type { ConstructorPlan, FieldPlan } from "../plan/plan.ts";
import type { OlderFormPlan, OlderValue } from "../plan/older-form-plan.ts";
import { printCombinator } from "../model/canonical.ts";
import { codeBlock } from "./code-block.ts";
import { objectLiteral } from "./decode-body.ts";
import { flagMask, type TypeImports } from "./type-map.ts";
import { readCode, type CodeImports } from "./wire-code.ts";
import { RUNTIME } from "./runtime-modules.ts";

/** The module the old forms' readers are in. */
export const OLDER_READERS = "older-readers";

const word = (index: number): string => `fl${index}`;
const local = (index: number): string => `x${index}`;
const bitTest = (f: FieldPlan): string => `(${word(f.condition!.word.index)} & ${flagMask(f.condition!.bit)}) !== 0`;

export function readOlderForm(c: ConstructorPlan, form: OlderFormPlan, at: CodeImports, types: TypeImports): FunctionDeclarationStructure {
  const type = types.imports.type("./types.js", c.typeName);
  at.imports.type(`${at.root}${RUNTIME.reader}`, "TlReader");
  const marker = at.imports.value(`${at.root}${RUNTIME.olderLayer}`, "fromOlderLayer");
  const used = new Set(form.values.flatMap((v) => (v.kind === "missing" ? [] : [v.from.tlName])));
  const names = new Map<string, string>();
  const lines: string[] = [];
  form.fields.forEach((f, i) => names.set(f.tlName, local(i)));
  for (const item of form.layout) {
    if (item.kind === "word") {
      lines.push(`const ${word(item.word.index)} = r.flags(${JSON.stringify(item.word.tlName)});`);
      continue;
    }
    const f = item.field;
    if (f.role === "flag") continue; // a bit of a word already read
    const read = readCode(f.wire, at);
    const cond = f.condition ? `${word(f.condition.word.index)} & ${flagMask(f.condition.bit)}` : null;
    // A field today's type has no place for is still read, to get past its bytes.
    if (!used.has(f.tlName)) lines.push(cond ? `if (${cond}) ${read};` : `${read};`);
    else lines.push(`const ${names.get(f.tlName)} = ${cond ? `${cond} ? ${read} : undefined` : read};`);
  }
  const props = [`_: ${JSON.stringify(c.tlName)}`, ...form.values.map((v) => `${v.field.prop}: ${valueCode(v, names)}`)];
  const literal = objectLiteral(props) + (c.typedGroups.length ? ` as ${type}` : "");
  const doc = `Reads \`${c.tlName}#${form.idHex}\`, its form at layers ${form.layers[0]} to ${form.layers[1]}, into today's \`${c.tlName}\` (bare: its id already read).\n\n\`${printCombinator(form.tl)}\``;
  return {
    kind: StructureKind.Function,
    name: form.reader,
    isExported: true,
    docs: [doc],
    parameters: [{ name: "r", type: "TlReader" }],
    returnType: type,
    statements: [codeBlock([...lines, `return ${marker}(${literal}, ${form.layers[1]});`])],
  };
}

function valueCode(v: OlderValue, names: ReadonlyMap<string, string>): string {
  if (v.kind === "missing") return v.value;
  const x = v.from.role === "flag" ? bitTest(v.from) : names.get(v.from.tlName)!;
  const optional = v.from.role === "optional";
  switch (v.kind) {
    case "same":
      return v.zero === null ? x : `${x} ?? ${v.zero}`;
    case "widen":
      return optional ? `${x} === undefined ? undefined : BigInt(${x})` : `BigInt(${x})`;
    case "wrap": {
      const fields = v.ctor.fields.map((f) => `${f.prop}: ${f === v.into ? x : f.role === "flag" ? "false" : "undefined"}`);
      const obj = `{ ${[`_: ${JSON.stringify(v.ctor.tlName)}`, ...fields].join(", ")} }`;
      return optional ? `${x} === undefined ? undefined : ${obj}` : obj;
    }
  }
}
