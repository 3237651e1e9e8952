// The schema model of schema/ as the generator sees it, plus lookups tests need.
import { analyzeSchema } from "../../generator/analyze.ts";
import { loadIdAllowlist } from "../../generator/project-files.ts";
import { computeClosure, selectRoots } from "../../generator/model/closure.ts";
import { parseSelection } from "../../generator/selection.ts";
import type { Combinator, SchemaModel, Union } from "../../generator/model/ir.ts";
import { readSchema } from "../helpers.ts";

export interface TestSchema {
  model: SchemaModel;
  ctor: Map<string, Combinator>;
  ctorById: Map<number, Combinator>;
  union: Map<string, Union>;
  fn: Map<string, Combinator>;
  roots: Combinator[];
  closure: ReturnType<typeof computeClosure>;
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
  cached = {
    model,
    ctor: new Map(model.constructors.map((c) => [c.name, c])),
    ctorById: new Map(model.constructors.map((c) => [c.id, c])),
    union: new Map(model.unions.map((u) => [u.name, u])),
    fn: new Map(model.functions.map((f) => [f.name, f])),
    roots,
    closure: computeClosure(model, roots),
  };
  return cached;
}

/** The 25 chat-invite roots (the generic wrappers aside). */
export function inviteRoots(): Combinator[] {
  return testSchema().roots.filter((f) => /Invite|invite|JoinRequest/.test(f.name));
}
