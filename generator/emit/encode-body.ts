// The statements that write a combinator's fields, for constructors (value `v`) and requests
// (value `this`). Each field is read from the object exactly once; a flags word is reserved
// where it goes and filled in at the end, from the same reads that wrote the fields, so a getter
// that answers differently the second time cannot set a bit without its value. Fields sharing a
// bit are read together and checked all-or-none before any of them is written.
import type { CombinatorPlan, FieldPlan, FlagGroup } from "../plan/plan.ts";
import { flagMask, tsType } from "./type-map.ts";
import { runtimeCodec, writeCode, type CodeImports } from "./wire-code.ts";
import type { TypeImports } from "./type-map.ts";
import { stringArray } from "./code-block.ts";

const word = (index: number): string => `fl${index}`;
const slot = (index: number): string => `at${index}`;
const local = (f: FieldPlan): string => `$${f.prop}`;
const groupLocal = (g: FlagGroup): string => `g${g.word.index}_${g.bit}`;

/** The statements writing every field of `c` in wire order; empty when it has none. */
export function encodeStatements(c: CombinatorPlan, obj: string, at: CodeImports, types: TypeImports): string[] {
  const out: string[] = [];
  const used = new Set(c.fields.filter((f) => f.condition).map((f) => f.condition!.word.index));
  const done = new Set<FlagGroup>();
  for (const item of c.layout) {
    if (item.kind === "word") {
      // A flags word no field uses is always 0.
      if (used.has(item.word.index)) out.push(`const ${slot(item.word.index)} = w.slot();`, `let ${word(item.word.index)} = 0;`);
      else out.push("w.id(0);");
      continue;
    }
    const f = item.field;
    if (f.group) {
      if (!done.has(f.group)) {
        done.add(f.group);
        out.push(...groupCheck(f.group, obj, at));
      }
      // The group's presence test is one boolean TS cannot narrow from: assert.
      if (f.role === "optional") out.push(`if (${groupLocal(f.group)}) ${value(f, `${local(f)}!`, at, types)}`);
      continue;
    }
    if (f.role === "flag") {
      const cond = f.condition!;
      out.push(`${word(cond.word.index)} |= ${runtimeCodec(at, "trueFlag")}(${obj}.${f.prop}, ${flagMask(cond.bit)});`);
    } else if (f.role === "optional") {
      const cond = f.condition!;
      out.push(`const ${local(f)} = ${obj}.${f.prop};`, `if (${local(f)} != null) {`, `${word(cond.word.index)} |= ${flagMask(cond.bit)};`, value(f, local(f), at, types), "}");
    } else {
      out.push(value(f, `${obj}.${f.prop}`, at, types));
    }
  }
  for (const index of [...used].sort((a, b) => a - b)) out.push(`w.patch(${slot(index)}, ${word(index)});`);
  return out.filter((line) => line !== "");
}

/** The write of one field's value. A request's peer field is typed wider (it takes names and ids too). */
function value(f: FieldPlan, expr: string, at: CodeImports, types: TypeImports): string {
  const typed = f.peer ? `${expr} as ${tsType(f.wire, types)}` : expr;
  return writeCode(f.wire, typed, at);
}

/** Reads a group's fields together, checks them all-or-none, and sets its bit. */
function groupCheck(g: FlagGroup, obj: string, at: CodeImports): string[] {
  const present = groupLocal(g);
  const bit = JSON.stringify(`${g.word.tlName}.${g.bit}`);
  const names = g.values.map((v) => v.prop);
  const lines = g.values.map((v) => `const ${local(v)} = ${obj}.${v.prop};`);
  lines.push(`const ${present} = ${local(g.values[0])} != null;`);
  if (g.values.length > 1) {
    const others = g.values.slice(1).map((v) => `(${local(v)} != null) !== ${present}`);
    lines.push(`if (${others.join(" || ")}) throw ${runtimeCodec(at, "partialGroup")}(${stringArray(names)}, [${g.values.map(local).join(", ")}], ${bit});`);
  }
  for (const d of g.derived) {
    lines.push(`${runtimeCodec(at, "derivedFlag")}(${obj}.${d.prop}, ${present}, ${JSON.stringify(d.prop)}, ${stringArray(names)}, ${bit});`);
  }
  lines.push(`if (${present}) ${word(g.word.index)} |= ${flagMask(g.bit)};`);
  return lines;
}
