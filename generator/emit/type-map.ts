// TL type -> TypeScript type, one table:
//   int -> number (int32), long -> bigint, double -> number, string -> string,
//   bytes -> Uint8Array, int128/int256 -> Uint8Array (16/32 bytes), Bool -> boolean,
//   Vector<T> -> T[], a union -> its `TypeX`, a bare constructor -> its type, !X -> TlRequest<X>.
import type { PrimitiveName, TypeRef, ValueParam } from "../model/ir.ts";
import { constructorTypeName, unionTypeName } from "./names.ts";

const PRIMITIVE_TS: Record<PrimitiveName, string> = {
  int: "number",
  long: "bigint",
  double: "number",
  string: "string",
  bytes: "Uint8Array",
  int128: "Uint8Array",
  int256: "Uint8Array",
};

/** Resolves `%T` (bare by type name) to its only constructor's name. */
export type BareResolver = (typeName: string) => string;

export function tsType(t: TypeRef, resolveBare: BareResolver): string {
  switch (t.kind) {
    case "primitive":
      return PRIMITIVE_TS[t.name];
    case "vector": {
      const inner = tsType(t.element, resolveBare);
      return /[ |&]/.test(inner) ? `(${inner})[]` : `${inner}[]`;
    }
    case "union":
      if (t.name === "Bool") return "boolean";
      return unionTypeName(t.name);
    case "bare":
      return constructorTypeName(t.percent ? resolveBare(t.name) : t.name);
    case "typeParam":
      return t.bang ? `TlRequest<${t.name}>` : t.name;
  }
}

/** The inputs a request parameter may also take as a name (PeerLike), resolved before sending. */
const PEER_KINDS: ReadonlySet<string> = new Set(["InputPeer", "InputUser", "InputChannel"]);

/** An InputPeer / InputUser / InputChannel field, or a vector of them; null for anything else. */
export function peerKindOf(t: TypeRef): { kind: string; vector: boolean } | null {
  if (t.kind === "union" && PEER_KINDS.has(t.name)) return { kind: t.name, vector: false };
  if (t.kind === "vector" && t.element.kind === "union" && PEER_KINDS.has(t.element.name)) return { kind: t.element.name, vector: true };
  return null;
}

/** `0x4` for bit 2: the mask of a flag bit, as code. */
export function flagMask(bit: number): string {
  return `0x${((1 << bit) >>> 0).toString(16)}`;
}

/** A `flags.N?true` field: an optional boolean that only sets its bit. */
export function isTrueFlag(p: ValueParam): boolean {
  return p.condition !== null && p.type.kind === "bare" && p.type.name === "true";
}

/** The least number of bytes one value of `t` takes on the wire (for vector count checks). */
export function minWireSize(t: TypeRef): number {
  switch (t.kind) {
    case "primitive":
      return t.name === "long" || t.name === "double" ? 8 : t.name === "int128" ? 16 : t.name === "int256" ? 32 : 4;
    case "vector":
      return t.boxed ? 8 : 4;
    case "union":
    case "typeParam":
      return 4;
    case "bare":
      return 0;
  }
}

/** The generated type names (from types.ts) that `tsType(t)` mentions, for imports. */
export function typeNamesOf(t: TypeRef, resolveBare: BareResolver): string[] {
  switch (t.kind) {
    case "vector":
      return typeNamesOf(t.element, resolveBare);
    case "union":
      return t.name === "Bool" ? [] : [unionTypeName(t.name)];
    case "bare":
      return [constructorTypeName(t.percent ? resolveBare(t.name) : t.name)];
    default:
      return [];
  }
}
