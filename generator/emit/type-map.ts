// Wire type -> TypeScript type, one table:
//   int -> number (int32), long -> bigint, double -> number, string -> string,
//   bytes -> Uint8Array, int128/int256 -> Uint8Array (16/32 bytes), Bool -> boolean,
//   Vector<T> -> T[], a union -> its `TypeX`, a bare constructor -> its type, !X -> TlRequest<X>.
// Each call also records the type names it mentions in an ImportMap, so emitters import exactly
// what they print.
import type { PrimitiveName } from "../model/ir.ts";
import type { FieldPlan, WireType } from "../plan/plan.ts";
import type { ImportMap } from "./imports.ts";

const PRIMITIVE_TS: Record<PrimitiveName, string> = {
  int: "number",
  long: "bigint",
  double: "number",
  string: "string",
  bytes: "Uint8Array",
  int128: "Uint8Array",
  int256: "Uint8Array",
};

/** Where the generated types live, relative to the module being emitted. */
export interface TypeImports {
  imports: ImportMap;
  /** `./types.js` or `../types.js`; null inside types.ts itself. */
  typesModule: string | null;
  /** The runtime module that declares TlRequest, for `!X` fields. */
  requestModule: string;
}

export function tsType(t: WireType, at: TypeImports): string {
  switch (t.kind) {
    case "primitive":
      return PRIMITIVE_TS[t.name];
    case "bool":
      return "boolean";
    case "vector": {
      const inner = tsType(t.element, at);
      return /[ |&]/.test(inner) ? `(${inner})[]` : `${inner}[]`;
    }
    case "union":
      return typeName(t.union.typeName, at);
    case "bare":
      return typeName(t.ctor.typeName, at);
    case "query":
      return `${at.imports.type(at.requestModule, "TlRequest")}<${t.param}>`;
    case "queryResult":
      return t.param;
  }
}

function typeName(name: string, at: TypeImports): string {
  return at.typesModule === null ? name : at.imports.type(at.typesModule, name);
}

/** The TS type of a field's property: a `?true` field is a boolean. */
export function fieldType(f: FieldPlan, at: TypeImports): string {
  return f.role === "flag" ? "boolean" : tsType(f.wire, at);
}

/** `0x4` for bit 2: the mask of a flag bit, as code. */
export function flagMask(bit: number): string {
  return `0x${((1 << bit) >>> 0).toString(16)}`;
}
