// Deterministic sample values for any TL type, driven by the schema model: edge cases for
// primitives (int32 bounds, int64 bounds, strings of 253/254+ bytes, unicode), and for unions a
// constructor chosen by the seed, staying shallow so values stay finite.
import type { Combinator, TypeRef, ValueParam } from "../../generator/model/ir.ts";
import { leastRankConstructors, planOf, testSchema } from "./schema-model.ts";

const INTS = [43, -1, 0, -2147483648, 2147483647, 1];
const LONGS = [1234567890123n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 0n, 5n];
const STRINGS = ["My very normal title", "", "x".repeat(253), "y".repeat(254), "héllo wörld 🎉 привет 日本", "z".repeat(1000), "a"];
const DOUBLES = [1.5, -0.25, 0, 1e300, -123456.789];

export type Value = unknown;


export function sampleValue(t: TypeRef, seed: number, depth = 0): Value {
  switch (t.kind) {
    case "primitive":
      switch (t.name) {
        case "int":
          return INTS[seed % INTS.length];
        case "long":
          return LONGS[seed % LONGS.length];
        case "double":
          return DOUBLES[seed % DOUBLES.length];
        case "string":
          return STRINGS[seed % STRINGS.length];
        case "bytes":
          return Uint8Array.from({ length: [3, 0, 253, 254, 300][seed % 5] }, (_, i) => (i * 7 + seed) & 0xff);
        case "int128":
          return Uint8Array.from({ length: 16 }, (_, i) => i + seed);
        case "int256":
          return Uint8Array.from({ length: 32 }, (_, i) => i * 3 + seed);
      }
      break;
    case "vector":
      return depth > 2 ? [] : [sampleValue(t.element, seed, depth + 1), sampleValue(t.element, seed + 1, depth + 1)].slice(0, 1 + (seed % 2));
    case "union": {
      if (t.name === "Bool") return seed % 2 === 0;
      const ctors = testSchema().union.get(t.name)!.constructors;
      return sampleObject(pickConstructor(ctors, seed, depth), seed, depth + 1);
    }
    case "bare":
      return sampleObject(t.name, seed, depth + 1);
    case "typeParam":
      throw new Error("no sample for a type parameter");
  }
}

function pickConstructor(ctors: string[], seed: number, depth: number): string {
  if (depth < 3) return ctors[seed % ctors.length];
  const pool = leastRankConstructors(ctors);
  return pool[seed % pool.length];
}

/** Fields of a combinator; `include` decides which optional ones are given. */
export function sampleFields(c: Combinator, seed: number, depth: number, include: (p: ValueParam) => boolean): Record<string, Value> {
  const plan = planOf(c);
  const out: Record<string, Value> = {};
  const groupOn = new Map<object, boolean>();
  for (const f of plan.fields) {
    if (f.role === "required") out[f.prop] = sampleValue(f.param.type, seed, depth);
    else if (f.group) {
      if (!groupOn.has(f.group)) groupOn.set(f.group, f.group.values.some((v) => include(v.param)) || f.group.derived.some((v) => include(v.param)));
      if (!groupOn.get(f.group)) continue;
      out[f.prop] = f.role === "flag" ? true : sampleValue(f.param.type, seed, depth);
    } else if (f.role === "flag") out[f.prop] = include(f.param);
    else if (include(f.param)) out[f.prop] = sampleValue(f.param.type, seed, depth);
  }
  return out;
}

export function sampleObject(name: string, seed: number, depth: number): Record<string, Value> {
  const c = testSchema().ctor.get(name)!;
  return { _: name, ...sampleFields(c, seed, depth, () => depth < 3 && seed % 3 !== 2) };
}

/** Parameter sets for a method: required only, each optional alone, all, across seeds. */
export function requestVariants(f: Combinator): { label: string; params: Record<string, Value> }[] {
  const optional = f.params.filter((p): p is ValueParam => p.kind === "value" && p.condition !== null);
  const variants: { label: string; params: Record<string, Value> }[] = [];
  for (let seed = 0; seed < 7; seed++) {
    variants.push({ label: `required only, seed ${seed}`, params: sampleFields(f, seed, 0, () => false) });
    variants.push({ label: `all, seed ${seed}`, params: sampleFields(f, seed, 0, () => true) });
  }
  for (const p of optional) variants.push({ label: `only ${p.name}`, params: sampleFields(f, 3, 0, (x) => x === p) });
  // Every InputPeer kind for a peer parameter.
  const peer = f.params.find((p): p is ValueParam => p.kind === "value" && p.type.kind === "union" && p.type.name === "InputPeer");
  if (peer) {
    const kinds = testSchema().union.get("InputPeer")!.constructors;
    kinds.forEach((k, i) => {
      const params = sampleFields(f, i, 0, () => true);
      params[planOf(f).fields.find((x) => x.param === peer)!.prop] = sampleObject(k, i, 1);
      variants.push({ label: `peer ${k}`, params });
    });
  }
  return variants;
}

/** A value as a decoder returns it: every `?true` field present as a boolean, recursively. */
export function asDecoded(value: Value, t: TypeRef): Value {
  if (t.kind === "vector") return (value as Value[]).map((v) => asDecoded(v, t.element));
  if ((t.kind === "union" && t.name !== "Bool") || t.kind === "bare") {
    const obj = value as Record<string, Value>;
    const c = testSchema().ctor.get(obj._ as string)!;
    const out: Record<string, Value> = { _: obj._ };
    for (const f of planOf(c).fields) {
      if (f.role === "flag") out[f.prop] = obj[f.prop] === true || (f.group !== null && f.group.values.some((v) => obj[v.prop] != null));
      else if (obj[f.prop] != null) out[f.prop] = asDecoded(obj[f.prop], f.param.type);
    }
    return out;
  }
  return value;
}
