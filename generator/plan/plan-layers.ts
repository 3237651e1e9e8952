// The layers part of the plan: each result constructor's earlier forms (older-form-plan.ts), and
// the ids of other layers the package knows but does not read. Requests stay at the package's
// layer, so only constructors a result can hold get older forms.
import type { PlanInput, Resolve } from "./plan.ts";
import { planOlderForm } from "./older-form-plan.ts";
import type { ConstructorPlan, FunctionPlan, PackagePlan, UnionPlan, WireType } from "./plan.ts";

/**
 * Plans the earlier forms of the constructors results can hold (requests stay at the package's
 * layer, so a constructor only sent never comes back in an old form); those that cannot be read
 * are known, with why.
 */
export function planLayers(input: PlanInput, ctors: ReadonlyMap<string, ConstructorPlan>, resolve: Resolve, results: ReadonlySet<ConstructorPlan>): PackagePlan["layers"] {
  const older = input.older;
  if (!older) return { oldest: input.layer, known: [] };
  const known = [...older.known];
  for (const [name, forms] of older.older) {
    const today = ctors.get(name)!;
    if (!results.has(today)) continue;
    for (const form of forms) {
      const planned = planOlderForm(form, today, resolve);
      if ("reason" in planned) known.push({ name, id: form.id, layers: form.layers, why: "unreadable", reason: planned.reason });
      else today.older.push(planned);
    }
  }
  return { oldest: older.oldest, known: known.sort((a, b) => a.id - b.id) };
}

/** The constructors a request's result can hold. */
export function received(functions: readonly FunctionPlan[]): Set<ConstructorPlan> {
  const seen = new Set<ConstructorPlan>();
  const unions = new Set<UnionPlan>();
  const visit = (t: WireType): void => {
    if (t.kind === "vector") visit(t.element);
    else if (t.kind === "union" && !unions.has(t.union)) {
      unions.add(t.union);
      t.union.constructors.forEach(visitCtor);
    } else if (t.kind === "bare") visitCtor(t.ctor);
  };
  const visitCtor = (c: ConstructorPlan): void => {
    if (seen.has(c)) return;
    seen.add(c);
    c.fields.forEach((f) => visit(f.wire));
  };
  for (const f of functions) visit(f.result);
  return seen;
}

