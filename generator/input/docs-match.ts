// Docs written for one schema applied to another: tlgen's bundled descriptions, errors and
// availability describe the bundled layer, but most declarations are the same in the schema a
// user gives (another layer, GramJS's text). A declaration keeps its docs when its name and its
// id are the ones the docs were written for; a changed declaration loses them rather than
// showing a description of something else. Pure.
import type { Closure } from "../model/closure.ts";
import type { SchemaModel } from "../model/ir.ts";
import { entryDocs, type SchemaDocs } from "../model/schema-docs.ts";

/**
 * The declared id of every `name#id` line of some TL texts. A light scan, not a parse: it reads
 * the schema the docs came with (tlgen's own, whose every line carries its id).
 */
export function declaredIds(texts: readonly string[]): Record<string, number> {
  // Without a prototype: a TL name like `constructor` is a key like any other.
  const ids = Object.create(null) as Record<string, number>;
  for (const text of texts) {
    for (const m of text.matchAll(/^([A-Za-z_][\w.]*)#([0-9a-fA-F]{1,8})\b/gm)) ids[m[1]] = parseInt(m[2], 16);
  }
  return ids;
}

/** `docs` restricted to the declarations of `model` whose name and id are those in `ids`. */
export function matchDocs(docs: SchemaDocs, ids: Readonly<Record<string, number>>, model: SchemaModel): SchemaDocs {
  const idOf = new Map([...model.constructors, ...model.functions].map((c) => [c.name, c.id]));
  const entries = Object.assign(
    Object.create(null) as SchemaDocs["entries"],
    Object.fromEntries(Object.entries(docs.entries).filter(([name]) => idOf.has(name) && Object.hasOwn(ids, name) && idOf.get(name) === ids[name])),
  );
  return { ...docs, entries };
}

/** The package's declarations (constructors and functions), and how many have a description. */
export function countDocumented(docs: SchemaDocs, closure: Closure): { declarations: number; documented: number } {
  const all = [...closure.constructors, ...closure.functions];
  return { declarations: all.length, documented: all.filter((c) => entryDocs(docs, c.name)?.description).length };
}
