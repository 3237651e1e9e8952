// Room plan/: the lowered plan, built once: names decided (names.ts), references resolved, per
// constructor its fields.
// Imports: base/, layers/, model/, parse/, runtime/peers/, runtime/request/. Imported by: api/,
// emit/, pipeline.ts, render/.
//
// The lowered plan: what every emitter reads. Built once from the model and the closure
// (build-plan.ts). Every name is decided (by names.ts), every reference is an object, and every
// per-combinator decision (field roles, flag words, all-or-none groups, peer kinds, the least
// wire size) is made here, so emitters only print.
import type { Combinator, PrimitiveName, TypeRef, ValueParam } from "../model/ir.ts";
import type { Closure } from "../model/closure.ts";
import type { PackageForms } from "../layers/select-forms.ts";
import type { EntryDocs, SchemaDocs } from "../model/schema-docs.ts";
import type { PeerKind } from "../runtime/peers/peer-like.ts";
import type { KnownForm } from "../layers/select-forms.ts";

/** How one value goes over the wire, with its references resolved. */
export type WireType =
  | { kind: "primitive"; name: PrimitiveName }
  /** A union the runtime maps to a TS primitive instead of generating it: `Bool` -> boolean. */
  | { kind: "bool" }
  | { kind: "vector"; boxed: boolean; element: WireType }
  | { kind: "union"; union: UnionPlan }
  /** Fields only, no id: `%Foo` or a lowercase constructor name. */
  | { kind: "bare"; ctor: ConstructorPlan }
  /** `!X`: a whole request inside this one (a generic wrapper's query). */
  | { kind: "query"; param: string }
  /** `X` as a result: the query's result type. */
  | { kind: "queryResult"; param: string };

/** A flags word (`flags:#`): never a property, computed from which fields are present. */
export interface FlagWordPlan {
  tlName: string;
  /** Index among the combinator's flag words, for local names (`fl0`, `fl1`). */
  index: number;
}

export interface FieldCondition {
  word: FlagWordPlan;
  bit: number;
}

/**
 * A value field. `required`: always written; `flag`: a `?true` field, an optional boolean that
 * only sets its bit; `optional`: written when present, its bit set then.
 */
export interface FieldPlan {
  /** The model's parameter. */
  param: ValueParam;
  tlName: string;
  /** The property name (on objects, request classes and params alike). */
  prop: string;
  role: "required" | "flag" | "optional";
  wire: WireType;
  condition: FieldCondition | null;
  /** Set when the field shares its bit with another value field (all-or-none). */
  group: FlagGroup | null;
  /** An InputPeer / InputUser / InputChannel parameter of a request: it also takes a name. */
  peer: { kind: PeerKind; vector: boolean } | null;
  /** The field's description from the docs data, as HTML; null when there is none. */
  description: string | null;
}

/** Fields on one flag bit whose value fields come all together or not at all. */
export interface FlagGroup {
  word: FlagWordPlan;
  bit: number;
  /** Value fields on the bit (two or more, or one with `?true` fields). */
  values: FieldPlan[];
  /** `?true` fields on the bit: true exactly when the values are given. */
  derived: FieldPlan[];
}

/** One item of a combinator's wire layout, in order. */
export type LayoutItem = { kind: "word"; word: FlagWordPlan } | { kind: "field"; field: FieldPlan };

/** What constructors and functions share. */
export interface CombinatorPlan {
  /** The model's combinator (name, ids, params, span). */
  tl: Combinator;
  tlName: string;
  id: number;
  /** `a455de90`. */
  idHex: string;
  layout: LayoutItem[];
  fields: FieldPlan[];
  words: FlagWordPlan[];
  groups: FlagGroup[];
  /** Groups with two or more value fields: typed as all-or-none alternatives. */
  typedGroups: FlagGroup[];
  docs: EntryDocs | null;
}

export interface ConstructorPlan extends CombinatorPlan {
  kind: "constructor";
  /** `ChatInviteExported`. */
  typeName: string;
  writer: string;
  reader: string;
  guard: string;
  /** The boxed type it builds; null for one not in any generated union. */
  union: UnionPlan | null;
  /** Reachable from a request's parameters: its writer is what sending needs (writers.ts). */
  sent: boolean;
  /** The least number of bytes its fields take (for vector count checks). */
  minWireSize: number;
  /** Its earlier forms that its union's reader also accepts, oldest first. */
  older: OlderFormPlan[];
}

export interface UnionPlan {
  tlName: string;
  /** `TypeExportedChatInvite`. */
  typeName: string;
  writer: string;
  reader: string;
  guard: string;
  constructors: ConstructorPlan[];
  description: string | null;
  /** Reachable from a request's parameters (see ConstructorPlan.sent). */
  sent: boolean;
}

export interface FunctionPlan extends CombinatorPlan {
  kind: "function";
  /** `ExportChatInvite`. */
  className: string;
  /** The size-first function: `exportChatInvite`. */
  functionName: string;
  /** The module-level writer of the request, shared by class and function: `writeExportChatInviteRequest`. */
  writerName: string;
  /** The reader of its result: `readExportChatInviteResult` (none for a generic wrapper). */
  resultReader: string;
  /** The parameter rules (name and fields) class and function check: `exportChatInviteSpec`. */
  specName: string;
  paramsType: string;
  errorsType: string;
  /** `messages`, or null for root functions. */
  namespace: string | null;
  /** The request module: `messages`, or `root`. */
  module: string;
  result: WireType;
  /** The generic parameter of a wrapper (`X` of invokeWithLayer), or null. */
  generic: string | null;
  /** The `!X` field that carries a wrapper's query, or null. */
  queryField: FieldPlan | null;
  availability: "user" | "bot" | "both";
  /** Known RPC error names, sorted. */
  errors: string[];
}

/** The request modules: one per namespace. */
export interface RequestModulePlan {
  module: string;
  namespace: string | null;
  functions: FunctionPlan[];
}

export interface PackagePlan {
  packageName: string;
  layer: number;
  /** The schema files, as headers name them. */
  schemaFiles: string[];
  /** The command that regenerates the package, for headers. */
  regenerate: string;
  /** True when the package holds every function of the schema (`--all`). */
  all: boolean;
  docs: SchemaDocs;
  constructors: ConstructorPlan[];
  unions: UnionPlan[];
  functions: FunctionPlan[];
  modules: RequestModulePlan[];
  /** The oldest layer the readers read, and the ids known from the history that they do not read. */
  layers: { oldest: number; known: KnownForm[] };
  /** Lookups by TL name, for docs and links. */
  constructorByName: ReadonlyMap<string, ConstructorPlan>;
  unionByName: ReadonlyMap<string, UnionPlan>;
  functionByName: ReadonlyMap<string, FunctionPlan>;
}

/** What buildPlan is planned from. */
export interface PlanInput {
  closure: Closure;
  docs: SchemaDocs;
  layer: number;
  packageName: string;
  schemaFiles: string[];
  regenerate: string;
  /** Every function of the schema was selected (`--all`). */
  all?: boolean;
  /** The earlier forms of constructors the readers also accept (layers/select-forms.ts). */
  older?: PackageForms;
}

/** A schema type reference resolved to what the wire writes (build-plan.ts's resolver). */
export type Resolve = (t: TypeRef) => WireType;

/** Where one of today's fields takes its value from in an old form. */
export type OlderValue =
  | { kind: "same"; field: FieldPlan; from: FieldPlan; zero: string | null }
  | { kind: "widen"; field: FieldPlan; from: FieldPlan }
  | { kind: "wrap"; field: FieldPlan; from: FieldPlan; ctor: ConstructorPlan; into: FieldPlan }
  /** Not in the old form: undefined, false for a flag, or a zero value for a required field. */
  | { kind: "missing"; field: FieldPlan; value: string };

export interface OlderFormPlan {
  tl: Combinator;
  id: number;
  idHex: string;
  /** The first and last layer of the history that used the form. */
  layers: [number, number];
  /** The reader's name: `readUserLayer198`. */
  reader: string;
  /** The old form's fields and flag words, in wire order, typed with today's plan. */
  layout: LayoutItem[];
  words: FlagWordPlan[];
  fields: FieldPlan[];
  /** Today's fields in order, each with where its value comes from. */
  values: OlderValue[];
  /**
   * Today's reader reads this form as it is: the old fields are today's, in today's order on
   * today's bits, and what it lacks is optional (its bits are clear in old bytes). No reader of
   * its own is generated then.
   */
  viaToday: boolean;
}
