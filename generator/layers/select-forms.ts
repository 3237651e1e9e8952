// Which earlier forms of its constructors a package reads, from the layer history: for a package
// at layer L reading back to layer F (the config's `olderLayers`, by default the history's
// oldest), a form of a constructor in the closure is read when its id is not the package's own
// and it was last seen at a layer from F up to L. Forms first seen after L are "newer" (the
// package names them in its unknown-id error, asking for a newer schema), forms last seen before
// F "older" (named, but not read). Each line is parsed with the TL grammar and its CRC32 checked
// again, and an accepted id must be no id of the package's schema: otherwise generation stops.
import { parseSchemaText } from "../parse/parse.ts";
import { buildModel } from "../model/build-model.ts";
import { formatId } from "../model/canonical.ts";
import type { Combinator, SchemaModel } from "../model/ir.ts";
import { error, type Diagnostic } from "../parse/diagnostics.ts";
import { historyFloor, type LayerHistory } from "./history.ts";

export const HISTORY_FILE_NAME = "schema/layer-history.json";

/** An earlier form a package reads, parsed. */
export interface OlderForm {
  name: string;
  id: number;
  /** The first and last layer of the history that used it. */
  layers: [number, number];
  combinator: Combinator;
}

/** A form the package knows of but does not read: for the unknown-id error. */
export interface KnownForm {
  name: string;
  id: number;
  layers: [number, number];
  /** Newer than the package, older than it reads, or not readable into today's type (with why). */
  why: "newer" | "older" | "unreadable";
  reason?: string;
}

export interface PackageForms {
  /** The oldest layer the package reads (its own layer when it reads none older). */
  oldest: number;
  /** By constructor name. */
  older: Map<string, OlderForm[]>;
  known: KnownForm[];
  diagnostics: Diagnostic[];
}

const NONE = (layer: number): PackageForms => ({ oldest: layer, older: new Map(), known: [], diagnostics: [] });

/**
 * `olderLayers`: false reads no earlier form; a number is the oldest layer read; null is the
 * whole history. A package without a layer (0) has no place in the history and reads none.
 */
export function selectForms(history: LayerHistory | null, layer: number, olderLayers: false | number | null, closure: readonly Combinator[], model: SchemaModel): PackageForms {
  const floor = history ? historyFloor(history) : null;
  if (!history || floor === null || layer === 0) return NONE(layer);
  const oldest = olderLayers === false ? layer : Math.min(layer, Math.max(olderLayers ?? floor, floor));
  const result: PackageForms = { oldest, older: new Map(), known: [], diagnostics: [] };
  const owner = new Map<number, string>();
  for (const c of [...model.constructors, ...model.functions]) owner.set(c.id, c.name);
  const candidates: { name: string; id: number; layers: [number, number]; line: string }[] = [];
  for (const c of closure) {
    // Own entries only: a constructor may be named like an Object.prototype member (`constructor`).
    const forms = Object.hasOwn(history.constructors, c.name) ? history.constructors[c.name] : undefined;
    if (!forms) continue;
    for (const f of forms) {
      const id = parseInt(f.id, 16);
      if (id === c.id) continue;
      const layers: [number, number] = [f.layers[0], f.layers[1]];
      if (layers[0] > layer) result.known.push({ name: c.name, id, layers, why: "newer" });
      else if (f.line === undefined) result.known.push({ name: c.name, id, layers, why: "unreadable", reason: "the history has no line for it (it is schema/api.tl's)" });
      else if (olderLayers === false || layers[1] < oldest) result.known.push({ name: c.name, id, layers, why: "older" });
      else candidates.push({ name: c.name, id, layers, line: f.line });
    }
  }
  const parsed = parseLines(candidates.map((x) => x.line), result.diagnostics);
  const accepted = new Map<number, string>();
  candidates.forEach((x, i) => {
    const combinator = parsed[i];
    if (!combinator) return;
    if (combinator.name !== x.name || combinator.computedId !== x.id) {
      const why = combinator.name !== x.name ? `is a line of ${combinator.name}` : `hashes to #${formatId(combinator.computedId)}, not its id`;
      result.diagnostics.push(historyError(`the line of ${x.name}#${formatId(x.id)} ${why}: ${x.line}`));
      return;
    }
    const clash = owner.get(x.id) ?? accepted.get(x.id);
    if (clash !== undefined && clash !== x.name) {
      result.diagnostics.push(historyError(`#${formatId(x.id)}, an earlier id of ${x.name} (layers ${x.layers[0]} to ${x.layers[1]}), is also ${clash}'s id: a reader would take one for the other`));
      return;
    }
    accepted.set(x.id, x.name);
    const list = result.older.get(x.name) ?? [];
    list.push({ name: x.name, id: x.id, layers: x.layers, combinator });
    result.older.set(x.name, list);
  });
  return result;
}

/**
 * The lines parsed as one text (one parse, not hundreds), each to its combinator by its line
 * number; null for a line that is not exactly one constructor.
 */
function parseLines(lines: readonly string[], diagnostics: Diagnostic[]): (Combinator | null)[] {
  if (lines.length === 0) return [];
  const parsed = parseSchemaText(lines.join("\n"), HISTORY_FILE_NAME);
  const byLine = new Map<number, Combinator>();
  const counts = new Map<number, number>();
  for (const c of buildModel([parsed.ast]).constructors) {
    byLine.set(c.span.line, c);
    counts.set(c.span.line, (counts.get(c.span.line) ?? 0) + 1);
  }
  const broken = new Set(parsed.diagnostics.filter((d) => d.severity === "error").map((d) => d.span.line));
  return lines.map((line, i) => {
    const c = byLine.get(i + 1);
    if (c && counts.get(i + 1) === 1 && !broken.has(i + 1) && !line.includes("\n")) return c;
    diagnostics.push(historyError(`a line does not parse as one constructor: ${line}`));
    return null;
  });
}

function historyError(message: string): Diagnostic {
  return error("TL030", message, { file: HISTORY_FILE_NAME, line: 1, column: 1, offset: 0, end: 0 }, ["the layer history is rebuilt by npm run layers:import"]);
}
