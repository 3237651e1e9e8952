// What every emitter reads: the closure, lookups by name, docs, and the header facts.
import type { Combinator, SchemaModel, TypeRef, Union } from "../model/ir.ts";
import type { Closure } from "../model/closure.ts";
import type { SchemaDocs } from "../model/schema-docs.ts";
import { tsType } from "./type-map.ts";

export interface EmitContext {
  model: SchemaModel;
  closure: Closure;
  docs: SchemaDocs;
  /** The layer generated/ is built from (0 when the schema names none). */
  layer: number;
  /** The schema files, as the header names them. */
  schemaFiles: string[];
  /** The generated package's name, for imports in docs. */
  packageName: string;
  ctorByName: ReadonlyMap<string, Combinator>;
  unionByName: ReadonlyMap<string, Union>;
  /** The only constructor of a type used as `%Type`. */
  resolveBare(typeName: string): string;
  /** TS type of a TL type. */
  ts(t: TypeRef): string;
}

export function createContext(model: SchemaModel, closure: Closure, docs: SchemaDocs, schemaFiles: string[], packageName: string): EmitContext {
  const ctorByName = new Map(model.constructors.map((c) => [c.name, c]));
  const unionByName = new Map(model.unions.map((u) => [u.name, u]));
  const resolveBare = (typeName: string): string => unionByName.get(typeName)?.constructors[0] ?? typeName;
  return {
    model,
    closure,
    docs,
    layer: model.layer ?? 0,
    schemaFiles,
    packageName,
    ctorByName,
    unionByName,
    resolveBare,
    ts: (t) => tsType(t, resolveBare),
  };
}
