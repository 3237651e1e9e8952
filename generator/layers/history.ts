// Room layers/: the layer history: earlier forms of the bundled schema's constructors (built by npm
// run layers:import), checked and chosen for a package.
// Imports: base/, model/, parse/. Imported by: api/, pipeline.ts, plan/.
//
// The layer history (schema/layer-history.json): for each constructor of the bundled schema whose
// id changed within the history's layers, the forms it had, each with its id, the layers it was
// seen at and its TL line. Built by `npm run layers:import` (scripts/import-layer-history.ts)
// from pinned registry packages and committed; generation reads it and never the network.
// This module is the file's shape and its validation: a hand-edited or truncated file is refused
// with where and why.

/** One form of a constructor: an id it had, and the layers of the history that used it. */
export interface HistoryForm {
  /** Eight lowercase hex digits. */
  id: string;
  /** The first and the last layer of the history at which the constructor had this id. */
  layers: [number, number];
  /** Its TL line (canonical, with the id); absent for the bundled schema's own form. */
  line?: string;
}

export interface LayerHistory {
  /** What the file is, for a reader who opens it. */
  about: string;
  /** The bundled schema's layer: the newest of the history. */
  layer: number;
  /** The layers the history read, oldest first, with the package each came from. */
  sources: { layer: number; from: string }[];
  /** By constructor name: its forms, oldest first; the last is the bundled one (no line). */
  constructors: Record<string, HistoryForm[]>;
}

/** A history file that cannot be used: the message says where and why. */
export class LayerHistoryError extends Error {}

const HEX_ID = /^[0-9a-f]{8}$/;

/** Checks the parsed JSON of a history file; throws LayerHistoryError naming the first problem. */
export function validateHistory(data: unknown, file: string): LayerHistory {
  const fail = (where: string, why: string): never => {
    throw new LayerHistoryError(`${file}: ${where}: ${why}`);
  };
  if (!isObject(data)) return fail("the top level", "not an object");
  if (!isLayer(data.layer)) fail("layer", "not a layer number");
  if (typeof data.about !== "string") fail("about", "not a string");
  if (!Array.isArray(data.sources)) fail("sources", "not a list");
  (data.sources as unknown[]).forEach((s, i) => {
    if (!isObject(s) || !isLayer(s.layer) || typeof s.from !== "string") fail(`sources[${i}]`, "not { layer, from }");
  });
  if (!isObject(data.constructors)) return fail("constructors", "not an object");
  for (const [name, forms] of Object.entries(data.constructors)) {
    if (!Array.isArray(forms) || forms.length === 0) fail(`constructors.${name}`, "not a non-empty list of forms");
    (forms as unknown[]).forEach((f, i) => {
      const at = `constructors.${name}[${i}]`;
      if (!isObject(f)) return fail(at, "not an object");
      if (typeof f.id !== "string" || !HEX_ID.test(f.id)) fail(`${at}.id`, "not eight lowercase hex digits");
      if (!Array.isArray(f.layers) || f.layers.length !== 2 || !isLayer(f.layers[0]) || !isLayer(f.layers[1]) || f.layers[0] > f.layers[1])
        fail(`${at}.layers`, "not [first, last] layer numbers");
      if (f.line !== undefined && (typeof f.line !== "string" || !f.line.startsWith(`${name}#${f.id as string} `)))
        fail(`${at}.line`, `not a TL line starting "${name}#${f.id as string} "`);
    });
  }
  return data as unknown as LayerHistory;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function isLayer(x: unknown): x is number {
  return typeof x === "number" && Number.isInteger(x) && x >= 0 && x < 100000;
}

/** The oldest layer a history reaches, or null for an empty one. */
export function historyFloor(history: LayerHistory): number | null {
  return history.sources.length ? Math.min(...history.sources.map((s) => s.layer)) : null;
}

/** The history's file as committed: one form per line, so a diff shows what changed. */
export function formatHistory(history: LayerHistory): string {
  const names = Object.keys(history.constructors);
  const body = names.map((n, i) => {
    const forms = history.constructors[n].map((f) => `    ${JSON.stringify(f)}`).join(",\n");
    return `  ${JSON.stringify(n)}: [\n${forms}\n  ]${i < names.length - 1 ? "," : ""}`;
  });
  return [
    "{",
    `"about": ${JSON.stringify(history.about)},`,
    `"layer": ${history.layer},`,
    `"sources": [\n${history.sources.map((s) => `  ${JSON.stringify(s)}`).join(",\n")}\n],`,
    `"constructors": {\n${body.join("\n")}\n}`,
    "}",
    "",
  ].join("\n");
}
