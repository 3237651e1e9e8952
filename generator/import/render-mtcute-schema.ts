// Room import/: rendering mtcute's JSON schema as TL text (schema:import).
// Imports: base/, model/. Imported by: nothing.
//
// Renders mtcute's JSON schema (`@mtcute/core/tl/*.json`) as TL text, and gathers its docs,
// errors and availability into one side file. Pure: the script in scripts/ does the I/O.
//
// Rendering rules: `int53` is TL `long`; `typeModifiers.isVector` is `Vector<...>`,
// `isBareVector` is `vector<...>`, `isBareType` names the bare constructor; `mtcute.*`
// entries are mtcute's own and are dropped, and so are TDLib's legacy constructors (below);
// mtproto entries lose their `mt_` prefix.
import type { SchemaDocs } from "../model/schema-docs.ts";
import { byName, compareStrings } from "../base/order.ts";

export interface MtcuteArgument {
  name: string;
  type: string;
  comment?: string;
  typeModifiers?: { predicate?: string; isVector?: boolean; isBareVector?: boolean; isBareType?: boolean };
}

export interface MtcuteEntry {
  kind: "class" | "method";
  name: string;
  type: string;
  id: number;
  comment?: string;
  generics?: { name: string; type: string }[];
  arguments: MtcuteArgument[];
  typeModifiers?: { isVector?: boolean };
  throws?: { code: number; name: string; comment?: string }[];
  available?: string;
}

export interface MtcuteApiSchema {
  l: number;
  e: MtcuteEntry[];
  u: Record<string, string>;
}

export interface MtcuteErrors {
  base: Record<string, number>;
  errors: Record<string, { code: number; name: string; description?: string }>;
}

/** Builtin constructors every api.tl has but mtcute's JSON leaves out. Their ids are verified by the id check. */
const API_PRELUDE = [
  "boolFalse#bc799737 = Bool;",
  "boolTrue#997275b5 = Bool;",
  "",
  "true#3fedd339 = True;",
  "",
  "vector#1cb5c415 {t:Type} # [ t ] = Vector t;",
  "",
  "null#56730bcc = Null;",
  "",
];

/**
 * mtcute's mtp-schema.json marks every entry as a class; these are the MTProto functions
 * (the `---functions---` part of mtproto.tl).
 */
const MTPROTO_FUNCTIONS = new Set([
  "req_pq",
  "req_pq_multi",
  "req_DH_params",
  "set_client_DH_params",
  "rpc_drop_answer",
  "get_future_salts",
  "ping",
  "ping_delay_disconnect",
  "destroy_session",
  "destroy_auth_key",
]);

/**
 * TDLib-only constructors that mtcute's JSON carries but Telegram's api.tl does not. Their ids
 * were assigned by TDLib and are not the CRC32 of their lines, so the id check rejects them.
 */
const TDLIB_ONLY = new Set(["inputPeerPhotoFileLocationLegacy", "inputStickerSetThumbLegacy"]);

/** mtcute's own entries and TDLib's extras are not part of the Telegram API. */
function isApiEntry(e: MtcuteEntry): boolean {
  return !e.name.startsWith("mtcute.") && !TDLIB_ONLY.has(e.name);
}

function stripMt(name: string): string {
  return name.startsWith("mt_") ? name.slice(3) : name;
}

function renderType(a: MtcuteArgument): string {
  const base = stripMt(a.type === "int53" ? "long" : a.type);
  const mods = a.typeModifiers ?? {};
  const inner = mods.isBareVector ? `vector<${base}>` : mods.isVector ? `Vector<${base}>` : base;
  return mods.predicate ? `${mods.predicate}?${inner}` : inner;
}

/** One TL line for one mtcute entry. */
export function renderEntry(e: MtcuteEntry): string {
  const name = stripMt(e.name);
  const generics = (e.generics ?? []).map((g) => `{${g.name}:${g.type}}`);
  const params = e.arguments.map((a) => `${a.name}:${renderType(a)}`);
  const result = e.typeModifiers?.isVector ? `Vector<${e.type}>` : e.type;
  const id = (e.id >>> 0).toString(16).padStart(8, "0");
  return [`${name}#${id}`, ...generics, ...params, "=", `${result};`].join(" ");
}

function header(source: string, layer: number | null): string[] {
  return [
    `// Rendered by "npm run schema:import" from ${source}${layer === null ? "" : `, layer ${layer}`}.`,
    "// Do not edit by hand: change the import script or the pinned package version instead.",
    "",
  ];
}

export function renderApiSchema(schema: MtcuteApiSchema, source: string): string {
  const entries = schema.e.filter(isApiEntry);
  const classes = entries.filter((e) => e.kind === "class").map(renderEntry);
  const methods = entries.filter((e) => e.kind === "method").map(renderEntry);
  return [...header(source, schema.l), ...API_PRELUDE, ...classes, "", "---functions---", "", ...methods, "", `// LAYER ${schema.l}`, ""].join("\n");
}

export function renderMtprotoSchema(entries: MtcuteEntry[], source: string): string {
  const types = entries.filter((e) => !MTPROTO_FUNCTIONS.has(stripMt(e.name))).map(renderEntry);
  const functions = entries.filter((e) => MTPROTO_FUNCTIONS.has(stripMt(e.name))).map(renderEntry);
  return [...header(source, null), ...types, "", "---functions---", "", ...functions, ""].join("\n");
}

export function collectDocs(schema: MtcuteApiSchema, errors: MtcuteErrors, source: string): SchemaDocs {
  const entries: SchemaDocs["entries"] = {};
  const sorted = schema.e.filter(isApiEntry).sort(byName);
  for (const e of sorted) {
    entries[e.name] = {
      kind: e.kind === "class" ? "constructor" : "function",
      description: e.comment ?? null,
      params: Object.fromEntries(e.arguments.filter((a) => a.comment).map((a) => [a.name, a.comment!])),
      throws: (e.throws ?? []).map((t) => ({ code: t.code, name: t.name, description: t.comment ?? null })),
      available: e.available === "user" || e.available === "bot" ? e.available : "both",
    };
  }
  const errorList = Object.values(errors.errors).sort(byName);
  return {
    source,
    layer: schema.l,
    types: Object.fromEntries(Object.entries(schema.u).sort(([a], [b]) => compareStrings(a, b))),
    entries,
    errors: Object.fromEntries(errorList.map((x) => [x.name, { code: x.code, description: x.description ?? null }])),
    errorCodes: errors.base,
  };
}

/** schema/availability.json: methods bots may call too, or only bots. */
export interface AvailabilityOverrides {
  both: string[];
  bot: string[];
}

/**
 * mtcute's `available: "user"` says users can call a method, not that bots cannot; the
 * overrides name the methods bots can call. Everything else stays user-only.
 */
export function applyAvailability(docs: SchemaDocs, overrides: AvailabilityOverrides): SchemaDocs {
  const entries = { ...docs.entries };
  for (const [list, value] of [[overrides.both, "both"], [overrides.bot, "bot"]] as const) {
    for (const name of list) {
      if (!entries[name]) throw new Error(`schema/availability.json names ${name}, which the schema does not have`);
      entries[name] = { ...entries[name], available: value };
    }
  }
  for (const [name, e] of Object.entries(entries)) if (e.kind === "function" && e.available === "both" && !overrides.both.includes(name)) entries[name] = { ...e, available: "user" };
  return { ...docs, entries };
}
