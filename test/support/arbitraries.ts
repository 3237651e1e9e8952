// fast-check arbitraries for any TL type in the schema model: full int32/int64 ranges, any
// double, unicode strings short and long (past the 253-byte header switch), byte arrays, and
// objects whose `?true` fields are booleans and whose shared-bit fields come all or none.
import fc from "fast-check";
import type { TypeRef } from "../../generator/model/ir.ts";
import { leastRankConstructors, planOf, testSchema } from "./schema-model.ts";

type Arb = fc.Arbitrary<unknown>;
const MAX_DEPTH = 3;

const primitives: Record<string, Arb> = {
  int: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  long: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
  double: fc.double(),
  string: fc.oneof({ weight: 4, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) }, { weight: 1, arbitrary: fc.string({ minLength: 240, maxLength: 300 }) }),
  bytes: fc.oneof({ weight: 4, arbitrary: fc.uint8Array({ maxLength: 20 }) }, { weight: 1, arbitrary: fc.uint8Array({ minLength: 250, maxLength: 300 }) }),
  int128: fc.uint8Array({ minLength: 16, maxLength: 16 }),
  int256: fc.uint8Array({ minLength: 32, maxLength: 32 }),
};

const cache = new Map<string, Arb>();

export function arbitraryFor(t: TypeRef, depth = 0): Arb {
  switch (t.kind) {
    case "primitive":
      return primitives[t.name];
    case "vector":
      return depth < MAX_DEPTH ? fc.array(arbitraryFor(t.element, depth + 1), { maxLength: 3 }) : fc.constant([]);
    case "union": {
      if (t.name === "Bool") return fc.boolean();
      const all = testSchema().union.get(t.name)!.constructors;
      // Deep down, only least-rank constructors: each step lowers the rank, so values stay finite.
      const ctors = depth < MAX_DEPTH ? all : leastRankConstructors(all);
      return fc.oneof(...ctors.map((c) => objectArbitrary(c, depth + 1)));
    }
    case "bare":
      return objectArbitrary(t.name, depth + 1);
    case "typeParam":
      throw new Error("no arbitrary for a type parameter");
  }
}

export function objectArbitrary(name: string, depth = 0): Arb {
  const key = `${name}@${Math.min(depth, MAX_DEPTH + 1)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const c = testSchema().ctor.get(name)!;
  const plan = planOf(c);
  const deeper = depth > MAX_DEPTH;
  const fields: Record<string, Arb> = {};
  const required: string[] = [];
  for (const f of plan.fields) {
    if (f.group || (deeper && f.role === "optional")) continue;
    if (f.role === "flag") fields[f.prop] = fc.boolean();
    else fields[f.prop] = arbitraryFor(f.param.type, depth);
    if (f.role !== "optional") required.push(f.prop);
  }
  const base = fc.record(fields, { requiredKeys: required });
  const groups = plan.groups.map((g) =>
    (deeper ? fc.constant(undefined) : fc.option(fc.record(Object.fromEntries(g.values.map((v) => [v.prop, arbitraryFor(v.param.type, depth)]))), { nil: undefined })).map((vals) => {
      const out: Record<string, unknown> = { ...(vals ?? {}) };
      for (const d of g.derived) out[d.prop] = vals !== undefined;
      return out;
    }),
  );
  const arb = fc.tuple(base, ...groups).map(([b, ...gs]) => Object.assign({ _: name }, b, ...gs));
  cache.set(key, arb);
  return arb;
}
