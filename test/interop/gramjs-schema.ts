// The installed GramJS's own schema (telegram/tl/apiTl.js and schemaTl.js, no `// LAYER` line)
// and layer (telegram/tl/AllTLObjects.js), a package generated from them in-process, and values
// for that schema: deterministic samples in this package's shape, the same values as GramJS
// objects, and as a decoder returns them. Driven by the schema model, so any layer works.
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { analyzeSchema, type SchemaSource } from "../../generator/model/analyze.ts";
import { generate } from "../../generator/pipeline.ts";
import { BUNDLED, loadHelpers, loadIdAllowlist, loadRuntime } from "../../generator/input/project-files.ts";
import { readFileSync } from "node:fs";
import { validateHistory } from "../../generator/layers/history.ts";
import { EMPTY_DOCS } from "../../generator/model/schema-docs.ts";
import type { Combinator, SchemaModel, TypeRef, ValueParam } from "../../generator/model/ir.ts";
import { computeClosure } from "../../generator/model/closure.ts";
import { buildPlan } from "../../generator/plan/build-plan.ts";
import type { CombinatorPlan, PackagePlan } from "../../generator/plan/plan.ts";
import { writeFixture } from "../support/generate-fixture.ts";

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const bigInt: Any = require("big-integer");

/** GramJS's TL text, as `tlgen generate --schema-from telegram` reads it. */
export function gramjsSources(): SchemaSource[] {
  return [
    { file: "node_modules/telegram/tl/apiTl.js", text: require("telegram/tl/apiTl.js") as string },
    { file: "node_modules/telegram/tl/schemaTl.js", text: require("telegram/tl/schemaTl.js") as string },
  ];
}

/** The layer the installed GramJS declares and sends in invokeWithLayer. */
export const GRAMJS_LAYER: number = require("telegram/tl/AllTLObjects").LAYER;

/** Generates a package with `roots` from GramJS's schema at GramJS's layer; returns its module. */
export async function generateGramjsPackage(roots: string[]): Promise<Any> {
  const result = await generate({
    sources: gramjsSources(),
    selection: roots.map((pattern) => ({ pattern, span: { file: "test", line: 1, column: 1, offset: 0, end: 0 } })),
    all: false,
    docs: EMPTY_DOCS,
    idAllowlist: loadIdAllowlist(),
    runtime: loadRuntime(),
    helpers: loadHelpers(),
    packageName: "tl-gramjs",
    layer: GRAMJS_LAYER,
    // As `tlgen generate --schema-from telegram` does: the shipped history, for older and newer ids.
    history: validateHistory(JSON.parse(readFileSync(BUNDLED.layerHistory, "utf8")), BUNDLED.layerHistory),
  });
  if (result.diagnostics.some((d) => d.severity === "error"))
    throw new Error(`generating from GramJS's schema failed: ${result.diagnostics.map((d) => d.message).join("; ")}`);
  return import(pathToFileURL(join(writeFixture(result), "dist", "index.js")).href);
}

const INTS = [43, -1, 0, -2147483648, 2147483647, 1];
const LONGS = [1234567890123n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 0n, 5n];
const STRINGS = ["My very normal title", "", "x".repeat(253), "y".repeat(254), "héllo wörld 🎉 привет 日本", "z".repeat(300), "a"];
const DOUBLES = [1.5, -0.25, 0, 1e300, -123456.789];

/** Values for one schema model. */
export class SchemaValues {
  readonly ctor: Map<string, Combinator>;
  readonly fn: Map<string, Combinator>;
  private readonly unions: Map<string, string[]>;
  private readonly rank = new Map<string, number>();
  /** The generator's plan of the whole schema: field roles, props and groups as the emitters see them. */
  private readonly plan: PackagePlan;

  constructor(readonly model: SchemaModel) {
    const closure = computeClosure(model, model.functions);
    this.plan = buildPlan({ closure, docs: EMPTY_DOCS, layer: model.layer ?? 0, packageName: "gramjs-test", schemaFiles: [], regenerate: "" });
    this.ctor = new Map(model.constructors.map((c) => [c.name, c]));
    this.fn = new Map(model.functions.map((f) => [f.name, f]));
    this.unions = new Map(model.unions.map((u) => [u.name, u.constructors]));
    this.rankConstructors();
  }

  /** The model of GramJS's own schema. */
  static gramjs(): SchemaValues {
    return new SchemaValues(analyzeSchema(gramjsSources(), loadIdAllowlist()).model);
  }

  /** The plan of a constructor or function. */
  private planOf(c: Combinator): CombinatorPlan {
    const found = c.kind === "function" ? this.plan.functionByName.get(c.name) : this.plan.constructorByName.get(c.name);
    if (!found) throw new Error(`${c.name} is not planned`);
    return found;
  }

  /** Rank k: every required field can be filled with constructors of rank < k, so recursion ends. */
  private rankConstructors(): void {
    const ok = (t: TypeRef): boolean =>
      t.kind === "vector" ||
      t.kind === "primitive" ||
      (t.kind === "union" && (t.name === "Bool" || (this.unions.get(t.name)?.some((c) => this.rank.has(c)) ?? false))) ||
      (t.kind === "bare" && this.rank.has(t.name));
    for (let round = 0; ; round++) {
      const found = this.model.constructors.filter((c) => !this.rank.has(c.name) && c.params.every((p) => p.kind === "flags" || p.condition !== null || ok(p.type)));
      if (found.length === 0) return;
      for (const c of found) this.rank.set(c.name, round);
    }
  }

  private pick(ctors: string[], seed: number, depth: number): string {
    if (depth < 3) return ctors[seed % ctors.length];
    const rankOf = (c: string) => this.rank.get(c) ?? Infinity;
    const least = Math.min(...ctors.map(rankOf));
    const pool = ctors.filter((c) => rankOf(c) === least);
    return pool[seed % pool.length];
  }

  /** A deterministic value of type `t`: edge cases by seed, shallow past depth 3. */
  sample(t: TypeRef, seed: number, depth = 0): unknown {
    switch (t.kind) {
      case "primitive":
        if (t.name === "int") return INTS[seed % INTS.length];
        if (t.name === "long") return LONGS[seed % LONGS.length];
        if (t.name === "double") return DOUBLES[seed % DOUBLES.length];
        if (t.name === "string") return STRINGS[seed % STRINGS.length];
        if (t.name === "bytes") return Uint8Array.from({ length: [3, 0, 253, 254, 300][seed % 5] }, (_, i) => (i * 7 + seed) & 0xff);
        return Uint8Array.from({ length: t.name === "int128" ? 16 : 32 }, (_, i) => (i + seed) & 0x7f);
      case "vector":
        return depth > 2 ? [] : [this.sample(t.element, seed, depth + 1), this.sample(t.element, seed + 1, depth + 1)].slice(0, 1 + (seed % 2));
      case "union":
        if (t.name === "Bool") return seed % 2 === 0;
        return this.object(this.pick(this.unions.get(t.name)!, seed, depth), seed, depth + 1);
      case "bare":
        return this.object(t.name, seed, depth + 1);
      case "typeParam":
        throw new Error("no sample for a type parameter");
    }
  }

  /** A combinator's fields; `include` decides which optional ones are given. */
  fields(c: Combinator, seed: number, depth: number, include: (p: ValueParam) => boolean): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const groupOn = new Map<object, boolean>();
    for (const f of this.planOf(c).fields) {
      if (f.role === "required") out[f.prop] = this.sample(f.param.type, seed, depth);
      else if (f.group) {
        if (!groupOn.has(f.group)) groupOn.set(f.group, [...f.group.values, ...f.group.derived].some((v) => include(v.param)));
        if (groupOn.get(f.group)) out[f.prop] = f.role === "flag" ? true : this.sample(f.param.type, seed, depth);
      } else if (f.role === "flag") out[f.prop] = include(f.param);
      else if (include(f.param)) out[f.prop] = this.sample(f.param.type, seed, depth);
    }
    return out;
  }

  /** A constructor's value (`{ _: name, ...fields }`); `all` gives every optional field. */
  object(name: string, seed: number, depth: number, all = false): Record<string, unknown> {
    return { _: name, ...this.fields(this.ctor.get(name)!, seed, depth, () => all || (depth < 3 && seed % 3 !== 2)) };
  }

  /** Parameter sets for a method: required only and everything across seeds, each optional alone. */
  requestVariants(f: Combinator): { label: string; params: Record<string, unknown> }[] {
    const variants: { label: string; params: Record<string, unknown> }[] = [];
    for (let seed = 0; seed < 7; seed++) {
      variants.push({ label: `required only, seed ${seed}`, params: this.fields(f, seed, 0, () => false) });
      variants.push({ label: `all, seed ${seed}`, params: this.fields(f, seed, 0, () => true) });
    }
    for (const p of f.params)
      if (p.kind === "value" && p.condition) variants.push({ label: `only ${p.name}`, params: this.fields(f, 3, 0, (x) => x === p) });
    return variants;
  }

  /** A value as a decoder returns it: every `?true` field present as a boolean, recursively. */
  asDecoded(value: unknown, t: TypeRef): unknown {
    if (t.kind === "vector") return (value as unknown[]).map((v) => this.asDecoded(v, t.element));
    if ((t.kind === "union" && t.name !== "Bool") || t.kind === "bare") {
      const obj = value as Record<string, unknown>;
      const out: Record<string, unknown> = { _: obj._ };
      for (const f of this.planOf(this.ctor.get(obj._ as string)!).fields) {
        if (f.role === "flag") out[f.prop] = obj[f.prop] === true || (f.group !== null && f.group.values.some((v) => obj[v.prop] != null));
        else if (obj[f.prop] != null) out[f.prop] = this.asDecoded(obj[f.prop], f.param.type);
      }
      return out;
    }
    return value;
  }

  /** The same value as a GramJS object (big-integer longs, Buffers, GramJS classes). */
  toGramjs(value: unknown, t: TypeRef): Any {
    if (t.kind === "primitive") {
      if (t.name === "long") return bigInt(String(value));
      if (t.name === "bytes") return Buffer.from(value as Uint8Array);
      if (t.name === "int128" || t.name === "int256") return bigInt.fromArray([...(value as Uint8Array)].reverse(), 256, false);
      return value;
    }
    if (t.kind === "vector") return (value as unknown[]).map((v) => this.toGramjs(v, t.element));
    if (t.kind === "union" && t.name === "Bool") return value;
    if (t.kind === "typeParam") throw new Error("no GramJS value for a type parameter");
    return this.gramObject(value as Record<string, unknown>);
  }

  /** A value or request parameters (with `name`) as an instance of GramJS's class for it. */
  gramObject(value: Record<string, unknown>, name = value._ as string): Any {
    const c = this.ctor.get(name) ?? this.fn.get(name)!;
    const parts = name.split(".");
    const last = parts.pop()!;
    let space: Any = require("telegram").Api;
    for (const p of parts) space = space[p];
    const cls = space[last.charAt(0).toUpperCase() + last.slice(1)];
    if (cls?.CONSTRUCTOR_ID !== c.id) throw new Error(`GramJS's ${name} is not #${c.id.toString(16)}`);
    const args: Record<string, unknown> = {};
    for (const f of this.planOf(c).fields) {
      const v = value[f.prop];
      if (v !== undefined) args[f.prop] = f.role === "flag" ? v : this.toGramjs(v, f.param.type);
    }
    return new cls(args);
  }
}
