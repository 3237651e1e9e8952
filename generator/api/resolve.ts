// Options -> everything one generate run reads, as raw text (which is also the cache key), and
// where its output and cache go. The only place that decides the defaults: the schema, docs and
// selection bundled with tlgen, the output folder, the package name, the cache folder.
import { basename, join, resolve } from "node:path";
import type { SchemaSource } from "../model/analyze.ts";
import type { GenerateInput } from "../pipeline.ts";
import type { SchemaDocs } from "../model/schema-docs.ts";
import type { BotApiRules } from "../emit/emit-bot-api.ts";
import { EMPTY_DOCS } from "../model/schema-docs.ts";
import { parseSelection, type SelectionPattern } from "../input/selection.ts";
import { declaredIds } from "../input/docs-match.ts";
import { DocsError, parseDocs } from "../input/read-docs.ts";
import { validateOptions } from "./options.ts";
import { BUNDLED, PROJECT_ROOT, loadHelpers, loadRuntime } from "../input/project-files.ts";
import { displayPath, projectRootOf, readText, sameFile, sourceName } from "./files.ts";
import { readSchemaFrom } from "./schema-from.ts";
import { insideInstall, realOrResolved } from "../output/output-guard.ts";
import { TlgenError, usageError } from "./errors.ts";
import { commandOf } from "./command.ts";
import type { GenerateOptions, SchemaText } from "./types.ts";
import { LayerHistoryError, validateHistory, type LayerHistory } from "../layers/history.ts";

/** Every input the output depends on, as read: the cache key is computed from this object. */
export interface RawInputs {
  sources: SchemaSource[];
  selection: SelectionPattern[];
  all: boolean;
  docs: { name: string; text: string } | null;
  /** The ids the bundled docs were written for, when they are applied to another schema. */
  docsIds: Record<string, number> | null;
  idAllowlistText: string;
  botApiText: string | null;
  runtime: { name: string; text: string }[];
  helpers: { name: string; text: string }[];
  packageName: string;
  layer: number | null;
  command: string;
  /** schema/layer-history.json as read. */
  historyText: string;
  /** The oldest layer the readers read; false for none; null for the whole history. */
  olderLayers: number | false | null;
}

export interface ResolvedRun {
  /** The folder relative paths were resolved from: the config's folder, or the working directory. */
  cwd: string;
  /** The project the run belongs to (the nearest package.json at or above `cwd`). */
  root: string;
  out: string;
  /** Null: no cache. */
  cacheDir: string | null;
  raw: RawInputs;
  /** Every file read, absolute, and the runtime and helper folders: what watch mode watches. */
  inputFiles: string[];
  /** The text of each file diagnostics can point into, by the name they give it. */
  texts: Map<string, string>;
}

const NPM_NAME = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;
/** Names npm refuses although they match the pattern. */
const RESERVED_NPM_NAMES = new Set(["node_modules", "favicon.ico"]);

/** Resolves and reads everything `options` asks for; a bad option or unreadable file is a TlgenError. */
export function resolveGenerate(options: GenerateOptions, where = "generate() options"): ResolvedRun {
  validateOptions(options, where);
  const cwd = resolve(options.cwd ?? process.cwd());
  const root = projectRootOf(cwd);
  const inputFiles: string[] = [];
  const read = (file: string): string => {
    const full = resolve(cwd, file);
    inputFiles.push(full);
    return readText(full, displayPath(full));
  };
  const schema = readSchema(options, cwd, root, read, inputFiles);
  const selection = readSelectionOf(options, schema.bundled, (file) => {
    const name = sourceName(resolve(cwd, file), root);
    return { name, text: read(file) };
  });
  const docs = options.docs === false ? null : { name: options.docs ?? BUNDLED.docs, text: read(options.docs ?? BUNDLED.docs) };
  const docsIds = options.docs === undefined && !schema.bundled ? declaredIds(BUNDLED.schema.map((f) => read(f))) : null;
  const out = resolve(cwd, options.out ?? "generated");
  // Real paths: a symlink in the project that points into node_modules/tlgen is inside it too.
  if (insideInstall(out)) throw usageError(`refusing to write inside tlgen's own install (${realOrResolved(out)}): give "out" a folder of your project`);
  const packageName = options.name ?? defaultName(out);
  if (!NPM_NAME.test(packageName) || RESERVED_NPM_NAMES.has(packageName)) throw usageError(`"${packageName}" is not a valid npm package name (name)`);
  // Installed into node_modules, a package named tlgen would replace the tool that wrote it.
  if (packageName === "tlgen") throw usageError(`"tlgen" is tlgen's own name: installing the output would replace the tool; choose another name (name)`);
  const raw: RawInputs = {
    sources: schema.sources,
    selection: selection.patterns,
    all: selection.all,
    docs,
    docsIds,
    idAllowlistText: read(BUNDLED.idAllowlist),
    botApiText: schema.bundled ? read(BUNDLED.botApi) : null,
    runtime: loadRuntime(),
    helpers: loadHelpers(),
    packageName,
    layer: options.layer ?? schema.layer,
    command: options.command ?? commandOf(options),
    historyText: read(BUNDLED.layerHistory),
    olderLayers: options.olderLayers ?? null,
  };
  inputFiles.push(join(PROJECT_ROOT, "generator", "runtime"), join(PROJECT_ROOT, "generator", "helpers"));
  const texts = new Map([...schema.sources.map((s): [string, string] => [s.file, s.text]), ...selection.texts]);
  return { cwd, root, out, cacheDir: cacheDirOf(options, cwd, root), raw, inputFiles: [...new Set(inputFiles)], texts };
}

/** The pipeline's input, parsed from the raw inputs (only on a cache miss). */
export function pipelineInput(raw: RawInputs, previousManifest: string | null): GenerateInput {
  return {
    sources: raw.sources,
    selection: raw.selection,
    all: raw.all,
    docs: raw.docs ? docsOf(raw.docs.text, raw.docs.name) : EMPTY_DOCS,
    docsIds: raw.docsIds,
    idAllowlist: parseJson(raw.idAllowlistText, BUNDLED.idAllowlist),
    runtime: raw.runtime,
    helpers: raw.helpers,
    botApi: raw.botApiText ? parseJson<BotApiRules>(raw.botApiText, BUNDLED.botApi) : null,
    packageName: raw.packageName,
    layer: raw.layer,
    command: raw.command,
    history: historyOf(raw.historyText),
    olderLayers: raw.olderLayers,
    previousManifest,
  };
}

interface ReadSchema {
  sources: SchemaSource[];
  /** True when the schema is tlgen's own (its docs, Bot API rules and selection apply as they are). */
  bundled: boolean;
  layer: number | null;
}

function readSchema(options: GenerateOptions, cwd: string, root: string, read: (f: string) => string, inputFiles: string[]): ReadSchema {
  if (options.schemaFrom !== undefined) {
    if (options.schema !== undefined) throw usageError('"schema" and "schemaFrom" cannot be used together');
    const fromPackage = readSchemaFrom(options.schemaFrom, root);
    inputFiles.push(...fromPackage.files);
    return { sources: fromPackage.sources, bundled: false, layer: fromPackage.layer };
  }
  const given: (string | SchemaText)[] = options.schema === undefined ? [...BUNDLED.schema] : typeof options.schema === "string" ? [options.schema] : [...options.schema];
  const sources = given.map((s) => (typeof s === "string" ? { file: sourceName(resolve(cwd, s), root), text: read(s) } : { file: s.file, text: s.text }));
  const paths = given.filter((s): s is string => typeof s === "string").map((s) => resolve(cwd, s));
  const bundled = paths.length === BUNDLED.schema.length && BUNDLED.schema.every((b) => paths.some((p) => sameFile(p, b)));
  return { sources, bundled, layer: null };
}

interface ReadSelection {
  patterns: SelectionPattern[];
  all: boolean;
  /** The text the patterns' spans point into, by name. */
  texts: [string, string][];
}

function readSelectionOf(options: GenerateOptions, bundledSchema: boolean, read: (f: string) => { name: string; text: string }): ReadSelection {
  const given = [options.include !== undefined && "include", options.selection !== undefined && "selection", options.all && "all"].filter(Boolean);
  if (given.length > 1) throw usageError(`"${given[0]}" and "${given[1]}" cannot be used together: say which methods to generate one way`);
  if (options.all) return { patterns: [], all: true, texts: [] };
  if (options.include !== undefined) {
    const list = typeof options.include === "string" ? [options.include] : options.include;
    const patterns = list.map((pattern, i) => ({ pattern, span: { file: "include", line: i + 1, column: 1, offset: 0, end: pattern.length } }));
    return { patterns, all: false, texts: [["include", list.join("\n")]] };
  }
  const file = options.selection ?? (bundledSchema ? BUNDLED.selection : null);
  if (file === null) throw usageError('which methods? With your own schema, give "include" (patterns), "selection" (a roots file) or "all"');
  const { name, text } = read(file);
  return { patterns: parseSelection(text, name), all: false, texts: [[name, text]] };
}

function cacheDirOf(options: GenerateOptions, cwd: string, root: string): string | null {
  if (options.cacheDir === false) return null;
  if (options.cacheDir !== undefined) {
    const given = resolve(cwd, options.cacheDir);
    if (insideInstall(given)) throw usageError(`refusing to keep the cache inside tlgen's own install (${realOrResolved(given)}): give "cacheDir" a folder of your project`);
    return given;
  }
  const dir = join(root, "node_modules", ".cache", "tlgen");
  // Run from inside an installed tlgen: no cache rather than one in the install.
  return insideInstall(dir) ? null : dir;
}

/** The output folder's name when it is a valid npm name ("my-tl"), else "tl-api". */
function defaultName(out: string): string {
  const base = basename(out);
  return NPM_NAME.test(base) ? base : "tl-api";
}

/** The layer history, checked: a broken file is an input error naming where and why. */
function historyOf(text: string): LayerHistory {
  try {
    return validateHistory(parseJson<unknown>(text, BUNDLED.layerHistory), BUNDLED.layerHistory);
  } catch (e) {
    if (e instanceof LayerHistoryError) throw new TlgenError("input", `${e.message} (npm run layers:import rebuilds it)`);
    throw e;
  }
}

/** The docs data, parsed and checked (read-docs.ts): a wrong shape is an input error naming where. */
function docsOf(text: string, name: string): SchemaDocs {
  try {
    return parseDocs(text, name);
  } catch (e) {
    if (e instanceof DocsError) throw new TlgenError("input", e.message);
    throw e;
  }
}

function parseJson<T>(text: string, name: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new TlgenError("input", `${name} is not valid JSON: ${(e as Error).message}`);
  }
}
