// Constructor ids: the CRC32 of the normalized TL line. The rules, verified on the real files:
//  1. drop the `#id` and the `;`;
//  2. a field's own type `bytes` counts as `string` (but `Vector<bytes>` stays);
//  3. `<` becomes a space; remove `>`, `{` and `}`;
//  4. drop every `name:flagsK.N?true` field;
//  5. collapse whitespace.
import { isTrueFlag, type Generic, type Param } from "./ir.ts";
import { printParam } from "./canonical.ts";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC32 (IEEE) of the UTF-8 bytes of `text`. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function forIdLine(p: Param): string {
  if (p.kind === "value" && p.type.kind === "primitive" && p.type.name === "bytes") {
    return printParam({ ...p, type: { kind: "primitive", name: "string" } });
  }
  return printParam(p);
}

/** The text whose CRC32 is the id (rules 1-5 applied). */
export function normalizedLine(parts: { name: string; generics: Generic[]; params: Param[] | string; result: string }): string {
  const params = typeof parts.params === "string" ? [parts.params] : parts.params.filter((p) => !isTrueFlag(p)).map(forIdLine);
  const generics = parts.generics.map((g) => `{${g.name}:${g.type}}`);
  const line = [parts.name, ...generics, ...params, "=", parts.result].join(" ");
  return line.replace(/</g, " ").replace(/[>{}]/g, "").replace(/\s+/g, " ").trim();
}

export function computeId(parts: { name: string; generics: Generic[]; params: Param[] | string; result: string }): number {
  return crc32(normalizedLine(parts));
}

