// The plan of the earlier forms a constructor's reader also accepts (see layers/select-forms.ts):
// each old field read with its old type, then today's object built from it. A field that keeps
// its name and type maps straight across; today's field the old form lacks is absent (false for
// `?true`, a zero value for a required int, string, vector...); `int` that became `long` is
// widened; a value that became a constructor of a union is wrapped in the constructor that
// carries it (stories_max_id:int -> recentStory { max_id }); any other retyped field is read
// and dropped. Fields sharing a flag bit today come all together or not at all. A form whose
// fields need a type the package does not have, or whose required field has no value to give,
// is not read (the package names it in its unknown-id error instead).
import { formatId, printTypeRef } from "../model/canonical.ts";
import type { OlderForm } from "../layers/select-forms.ts";
import { EMPTY_DOCS } from "../model/schema-docs.ts";
import { emptyCombinator, fillCombinator } from "./plan-combinator.ts";
import type { ConstructorPlan, FieldPlan, LayoutItem, OlderFormPlan, OlderValue, Resolve } from "./plan.ts";

export type { OlderFormPlan, OlderValue } from "./plan.ts";
import { propertyName } from "./names.ts";

/** The reader of an old form: today's reader name and the newest layer the form was used at. */
export function olderReaderName(reader: string, layer: number): string {
  return `${reader}Layer${layer}`;
}

/** Plans an old form of `today`, or says why it cannot be read into today's type. */
export function planOlderForm(form: OlderForm, today: ConstructorPlan, resolve: Resolve): OlderFormPlan | { reason: string } {
  const old = form.combinator;
  if (printTypeRef(old.result) !== printTypeRef(today.tl.result)) return { reason: `it was a ${printTypeRef(old.result)}` };
  for (const p of old.params) {
    if (p.kind === "value" && p.type.kind === "bare" && p.type.name !== "true") return { reason: `its field ${p.name} is a bare ${p.type.name}` };
  }
  const plan = emptyCombinator(old, EMPTY_DOCS);
  try {
    fillCombinator(plan, old, resolve, propertyName, false);
  } catch {
    const missing = old.params.find((p) => p.kind === "value" && !resolvable(p.type, resolve));
    return { reason: `its field ${missing?.name ?? "?"} has a type this package does not have` };
  }
  const byName = new Map(plan.fields.map((f) => [f.tlName, f]));
  const values: OlderValue[] = [];
  for (const field of today.fields) {
    const value = valueOf(field, byName.get(field.tlName));
    if ("reason" in value) return value;
    values.push(value);
  }
  keepGroupsWhole(today, values, byName);
  const layout = plan.layout;
  return {
    tl: old,
    id: form.id,
    idHex: formatId(form.id),
    layers: form.layers,
    reader: olderReaderName(today.reader, form.layers[1]),
    layout: plan.layout,
    words: plan.words,
    fields: plan.fields,
    values,
    viaToday: readableByToday(today, layout, values, plan.fields),
  };
}

/** True when today's reader reads the old form's bytes into the same value its own reader would build. */
function readableByToday(today: ConstructorPlan, layout: readonly LayoutItem[], values: readonly OlderValue[], oldFields: readonly FieldPlan[]): boolean {
  if (!values.every((v) => (v.kind === "same" && v.zero === null && v.from.tlName === v.field.tlName) || (v.kind === "missing" && v.field.role !== "required"))) return false;
  const used = new Set(values.flatMap((v) => (v.kind === "same" ? [v.field.tlName] : [])));
  if (oldFields.some((f) => !used.has(f.tlName))) return false; // a field it drops
  // A bit old bytes may set must carry no value field of today's that the old form lacks.
  const oldBits = new Set(oldFields.flatMap((f) => (f.condition ? [`${f.condition.word.tlName}.${f.condition.bit}`] : [])));
  if (today.fields.some((f) => f.role === "optional" && !used.has(f.tlName) && oldBits.has(`${f.condition!.word.tlName}.${f.condition!.bit}`))) return false;
  const sig = (item: LayoutItem) =>
    item.kind === "word" ? `#${item.word.tlName}` : `${item.field.tlName}:${item.field.condition ? `${item.field.condition.word.tlName}.${item.field.condition.bit}` : ""}:${printTypeRef(item.field.param.type)}`;
  const todays = today.layout.filter((i) => i.kind === "word" || used.has(i.field.tlName)).map(sig);
  return layout.map(sig).join(" ") === todays.join(" ");
}

function resolvable(t: Parameters<Resolve>[0], resolve: Resolve): boolean {
  try {
    resolve(t);
    return true;
  } catch {
    return false;
  }
}

function valueOf(field: FieldPlan, from: FieldPlan | undefined): OlderValue | { reason: string } {
  if (from && printTypeRef(from.param.type) === printTypeRef(field.param.type) && (from.role === "flag") === (field.role === "flag")) {
    const zero = field.role === "required" && from.role === "optional" ? zeroValue(field) : null;
    if (field.role === "required" && from.role === "optional" && zero === null) return { reason: `today's ${field.tlName} is required and it may lack it` };
    return { kind: "same", field, from, zero };
  }
  if (from && from.role !== "flag" && field.role !== "flag") {
    const ot = printTypeRef(from.param.type);
    if (ot === "int" && field.wire.kind === "primitive" && field.wire.name === "long" && (field.role !== "required" || from.role === "required")) return { kind: "widen", field, from };
    const carrier = field.wire.kind === "union" && (field.role !== "required" || from.role === "required") ? carrierOf(field, ot) : null;
    if (carrier) return { kind: "wrap", field, from, ...carrier };
  }
  if (field.role === "flag") return { kind: "missing", field, value: "false" };
  if (field.role === "optional") return { kind: "missing", field, value: "undefined" };
  const zero = zeroValue(field);
  return zero === null ? { reason: `today's ${field.tlName} is required and it has no value for it` } : { kind: "missing", field, value: zero };
}

/** The one constructor of the field's union with one value field of type `type` and nothing else required. */
function carrierOf(field: FieldPlan, type: string): { ctor: ConstructorPlan; into: FieldPlan } | null {
  if (field.wire.kind !== "union") return null;
  const found = field.wire.union.constructors.flatMap((c) => {
    const values = c.fields.filter((f) => f.role !== "flag");
    const into = values.filter((f) => printTypeRef(f.param.type) === type);
    const othersOptional = values.every((f) => f === into[0] || f.role === "optional");
    return into.length === 1 && othersOptional && !into[0].group && c.groups.length === 0 ? [{ ctor: c, into: into[0] }] : [];
  });
  return found.length === 1 ? found[0] : null;
}

/** The value a required field takes when an old form lacks it; null for a union (none is neutral). */
function zeroValue(field: FieldPlan): string | null {
  const w = field.wire;
  if (w.kind === "bool") return "false";
  if (w.kind === "vector") return "[]";
  if (w.kind !== "primitive") return null;
  if (w.name === "long") return "0n";
  if (w.name === "string") return '""';
  if (w.name === "bytes") return "new Uint8Array(0)";
  if (w.name === "int128" || w.name === "int256") return `new Uint8Array(${w.name === "int128" ? 16 : 32})`;
  return "0";
}

/**
 * Today's all-or-none groups: kept only when the old form gives every value of a group on one
 * bit of its own; otherwise the whole group is absent (and its `?true` fields false).
 */
function keepGroupsWhole(today: ConstructorPlan, values: OlderValue[], old: ReadonlyMap<string, FieldPlan>): void {
  const at = new Map(values.map((v, i) => [v.field, i]));
  for (const g of today.groups) {
    const members = g.values.map((f) => values[at.get(f)!]);
    const sources = members.map((m) => (m.kind === "same" && m.from.condition ? m.from.condition : null));
    const whole = sources.every((s) => s !== null && s.word === sources[0]!.word && s.bit === sources[0]!.bit);
    for (const f of [...g.values, ...g.derived]) {
      const i = at.get(f)!;
      if (!whole) values[i] = { kind: "missing", field: f, value: f.role === "flag" ? "false" : "undefined" };
      else if (f.role === "flag") {
        // True exactly when the values are there: the bit they are read on (the old flag's own, when it has one).
        const first = members[0] as Extract<OlderValue, { kind: "same" }>;
        const own = old.get(f.tlName);
        const onBit = own?.role === "flag" && own.condition?.word === first.from.condition!.word && own.condition.bit === first.from.condition!.bit;
        values[i] = { kind: "same", field: f, from: onBit ? own : { ...first.from, role: "flag" }, zero: null };
      }
    }
  }
}
