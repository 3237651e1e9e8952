// The code that reads a combinator's fields, for constructor readers and requests' readFrom: the
// first flags word into a local, then one object literal whose properties read the fields in
// wire order (property values are evaluated in order). A later flags word (`flags2:#`) is read
// inside the literal, by the first property after it.
import type { CombinatorPlan } from "../plan/plan.ts";
import { flagMask } from "./type-map.ts";
import { readCode, type CodeImports } from "./wire-code.ts";

/** Statements before the literal, its properties (`name: expression`) in wire order, and reads after it. */
export interface DecodeBody {
  lines: string[];
  props: string[];
  /** Flags words after the last field (no real schema has one): read once the literal is built. */
  trailing: string[];
}

const word = (index: number): string => `fl${index}`;

export function decodeBody(c: CombinatorPlan, at: CodeImports, leading: string[] = []): DecodeBody {
  const lines: string[] = [];
  const props = [...leading];
  let pendingWords: string[] = [];
  for (const item of c.layout) {
    if (item.kind === "word") {
      const read = `r.flags(${JSON.stringify(item.word.tlName)})`;
      if (props.length === leading.length && lines.length === item.word.index) lines.push(`const ${word(item.word.index)} = ${read};`);
      else {
        lines.push(`let ${word(item.word.index)} = 0;`);
        pendingWords.push(`(${word(item.word.index)} = ${read})`);
      }
      continue;
    }
    const f = item.field;
    let value: string;
    if (f.role === "flag") value = `(${word(f.condition!.word.index)} & ${flagMask(f.condition!.bit)}) !== 0`;
    else if (f.role === "optional") value = `${word(f.condition!.word.index)} & ${flagMask(f.condition!.bit)} ? ${readCode(f.wire, at)} : undefined`;
    else value = readCode(f.wire, at);
    if (pendingWords.length) {
      value = `(${[...pendingWords, value].join(", ")})`;
      pendingWords = [];
    }
    props.push(`${f.prop}: ${value}`);
  }
  return { lines, props, trailing: pendingWords.map((w) => `${w};`) };
}

/** `{ a: x, b: y }`, on one line when short, else one property per line. */
export function objectLiteral(props: string[]): string {
  const one = `{ ${props.join(", ")} }`;
  // Multi-line: codeBlock() indents the properties.
  return one.length <= 80 && !one.includes("\n") ? one : `{\n${props.map((p) => `${p},`).join("\n")}\n}`;
}
