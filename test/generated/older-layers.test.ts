// Values of constructors' earlier forms: random values of each old form the package reads,
// written with that form's own TL line (its old id and fields), decode into today's type with
// every field the two forms share equal, record the layer they came from, and are valid values
// of today's type (today's writer takes them). Retyped fields convert where the new type has a
// constructor that carries the old value.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as root from "tl-invite";
import * as codecs from "tl-invite/codecs";
import { printTypeRef } from "../../generator/model/canonical.ts";
import type { ConstructorPlan, FieldPlan } from "../../generator/plan/plan.ts";
import type { OlderFormPlan } from "../../generator/plan/older-form-plan.ts";
import { encodeOlder, olderArbitrary, olderCases } from "../support/older-forms.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const api = { ...root, ...codecs } as any;
const RUNS = Number(process.env.TLGEN_PROPERTY_RUNS ?? 25);

/** Today's field and the old form's field of the same name and TL type, when there is one. */
function sharedWith(form: OlderFormPlan, f: FieldPlan): FieldPlan | null {
  const o = form.fields.find((x) => x.tlName === f.tlName);
  return o && printTypeRef(o.param.type) === printTypeRef(f.param.type) && (o.role === "flag") === (f.role === "flag") ? o : null;
}

/** Today's all-or-none groups an old form cannot fill whole (some value missing, or on different bits): left out. */
function wholeGroup(today: ConstructorPlan, form: OlderFormPlan, f: FieldPlan): boolean {
  if (!f.group) return true;
  const olds = f.group.values.map((v) => sharedWith(form, v));
  return olds.every((o) => o?.condition && o.role === "optional" && o.condition.word.index === olds[0]!.condition!.word.index && o.condition.bit === olds[0]!.condition!.bit);
}

describe("values of constructors' earlier forms", () => {
  it("decode into today's type, equal on every shared field, marked with their layer, and valid for today's writer", () => {
    const cases = olderCases();
    expect(cases.length).toBeGreaterThan(150);
    let shared = 0;
    for (const { today, form, union } of cases) {
      const read = api[`read${today.union!.typeName}`];
      const write = api[today.union!.writer];
      fc.assert(
        fc.property(olderArbitrary(form), (old) => {
          const decoded = api.decodeWith(read, encodeOlder(form, old));
          expect(decoded._, form.reader).toBe(today.tlName);
          expect(api.olderLayerOf(decoded), form.reader).toBe(form.layers[1]);
          for (const f of today.fields) {
            const o = sharedWith(form, f);
            if (!o || !wholeGroup(today, form, f) || (f.role === "required" && old[o.prop] === undefined)) continue;
            expect(decoded[f.prop], `${form.reader}: ${f.prop}`).toEqual(o.role === "flag" ? old[o.prop] === true : old[o.prop]);
            shared++;
          }
          expect(() => api.encodeWith(write, decoded, union), form.reader).not.toThrow();
        }),
        { numRuns: RUNS, seed: 42 },
      );
    }
    expect(shared).toBeGreaterThan(10_000);
  });

  it("give an old user's stories_max_id:int as today's RecentStory, and widen nothing it should not", () => {
    const c = olderCases().find((x) => x.form.reader === "readUserLayer198")!;
    expect(c.form.values.find((v) => v.field.tlName === "stories_max_id")?.kind).toBe("wrap");
    const bytes = encodeOlder(c.form, { id: 7n, storiesMaxId: 41, firstName: "Old" });
    const user = api.decodeWith(api.readTypeUser, bytes);
    expect(user).toMatchObject({ _: "user", id: 7n, firstName: "Old", storiesMaxId: { _: "recentStory", live: false, maxId: 41 }, botForumView: false });
    expect(user.sendPaidMessagesStars).toBeUndefined();
    expect(Object.keys(user)).toEqual(Object.keys(api.decodeWith(api.readTypeUser, api.encodeWith(api.writeTypeUser, { _: "user", id: 7n }, "User"))));
  });

  it("leave a value read in the package's own layer unmarked", () => {
    const user = api.decodeWith(api.readTypeUser, api.encodeWith(api.writeTypeUser, { _: "user", id: 7n }, "User"));
    expect(api.olderLayerOf(user)).toBeUndefined();
    expect(api.olderLayerOf(null)).toBeUndefined();
  });
});
