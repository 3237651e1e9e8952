// Model + closure -> the lowered plan (plan.ts), built once per run. Names come from names.ts;
// references are resolved to plan objects; each combinator's field roles, flag words, groups,
// peer kinds and least wire size are decided here and nowhere else. Pure.
import { isTrueFlag, type Combinator, type TypeRef, type ValueParam } from "../model/ir.ts";
import type { Closure } from "../model/closure.ts";
import { MAPPED_UNIONS } from "../model/closure.ts";
import { entryDocs, paramDocs, typeDocs, type SchemaDocs } from "../model/schema-docs.ts";
import { formatId } from "../model/canonical.ts";
import { PEER_KINDS, type PeerKind } from "../runtime/peers/peer-like.ts";
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
  unionTypeName,
} from "./names.ts";
import { compareStrings } from "../base/order.ts";
import type {
  CombinatorPlan,
  ConstructorPlan,
  FieldPlan,
  FlagGroup,
  FlagWordPlan,
  FunctionPlan,
  PackagePlan,
  RequestModulePlan,
  UnionPlan,
  WireType,
} from "./plan.ts";

export interface PlanInput {
  closure: Closure;
  docs: SchemaDocs;
  layer: number;
  packageName: string;
  schemaFiles: string[];
  regenerate: string;
  /** Every function of the schema was selected (`--all`). */
  all?: boolean;
}

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
    constructorByName,
    unionByName,
    functionByName: new Map(functions.map((f) => [f.tlName, f])),
  };
}

type Resolve = (t: TypeRef) => WireType;

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

function emptyCombinator(c: Combinator, docs: SchemaDocs): CombinatorPlan {
  return { tl: c, tlName: c.name, id: c.id, idHex: formatId(c.id), layout: [], fields: [], words: [], groups: [], typedGroups: [], docs: entryDocs(docs, c.name) };
}

/** Lays out a combinator's parameters: flag words, fields with roles, and all-or-none groups. */
function fillCombinator(plan: CombinatorPlan, c: Combinator, resolve: Resolve, prop: (tl: string) => string, forRequest: boolean): void {
  const words = new Map<string, FlagWordPlan>();
  for (const p of c.params) {
    if (p.kind === "flags") {
      const word: FlagWordPlan = { tlName: p.name, index: words.size };
      words.set(p.name, word);
      plan.words.push(word);
      plan.layout.push({ kind: "word", word });
      continue;
    }
    const field = planField(p, resolve, prop, words, forRequest, paramDocs(plan.docs, p.name));
    plan.fields.push(field);
    plan.layout.push({ kind: "field", field });
  }
  plan.groups = groupsOf(plan.fields);
  plan.typedGroups = plan.groups.filter((g) => g.values.length >= 2);
}

function planField(
  p: ValueParam,
  resolve: Resolve,
  prop: (tl: string) => string,
  words: ReadonlyMap<string, FlagWordPlan>,
  forRequest: boolean,
  description: string | null,
): FieldPlan {
  const condition = p.condition ? { word: words.get(p.condition.flags)!, bit: p.condition.bit } : null;
  const wire = resolve(p.type);
  return {
    param: p,
    tlName: p.name,
    prop: prop(p.name),
    role: condition === null ? "required" : isTrueFlag(p) ? "flag" : "optional",
    wire,
    condition,
    group: null,
    peer: forRequest ? peerOf(p.type) : null,
    description,
  };
}

/** Fields sharing one bit: a group when there are two value fields, or one with `?true` fields. */
function groupsOf(fields: FieldPlan[]): FlagGroup[] {
  const byBit = new Map<string, FieldPlan[]>();
  for (const f of fields) {
    if (!f.condition) continue;
    const key = `${f.condition.word.index}.${f.condition.bit}`;
    byBit.set(key, [...(byBit.get(key) ?? []), f]);
  }
  const groups: FlagGroup[] = [];
  for (const members of byBit.values()) {
    const values = members.filter((m) => m.role === "optional");
    const derived = members.filter((m) => m.role === "flag");
    if (values.length === 0 || values.length + derived.length < 2) continue;
    const group: FlagGroup = { word: members[0].condition!.word, bit: members[0].condition!.bit, values, derived };
    for (const m of members) m.group = group;
    groups.push(group);
  }
  return groups;
}

/** An InputPeer / InputUser / InputChannel field, or a vector of them. */
function peerOf(t: TypeRef): { kind: PeerKind; vector: boolean } | null {
  const isPeer = (x: TypeRef): x is TypeRef & { kind: "union"; name: PeerKind } => x.kind === "union" && (PEER_KINDS as readonly string[]).includes(x.name);
  if (isPeer(t)) return { kind: t.name, vector: false };
  if (t.kind === "vector" && isPeer(t.element)) return { kind: t.element.name, vector: true };
  return null;
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
