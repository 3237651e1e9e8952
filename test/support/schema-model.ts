// The schema model of schema/ as the generator sees it, plus lookups tests need.
import { analyzeSchema } from "../../generator/model/analyze.ts";
import { loadIdAllowlist } from "../../generator/input/project-files.ts";
import { computeClosure, selectRoots } from "../../generator/model/closure.ts";
import { parseSelection } from "../../generator/input/selection.ts";
import type { Combinator, SchemaModel, TypeRef, Union } from "../../generator/model/ir.ts";
import { buildPlan } from "../../generator/plan/build-plan.ts";
import type { CombinatorPlan, PackagePlan } from "../../generator/plan/plan.ts";
import { EMPTY_DOCS } from "../../generator/model/schema-docs.ts";
import { readSchema } from "../helpers.ts";

export interface TestSchema {
  model: SchemaModel;
  ctor: Map<string, Combinator>;
  ctorById: Map<number, Combinator>;
  union: Map<string, Union>;
  fn: Map<string, Combinator>;
  roots: Combinator[];
  closure: ReturnType<typeof computeClosure>;
  /** The generator's plan of the closure (field roles, props, groups). */
  plan: PackagePlan;
}

let cached: TestSchema | null = null;

export function testSchema(): TestSchema {
  if (cached) return cached;
  const { model } = analyzeSchema(
    [
      { file: "schema/api.tl", text: readSchema("api.tl") },
      { file: "schema/mtproto.tl", text: readSchema("mtproto.tl") },
    ],
    loadIdAllowlist(),
  );
  const patterns = parseSelection(readSchema("selection.txt"), "selection.txt").map((p) => p.pattern);
  const { roots } = selectRoots(model, patterns);
  const closure = computeClosure(model, roots);
  cached = {
    model,
    ctor: new Map(model.constructors.map((c) => [c.name, c])),
    ctorById: new Map(model.constructors.map((c) => [c.id, c])),
    union: new Map(model.unions.map((u) => [u.name, u])),
    fn: new Map(model.functions.map((f) => [f.name, f])),
    roots,
    closure,
    plan: buildPlan({ closure, docs: EMPTY_DOCS, layer: model.layer ?? 0, packageName: "test", schemaFiles: [], regenerate: "" }),
  };
  return cached;
}

/** The plan of a constructor or function of the closure: its fields as the emitters see them. */
export function planOf(c: Combinator): CombinatorPlan {
  const { plan } = testSchema();
  const found = c.kind === "function" ? plan.functionByName.get(c.name) : plan.constructorByName.get(c.name);
  if (!found) throw new Error(`${c.name} is not in the closure`);
  return found;
}

/** The 25 chat-invite roots (the generic wrappers aside). */
export function inviteRoots(): Combinator[] {
  return testSchema().roots.filter((f) => /Invite|invite|JoinRequest/.test(f.name));
}

let ranks: Map<string, number> | null = null;

/**
 * Rank k: every required field of the constructor can be filled with constructors of rank < k
 * (primitives and vectors need none). Following least ranks down always ends.
 */
function constructorRanks(): Map<string, number> {
  if (ranks) return ranks;
  const s = testSchema();
  const rank = new Map<string, number>();
  const typeOk = (t: TypeRef): boolean =>
    t.kind === "vector" ||
    t.kind === "primitive" ||
    (t.kind === "union" && (t.name === "Bool" || (s.union.get(t.name)?.constructors.some((c) => rank.has(c)) ?? false))) ||
    (t.kind === "bare" && rank.has(t.name));
  // Each round only sees the ranks of earlier rounds.
  for (let round = 0; ; round++) {
    const found = s.model.constructors.filter((c) => !rank.has(c.name) && c.params.every((p) => p.kind === "flags" || p.condition !== null || typeOk(p.type)));
    if (found.length === 0) break;
    for (const c of found) rank.set(c.name, round);
  }
  ranks = rank;
  return rank;
}

/** The constructors of least rank among `ctors`: the way to stop recursing. */
export function leastRankConstructors(ctors: readonly string[]): string[] {
  const r = constructorRanks();
  const rankOf = (c: string) => r.get(c) ?? Infinity;
  const least = Math.min(...ctors.map(rankOf));
  return ctors.filter((c) => rankOf(c) === least);
}
