// The earlier forms the bundled package reads, as the generator plans them, and a way to write
// values of an old form with its old TL line: the old fields in old order with their old flag
// bits, nested values through today's writers (today's ids are read at any layer). Random values
// of an old form come from its own fields (fields sharing a bit all or none).
import { readFileSync } from "node:fs";
import fc from "fast-check";
import * as root from "tl-invite";
import * as codecs from "tl-invite/codecs";
import { validateHistory, type LayerHistory } from "../../generator/layers/history.ts";
import { selectForms } from "../../generator/layers/select-forms.ts";
import { buildPlan } from "../../generator/plan/build-plan.ts";
import type { OlderFormPlan } from "../../generator/plan/older-form-plan.ts";
import type { ConstructorPlan, FieldPlan, PackagePlan, WireType } from "../../generator/plan/plan.ts";
import { EMPTY_DOCS } from "../../generator/model/schema-docs.ts";
import { BUNDLED } from "../../generator/input/project-files.ts";
import { arbitraryFor } from "./arbitraries.ts";
import { testSchema } from "./schema-model.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const api = { ...root, ...codecs } as any;
const VECTOR_ID = 0x1cb5c415;

export function bundledHistory(): LayerHistory {
  return validateHistory(JSON.parse(readFileSync(BUNDLED.layerHistory, "utf8")), BUNDLED.layerHistory);
}

let cached: PackagePlan | null = null;

/** The plan of the bundled package with the whole history, as `npm run generate` makes it. */
export function historyPlan(): PackagePlan {
  if (cached) return cached;
  const s = testSchema();
  const layer = s.model.layer!;
  const older = selectForms(bundledHistory(), layer, null, s.closure.constructors, s.model);
  cached = buildPlan({ closure: s.closure, docs: EMPTY_DOCS, layer, packageName: "test", schemaFiles: [], regenerate: "", older });
  return cached;
}

export interface OlderCase {
  today: ConstructorPlan;
  form: OlderFormPlan;
  /** The union it is read as. */
  union: string;
}

/** Every old form the package reads, with today's constructor. */
export function olderCases(): OlderCase[] {
  return historyPlan().constructors.flatMap((today) => today.older.map((form) => ({ today, form, union: today.union!.tlName })));
}

function writeValue(w: InstanceType<typeof root.TlWriter>, t: WireType, v: unknown): void {
  switch (t.kind) {
    case "primitive":
      if (t.name === "int128" || t.name === "int256") return w.fixed(v as Uint8Array, t.name === "int128" ? 16 : 32);
      return (w as unknown as Record<string, (x: unknown) => void>)[t.name](v);
    case "bool":
      return w.bool(v as boolean);
    case "union":
      return api[t.union.writer](w, v);
    case "bare":
      return t.ctor.layout.length ? api[t.ctor.writer](w, v) : undefined;
    case "vector": {
      if (t.boxed) w.id(VECTOR_ID);
      const list = v as unknown[];
      w.int(list.length);
      for (const x of list) writeValue(w, t.element, x);
      return;
    }
    default:
      throw new Error(`no old form has a ${t.kind} field`);
  }
}

/** The bytes of an old form's value (keyed by property names): its old id, then its old fields. */
export function encodeOlder(form: OlderFormPlan, value: Record<string, unknown>): Uint8Array {
  const write = (w: InstanceType<typeof root.TlWriter>, v: Record<string, unknown>) => {
    w.id(form.id);
    for (const item of form.layout) {
      if (item.kind === "word") {
        let word = 0;
        for (const f of form.fields) {
          if (f.condition?.word !== item.word) continue;
          if (f.role === "flag" ? v[f.prop] === true : v[f.prop] !== undefined) word |= 1 << f.condition.bit;
        }
        w.int(word | 0);
      } else if (item.field.role !== "flag" && (item.field.role === "required" || v[item.field.prop] !== undefined)) writeValue(w, item.field.wire, v[item.field.prop]);
    }
  };
  return api.encodeWith(write, value, form.tl.name);
}

/** Random values of an old form: each field from its old type; the fields on one bit present together. */
export function olderArbitrary(form: OlderFormPlan): fc.Arbitrary<Record<string, unknown>> {
  const bits = new Map<string, FieldPlan[]>();
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of form.fields) {
    if (f.role === "required") parts[f.prop] = arbitraryFor(f.param.type, 1);
    else if (f.role === "flag" && !form.fields.some((o) => o.role === "optional" && o.condition?.word === f.condition!.word && o.condition.bit === f.condition!.bit)) parts[f.prop] = fc.boolean();
    else {
      const key = `${f.condition!.word.index}.${f.condition!.bit}`;
      bits.set(key, [...(bits.get(key) ?? []), f]);
    }
  }
  const groups = [...bits.values()].map((members) =>
    fc.option(fc.record(Object.fromEntries(members.filter((m) => m.role === "optional").map((m) => [m.prop, arbitraryFor(m.param.type, 1)]))), { nil: undefined }).map((vals) => {
      const out: Record<string, unknown> = { ...(vals ?? {}) };
      for (const m of members) if (m.role === "flag") out[m.prop] = vals !== undefined;
      return out;
    }),
  );
  return fc.tuple(fc.record(parts), ...groups).map(([base, ...gs]) => Object.assign({}, base, ...gs));
}
