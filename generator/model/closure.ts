// Selection and closure: the root methods, and every constructor and union their parameters
// and results reach. TL cannot skip an unknown constructor, so every constructor of every
// reached union is in, recursively. Pure.
import type { Combinator, SchemaModel, TypeRef, Union } from "./ir.ts";

export interface Closure {
  functions: Combinator[];
  constructors: Combinator[];
  unions: Union[];
}

/** Unions the emitters map to TS primitives instead of generating: Bool -> boolean. */
export const MAPPED_UNIONS: ReadonlySet<string> = new Set(["Bool"]);

/** Matches TL names against a pattern where `*` stands for any run of characters. */
export function matchesPattern(name: string, pattern: string): boolean {
  return patternRegExp(pattern).test(name);
}

function patternRegExp(pattern: string): RegExp {
  return new RegExp("^" + pattern.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*") + "$");
}

/** The functions whose names match any pattern, sorted by name. */
export function selectRoots(model: SchemaModel, patterns: readonly string[]): { roots: Combinator[]; unmatched: string[] } {
  // Each pattern compiled once (not once per function: a selection of 30 over 700 functions).
  const compiled = patterns.map((p) => ({ p, re: patternRegExp(p), used: false }));
  const roots = model.functions.filter((f) => {
    let hit = false;
    for (const c of compiled) if (c.re.test(f.name)) hit = c.used = true;
    return hit;
  });
  return { roots, unmatched: compiled.filter((c) => !c.used).map((c) => c.p) };
}

export function computeClosure(model: SchemaModel, roots: readonly Combinator[]): Closure {
  const ctorByName = new Map(model.constructors.map((c) => [c.name, c]));
  const unionByName = new Map(model.unions.map((u) => [u.name, u]));
  const ctors = new Set<string>();
  const unions = new Set<string>();
  const queue: Combinator[] = [];

  const visitCtor = (name: string): void => {
    if (ctors.has(name)) return;
    const c = ctorByName.get(name);
    if (!c) return;
    ctors.add(name);
    queue.push(c);
  };
  const visitType = (t: TypeRef): void => {
    if (t.kind === "vector") return visitType(t.element);
    if (t.kind === "bare") {
      if (t.name === "true") return;
      if (t.percent) unionByName.get(t.name)?.constructors.forEach(visitCtor);
      else visitCtor(t.name);
      return;
    }
    if (t.kind !== "union" || MAPPED_UNIONS.has(t.name) || unions.has(t.name)) return;
    unions.add(t.name);
    unionByName.get(t.name)?.constructors.forEach(visitCtor);
  };

  for (const f of roots) {
    f.params.forEach((p) => p.kind === "value" && visitType(p.type));
    visitType(f.result);
  }
  while (queue.length) {
    const c = queue.pop()!;
    c.params.forEach((p) => p.kind === "value" && visitType(p.type));
  }
  return {
    functions: [...roots],
    constructors: model.constructors.filter((c) => ctors.has(c.name)),
    unions: model.unions.filter((u) => unions.has(u.name)),
  };
}
