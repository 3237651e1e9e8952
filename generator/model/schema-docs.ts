// The side data kept beside the schema (schema/api-docs.json): descriptions, per-method
// errors and bot/user availability, keyed by TL name.

export interface EntryDocs {
  kind: "constructor" | "function";
  description: string | null;
  /** Parameter descriptions by TL parameter name. */
  params: Record<string, string>;
  throws: { code: number; name: string; description: string | null }[];
  /** "user" when only users may call it, "bot" when only bots, "both" otherwise. */
  available: "user" | "bot" | "both";
}

export interface SchemaDocs {
  source: string;
  layer: number;
  /** Union (boxed type) descriptions. */
  types: Record<string, string>;
  entries: Record<string, EntryDocs>;
  /** Every known RPC error name, with its code and description. */
  errors: Record<string, { code: number; description: string | null }>;
  /** Generic error types by name (`BAD_REQUEST` -> 400). */
  errorCodes: Record<string, number>;
}

/** No docs at all (a schema given on the command line without a side file). */
export const EMPTY_DOCS: SchemaDocs = { source: "none", layer: 0, types: {}, entries: {}, errors: {}, errorCodes: {} };

// Lookups by TL name see only the data's own entries: a declaration named `constructor` or a
// parameter named `toString` must find nothing, not a member of Object.prototype.

/** The docs of a constructor or function, or null. */
export function entryDocs(docs: SchemaDocs, name: string): EntryDocs | null {
  return Object.hasOwn(docs.entries, name) ? docs.entries[name] : null;
}

/** The description of a union (boxed type), or null. */
export function typeDocs(docs: SchemaDocs, name: string): string | null {
  return Object.hasOwn(docs.types, name) ? docs.types[name] : null;
}

/** The description of a parameter, or null. */
export function paramDocs(entry: EntryDocs | null, name: string): string | null {
  return entry && Object.hasOwn(entry.params, name) ? entry.params[name] : null;
}
