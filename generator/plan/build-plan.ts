// Model + closure -> the lowered plan (plan.ts), built once per run. Names come from names.ts;
// references are resolved to plan objects; each combinator's field roles, flag words, groups,
// peer kinds and least wire size are decided here and nowhere else. Pure.
import type { Combinator } from "../model/ir.ts";
import type { Closure } from "../model/closure.ts";
import { MAPPED_UNIONS } from "../model/closure.ts";
import { entryDocs, typeDocs, type SchemaDocs } from "../model/schema-docs.ts";
import { planLayers, received } from "./plan-layers.ts";
import { emptyCombinator, fillCombinator } from "./plan-combinator.ts";
import {
  constructorTypeName,
  decoderName,
  encoderName,
  guardName,
  namespaceOf,
  propertyName,
  requestClassName,
  requestErrorsTypeName,
  requestModuleName,
  requestParamsTypeName,
  requestPropertyName,
  requestFunctionName,
  requestWriterName,
  resultReaderName,
  requestSpecName,
  unionTypeName,
} from "./names.ts";
import { compareStrings } from "../base/order.ts";
import type {
  ConstructorPlan,
  FunctionPlan,
  PackagePlan,
  RequestModulePlan,
  PlanInput,
  Resolve,
  UnionPlan,
  WireType,
} from "./plan.ts";

export type { PlanInput, Resolve } from "./plan.ts";

export function buildPlan(input: PlanInput): PackagePlan {
  const { closure, docs } = input;
  const unionByName = new Map<string, UnionPlan>();
  const constructorByName = new Map<string, ConstructorPlan>();
  // Unions first (constructors point at them), then constructors, then their fields (which may
  // point at any constructor or union: resolved once all exist).
  for (const u of closure.unions) {
    const typeName = unionTypeName(u.name);
    unionByName.set(u.name, {
      tlName: u.name,
      typeName,
      writer: encoderName(typeName),
      reader: decoderName(typeName),
      guard: guardName(typeName),
      constructors: [],
      description: typeDocs(docs, u.name),
      sent: false,
    });
  }
  for (const c of closure.constructors) {
    const typeName = constructorTypeName(c.name);
    const union = c.result.kind === "union" ? (unionByName.get(c.result.name) ?? null) : null;
    const plan: ConstructorPlan = {
      ...emptyCombinator(c, docs),
      kind: "constructor",
      typeName,
      writer: encoderName(typeName),
      reader: decoderName(typeName),
      guard: guardName(typeName),
      union,
      sent: false,
      minWireSize: 0,
      older: [],
    };
    constructorByName.set(c.name, plan);
    union?.constructors.push(plan);
  }
  const resolve = resolver(unionByName, constructorByName, closure);
  for (const c of closure.constructors) fillCombinator(constructorByName.get(c.name)!, c, resolve, propertyName, false);
  const sizes = new Map<ConstructorPlan, number>();
  for (const c of constructorByName.values()) c.minWireSize = layoutSize(c, sizes);

  const functions = closure.functions.map((f) => planFunction(f, docs, resolve));
  markSent(functions);
  const layers = planLayers(input, constructorByName, resolve, received(functions));
  return {
    packageName: input.packageName,
    layer: input.layer,
    schemaFiles: input.schemaFiles,
    regenerate: input.regenerate,
    all: input.all ?? false,
    docs,
    constructors: [...constructorByName.values()],
    unions: [...unionByName.values()],
    functions,
    modules: requestModules(functions),
    layers,
    constructorByName,
    unionByName,
    functionByName: new Map(functions.map((f) => [f.tlName, f])),
  };
}

function resolver(unions: ReadonlyMap<string, UnionPlan>, ctors: ReadonlyMap<string, ConstructorPlan>, closure: Closure): Resolve {
  // `%Type` names a type whose boxed form may be reached nowhere (so it is not among the
  // closure's unions): its one constructor is found by its result instead.
  const ctorOfType = new Map<string, string>();
  for (const c of closure.constructors) if (c.result.kind === "union" && !ctorOfType.has(c.result.name)) ctorOfType.set(c.result.name, c.name);
  const resolve: Resolve = (t) => {
    switch (t.kind) {
      case "primitive":
        return { kind: "primitive", name: t.name };
      case "vector":
        return { kind: "vector", boxed: t.boxed, element: resolve(t.element) };
      case "union": {
        if (MAPPED_UNIONS.has(t.name)) return { kind: "bool" };
        const union = unions.get(t.name);
        if (!union) throw new Error(`internal: union ${t.name} is not in the closure`);
        return { kind: "union", union };
      }
      case "bare": {
        // `true` carries no bytes: a `?true` field is a flag, read and written as its bit.
        if (t.name === "true") return { kind: "bool" };
        // `%Type` names the type; its only constructor is what goes on the wire.
        const name = t.percent ? (ctorOfType.get(t.name) ?? t.name) : t.name;
        const ctor = ctors.get(name);
        if (!ctor) throw new Error(`internal: bare constructor ${name} is not in the closure`);
        return { kind: "bare", ctor };
      }
      case "typeParam":
        return t.bang ? { kind: "query", param: t.name } : { kind: "queryResult", param: t.name };
    }
  };
  return resolve;
}

/** The least number of bytes one value of `t` takes (`sizes` memoizes bare constructors). */
function minWireSize(t: WireType, sizes: Map<ConstructorPlan, number>): number {
  switch (t.kind) {
    case "primitive":
      // A string or bytes takes at least its length byte, padded to 4.
      return t.name === "long" || t.name === "double" ? 8 : t.name === "int128" ? 16 : t.name === "int256" ? 32 : 4;
    case "bool":
    case "union":
    case "query":
    case "queryResult":
      return 4;
    case "vector":
      return t.boxed ? 8 : 4;
    case "bare":
      return layoutSize(t.ctor, sizes);
  }
}

/** The least size of a constructor's fields: its flag words and required fields. */
function layoutSize(c: ConstructorPlan, sizes: Map<ConstructorPlan, number>): number {
  const known = sizes.get(c);
  if (known !== undefined) return known;
  sizes.set(c, 0); // a constructor that (absurdly) contains itself bare counts as 0: still a safe lower bound
  let size = 0;
  for (const item of c.layout) {
    if (item.kind === "word") size += 4;
    else if (item.field.role === "required") size += minWireSize(item.field.wire, sizes);
  }
  sizes.set(c, size);
  return size;
}

/** The least wire size of one element of a vector of `t`, for the decoder's count check. */
export function elementMinSize(t: WireType): number {
  return t.kind === "bare" ? t.ctor.minWireSize : minWireSize(t, new Map());
}

function planFunction(f: Combinator, docs: SchemaDocs, resolve: Resolve): FunctionPlan {
  const entry = entryDocs(docs, f.name);
  const plan: FunctionPlan = {
    ...emptyCombinator(f, docs),
    kind: "function",
    className: requestClassName(f.name),
    functionName: requestFunctionName(f.name),
    writerName: requestWriterName(f.name),
    resultReader: resultReaderName(f.name),
    specName: requestSpecName(f.name),
    paramsType: requestParamsTypeName(f.name),
    errorsType: requestErrorsTypeName(f.name),
    namespace: namespaceOf(f.name),
    module: requestModuleName(namespaceOf(f.name)),
    result: resolve(f.result),
    generic: f.result.kind === "typeParam" ? f.result.name : null,
    queryField: null,
    availability: availabilityOf(f, docs),
    errors: [...new Set((entry?.throws ?? []).map((t) => t.name))].sort(compareStrings),
  };
  fillCombinator(plan, f, resolve, requestPropertyName, true);
  const generic = plan.generic;
  plan.queryField = generic ? (plan.fields.find((x) => x.wire.kind === "query" && x.wire.param === generic) ?? null) : null;
  return plan;
}

/** Marks the constructors and unions a request's parameters reach: what sending writes. */
function markSent(functions: readonly FunctionPlan[]): void {
  const visit = (t: WireType): void => {
    if (t.kind === "vector") return visit(t.element);
    if (t.kind === "union" && !t.union.sent) {
      t.union.sent = true;
      t.union.constructors.forEach(visitCtor);
    } else if (t.kind === "bare") visitCtor(t.ctor);
  };
  const visitCtor = (c: ConstructorPlan): void => {
    if (c.sent) return;
    c.sent = true;
    c.fields.forEach((f) => visit(f.wire));
  };
  for (const f of functions) f.fields.forEach((x) => visit(x.wire));
}

/** Who may call a method, from the docs data; generic wrappers take their query's. */
function availabilityOf(f: Combinator, docs: SchemaDocs): "user" | "bot" | "both" {
  // The data marks wrappers like invokeWithLayer user-only, but every client (bots too) sends
  // them around its queries: what counts is the query inside.
  if (f.result.kind === "typeParam") return "both";
  return entryDocs(docs, f.name)?.available ?? "both";
}

function requestModules(functions: FunctionPlan[]): RequestModulePlan[] {
  const byModule = new Map<string, RequestModulePlan>();
  for (const f of functions) {
    const m = byModule.get(f.module) ?? { module: f.module, namespace: f.namespace, functions: [] };
    m.functions.push(f);
    byModule.set(f.module, m);
  }
  return [...byModule.values()].sort((a, b) => compareStrings(a.module, b.module));
}
