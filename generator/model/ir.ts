// Room model/: the IR, canonical TL lines, constructor ids, the closure, the semantic checks
// (checks/).
// Imports: base/, parse/. Imported by: api/, diff/, emit/, import/, input/, layers/, pipeline.ts,
// plan/.
//
// The schema model: what the emitters read. Built from ASTs by build-model.ts, sorted
// deterministically, names resolved. `kind` tags everywhere; no field means something by
// being undefined.
import type { Span } from "../parse/ast.ts";

/** Built-in scalar types the wire format knows without a declaration. */
export const PRIMITIVES = ["int", "long", "double", "string", "bytes", "int128", "int256"] as const;
export type PrimitiveName = (typeof PRIMITIVES)[number];

export type TypeRef = PrimitiveRef | VectorRef | UnionRef | BareRef | TypeParamRef;

export interface PrimitiveRef {
  kind: "primitive";
  name: PrimitiveName;
}

/** `Vector<T>` (boxed: written with its constructor id) or `vector<T>` (bare: count only). */
export interface VectorRef {
  kind: "vector";
  boxed: boolean;
  element: TypeRef;
}

/** A boxed type (`InputPeer`, `Bool`): on the wire, a constructor id then that constructor's fields. */
export interface UnionRef {
  kind: "union";
  name: string;
}

/**
 * A bare type: fields only, no constructor id. Written as a lowercase constructor name
 * (`future_salt`, `true`) or as `%Type` (percent: true, name is then the type's name).
 */
export interface BareRef {
  kind: "bare";
  name: string;
  percent: boolean;
}

/** A generic parameter: `!X` in a parameter (bang) or `X` as a result. */
export interface TypeParamRef {
  kind: "typeParam";
  name: string;
  bang: boolean;
}

/** A conditional field's switch: bit `bit` of the flags word `flags`. */
export interface Condition {
  flags: string;
  bit: number;
  span: Span;
}

export type Param = FlagsParam | ValueParam;

/** `flags:#`: a 32-bit word whose bits are derived from which conditional fields are present. */
export interface FlagsParam {
  kind: "flags";
  name: string;
  span: Span;
}

export interface ValueParam {
  kind: "value";
  name: string;
  type: TypeRef;
  /** Null for an unconditional field. */
  condition: Condition | null;
  span: Span;
  /** Where the innermost named type is written (`strin` in `x:Vector<strin>`), for diagnostics. */
  typeSpan: Span;
}

export interface Generic {
  name: string;
  /** The generic's kind; `Type` in every real schema. */
  type: string;
}

/** A constructor (`---types---`) or a function (`---functions---`). */
export interface Combinator {
  kind: "constructor" | "function";
  /** Fully qualified TL name: `messages.exportChatInvite`. */
  name: string;
  /** The id used on the wire: the declared one, or the computed one where none is written. */
  id: number;
  /** The id as written after `#`; null when the line has none. */
  declaredId: number | null;
  /** The CRC32 of the normalized line (see ctor-id.ts). */
  computedId: number;
  generics: Generic[];
  params: Param[];
  /** For a constructor: the union it belongs to. For a function: what it returns. */
  result: TypeRef;
  span: Span;
  /** Where the innermost named type of the result is written, for diagnostics. */
  resultSpan: Span;
}

/** `int ? = Int;`, `vector#1cb5c415 {t:Type} # [ t ] = Vector t;`, `int128 4*[ int ] = Int128;` */
export interface Builtin {
  kind: "builtin";
  name: string;
  declaredId: number | null;
  computedId: number;
  generics: Generic[];
  /** The body as written, whitespace-normalized: `?`, `# [ t ]`, `4*[ int ]`. */
  body: string;
  /** The result as written, whitespace-normalized: `Int`, `Vector t`. */
  result: string;
  span: Span;
}

/** A boxed type and the constructors that make it, sorted by name. */
export interface Union {
  name: string;
  constructors: string[];
}

export interface SchemaModel {
  /** From `// LAYER N`; null when no file says. */
  layer: number | null;
  /** Sorted by name. May hold duplicates when the input has them (the checks report them). */
  constructors: Combinator[];
  functions: Combinator[];
  unions: Union[];
  builtins: Builtin[];
}

/** A `flags.N?true` field: an optional boolean that only sets its bit (and is left out of ids). */
export function isTrueFlag(p: Param): p is ValueParam {
  return p.kind === "value" && p.condition !== null && p.type.kind === "bare" && p.type.name === "true";
}
