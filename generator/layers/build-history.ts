// Builds the layer history from schemas of past layers and the bundled one (pure; the script
// scripts/import-layer-history.ts fetches the schemas). Every old line's CRC32 must equal its id,
// as schema:import demands of the bundled schema: a line that does not hash to its id is left
// out and reported. Only what differs is kept: constructors whose id changed within the history,
// and for each its forms (the bundled one without its line, which schema/api.tl already has).
import { analyzeSchema, type SchemaSource } from "../model/analyze.ts";
import { formatId, printCombinator } from "../model/canonical.ts";
import type { SchemaModel } from "../model/ir.ts";
import { compareStrings } from "../base/order.ts";
import type { HistoryForm, LayerHistory } from "./history.ts";

export interface PastSchema {
  layer: number;
  /** The package and file it came from: `telegram@2.18.36 tl/apiTl.js`. */
  from: string;
  text: string;
}

export interface HistoryBuild {
  history: LayerHistory;
  /** Lines left out because their CRC32 is not their id, as `layer 160: name#id (computed #x)`. */
  unverified: string[];
  /** Old ids that would collide with another constructor's id: the history must not be written. */
  collisions: string[];
}

interface Seen {
  id: number;
  line: string;
  first: number;
  last: number;
}

export function buildLayerHistory(past: readonly PastSchema[], current: SchemaModel, currentLayer: number): HistoryBuild {
  const unverified: string[] = [];
  const forms = new Map<string, Map<number, Seen>>();
  const currentByName = new Map(current.constructors.map((c) => [c.name, c]));
  const sorted = [...past].sort((a, b) => a.layer - b.layer);
  for (const schema of sorted) {
    const model = analyzeSchema([{ file: schema.from, text: schema.text } satisfies SchemaSource]).model;
    for (const c of model.constructors) {
      if (!currentByName.has(c.name)) continue; // gone by the bundled layer: today's types cannot hold it
      if (c.declaredId === null || c.declaredId !== c.computedId) {
        unverified.push(`layer ${schema.layer}: ${c.name}#${c.declaredId === null ? "(none)" : formatId(c.declaredId)} (computed #${formatId(c.computedId)})`);
        continue;
      }
      record(forms, c.name, c.id, printCombinator(c), schema.layer);
    }
  }
  for (const c of current.constructors) record(forms, c.name, c.id, "", currentLayer);

  const constructors: Record<string, HistoryForm[]> = Object.create(null) as Record<string, HistoryForm[]>;
  for (const name of [...forms.keys()].sort(compareStrings)) {
    const seen = [...forms.get(name)!.values()];
    if (seen.length < 2) continue;
    const currentId = currentByName.get(name)!.id;
    constructors[name] = seen
      // Oldest first, today's last (a package's own schema may lag: GramJS's 198 has a form mtcute's 189 had not).
      .sort((a, b) => Number(a.id === currentId) - Number(b.id === currentId) || a.first - b.first || a.last - b.last)
      .map((s) => (s.id === currentId ? { id: formatId(s.id), layers: [s.first, s.last] } : { id: formatId(s.id), layers: [s.first, s.last], line: s.line }));
  }
  return {
    history: {
      about:
        "Earlier forms of the bundled schema's constructors, by layer: written by `npm run layers:import` (scripts/import-layer-history.ts) from the pinned packages its sources name. Do not edit by hand.",
      layer: currentLayer,
      sources: [...sorted.map((s) => ({ layer: s.layer, from: s.from })), { layer: currentLayer, from: "schema/api.tl" }],
      constructors,
    },
    unverified,
    collisions: findCollisions(constructors, current),
  };
}

function record(forms: Map<string, Map<number, Seen>>, name: string, id: number, line: string, layer: number): void {
  let byId = forms.get(name);
  if (!byId) forms.set(name, (byId = new Map()));
  const seen = byId.get(id);
  if (seen) seen.last = Math.max(seen.last, layer);
  else byId.set(id, { id, line, first: layer, last: layer });
}

/**
 * An old id must be no other constructor's or function's id today, and no two names' old ids may
 * be one: a reader that accepts it would otherwise read one constructor as another.
 */
export function findCollisions(constructors: Readonly<Record<string, readonly HistoryForm[]>>, current: SchemaModel): string[] {
  const owner = new Map<string, string>();
  for (const c of [...current.constructors, ...current.functions]) owner.set(formatId(c.id), c.name);
  const problems: string[] = [];
  const oldOwner = new Map<string, string>();
  for (const [name, list] of Object.entries(constructors)) {
    for (const f of list) {
      const today = owner.get(f.id);
      if (today !== undefined && today !== name) problems.push(`#${f.id}, an earlier id of ${name}, is ${today}'s id today`);
      const other = oldOwner.get(f.id);
      if (other !== undefined && other !== name) problems.push(`#${f.id} is an earlier id of both ${other} and ${name}`);
      oldOwner.set(f.id, name);
    }
  }
  return problems;
}
