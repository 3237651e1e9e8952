// generate(input) -> files: schema text -> checked model -> closure of the selected roots ->
// ts-morph structures -> text -> prettier -> JS + declarations. Pure apart from CPU: the CLI
// reads the inputs and writes the outputs (write.ts).
import { Project, StructureKind, type StatementStructures } from "ts-morph";
import { analyzeSchema, type SchemaSource } from "./analyze.ts";
import { error, sortDiagnostics, type Diagnostic } from "./diagnostics.ts";
import { computeClosure, selectRoots } from "./model/closure.ts";
import type { IdAllowlistEntry } from "./model/checks/ctor-ids.ts";
import type { SchemaDocs } from "./model/schema-docs.ts";
import type { SelectionPattern } from "./selection.ts";
import { createContext, type EmitContext } from "./emit/context.ts";
import { emitTypes } from "./emit/emit-types.ts";
import { emitCodecs } from "./emit/emit-codecs.ts";
import { emitGuards } from "./emit/emit-guards.ts";
import { emitRequests } from "./emit/emit-requests.ts";
import { apiModule, indexModule, layerModule, manifest, packageJson, readme, runtimeLayerModule } from "./emit/emit-package.ts";
import { emitDocs } from "./emit/emit-docs.ts";
import { BOT_API_TYPES_PACKAGE, emitBotApi, type BotApiRules } from "./emit/emit-bot-api.ts";
import { emitPeers } from "./emit/emit-peers.ts";
import { generatedHeader, generatedHeaderLine } from "./emit/header.ts";
import type { ImportMap } from "./emit/imports.ts";
import { constructorTypeName, findNameClashes, unionTypeName } from "./emit/names.ts";
import { formatTypeScript } from "./format.ts";
import { compileModule } from "./compile.ts";

export interface GenerateInput {
  sources: SchemaSource[];
  /** Root patterns with where they were written; ignored with `all`. */
  selection: SelectionPattern[];
  /** Generate every function of the schema. */
  all: boolean;
  docs: SchemaDocs;
  idAllowlist: IdAllowlistEntry[];
  /** The hand-written runtime (generator/runtime/*.ts), copied in as src/runtime/. */
  runtime: { name: string; text: string }[];
  /**
   * Hand-written helpers (generator/helpers/*.ts), copied byte for byte into src/helpers/ when a
   * generated module imports them (directly or through another helper).
   */
  helpers?: { name: string; text: string }[];
  /** schema/bot-api.json: the Bot API helpers to generate, when their methods are. */
  botApi?: BotApiRules | null;
  packageName: string;
  /** The layer, for schema files without a `// LAYER` line (GramJS's); null: the schema's own. */
  layer?: number | null;
}

export interface GeneratedFile {
  /** Relative to the output folder, `/`-separated. */
  path: string;
  content: string;
}

export interface GenerateResult {
  /** Sorted by path; empty when there are errors. */
  files: GeneratedFile[];
  diagnostics: Diagnostic[];
  stats: { layer: number; roots: number; constructors: number; unions: number; functions: number };
  /** True when the files came from the cache (see cache.ts). */
  cached?: boolean;
}

export async function generate(input: GenerateInput): Promise<GenerateResult> {
  const analysis = analyzeSchema(input.sources, input.idAllowlist);
  const layer = input.layer ?? analysis.model.layer ?? 0;
  const empty = (diagnostics: Diagnostic[]): GenerateResult => ({
    files: [],
    diagnostics: sortDiagnostics(diagnostics),
    stats: { layer, roots: 0, constructors: 0, unions: 0, functions: 0 },
  });
  if (analysis.failed) return empty(analysis.diagnostics);

  const patterns = input.all ? ["*"] : input.selection.map((s) => s.pattern);
  const { roots, unmatched } = selectRoots(analysis.model, patterns);
  const problems = input.selection
    .filter((s) => !input.all && unmatched.includes(s.pattern))
    .map((s) => error("TL020", `"${s.pattern}" matches no function of the schema`, s.span));
  if (roots.length === 0 && problems.length === 0) {
    problems.push(error("TL022", "the selection is empty: no function to generate", { file: "selection", line: 1, column: 1, offset: 0, end: 0 }));
  }
  if (problems.length) return empty([...analysis.diagnostics, ...problems]);

  const closure = computeClosure(analysis.model, roots);
  const clashes = findNameClashes([
    ...closure.constructors.map((c) => ({ tlName: c.name, tsName: constructorTypeName(c.name) })),
    ...closure.unions.map((u) => ({ tlName: u.name, tsName: unionTypeName(u.name) })),
  ]);
  if (clashes.length) return empty(clashes.map((m) => error("TL021", m, closure.constructors[0].span)));

  const ctx = createContext({ ...analysis.model, layer }, closure, input.docs, input.sources.map((s) => s.file), input.packageName);
  const stats = { layer, roots: roots.length, constructors: closure.constructors.length, unions: closure.unions.length, functions: closure.functions.length };
  const files = await emitPackage(ctx, input, stats);
  return { files, diagnostics: analysis.diagnostics, stats };
}

/** TS modules of the package, before formatting: path under src/ -> text. */
function emitModules(ctx: EmitContext, input: GenerateInput): Map<string, string> {
  const project = new Project({ useInMemoryFileSystem: true });
  const print = (path: string, imports: ImportMap | null, statements: StatementStructures[]): string =>
    project
      .createSourceFile(path, { statements: [...(imports?.structures() ?? []), ...statements, reexportLayer(path)] }, { overwrite: true })
      .getFullText();

  const modules = new Map<string, string>();
  modules.set("layer.ts", layerModule());
  modules.set("types.ts", print("types.ts", null, emitTypes(ctx)));
  const codecs = emitCodecs(ctx);
  modules.set("codecs.ts", print("codecs.ts", codecs.imports, codecs.statements));
  const guards = emitGuards(ctx);
  modules.set("guards.ts", print("guards.ts", guards.imports, guards.statements));
  const requests = emitRequests(ctx);
  for (const m of requests) modules.set(`requests/${m.module}.ts`, print(`requests/${m.module}.ts`, m.imports, m.statements));
  modules.set("api.ts", apiModule(requests));
  // Modules that bind helpers to this package's requests; each emitter decides from the closure.
  const bound = new Map<string, string>();
  const peers = emitPeers(ctx);
  if (peers) bound.set("peers.ts", peers);
  for (const [path, text] of emitBotApi(ctx, input.botApi ?? null) ?? []) bound.set(path, text);
  for (const [path, text] of bound) modules.set(path, `${text.trimEnd()}\n\nexport { LAYER } from "./layer.js";\n`);
  modules.set("index.ts", indexModule([...bound.keys()].filter((p) => p !== "bot-methods.ts")));
  return modules;
}

/**
 * The helpers a package gets: those its modules import, and the helpers those import in turn.
 * A helper named in an import but missing from the input is an error, not a broken package.
 */
export function includedHelpers(
  modules: ReadonlyMap<string, string>,
  helpers: readonly { name: string; text: string }[],
): { name: string; text: string }[] {
  const byName = new Map(helpers.map((h) => [h.name, h]));
  const wanted = new Set<string>();
  const visit = (text: string, pattern: RegExp, from: string) => {
    for (const [, name] of text.matchAll(pattern)) {
      const file = `${name}.ts`;
      if (wanted.has(file)) continue;
      const helper = byName.get(file);
      if (!helper) throw new Error(`${from} imports helpers/${name}.js, but generator/helpers/${file} is not among the helpers`);
      wanted.add(file);
      visit(helper.text, /from "\.\/([\w-]+)\.js"/g, `helpers/${file}`);
    }
  };
  for (const [path, text] of modules) visit(text, /from "\.\/helpers\/([\w-]+)\.js"/g, path);
  return helpers.filter((h) => wanted.has(h.name));
}

/** Every module re-exports LAYER, so any import of the package can tell its layer. */
function reexportLayer(path: string): StatementStructures {
  const depth = path.split("/").length - 1;
  return { kind: StructureKind.ExportDeclaration, moduleSpecifier: `${depth ? "../".repeat(depth) : "./"}layer.js`, namedExports: ["LAYER"] };
}

/**
 * The runtime and the helpers a module imports, copied byte for byte (their sources are kept
 * prettier-formatted in place), except runtime/layer.ts, which each package gets with its own layer.
 */
function copiedFiles(ctx: EmitContext, input: GenerateInput, modules: ReadonlyMap<string, string>): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const copy = (folder: string, name: string, text: string) => {
    const { js, dts } = compileModule(text, `${folder}/${name}`);
    const base = `${folder}/${name.replace(/\.ts$/, "")}`;
    files.push({ path: `src/${folder}/${name}`, content: text }, { path: `dist/${base}.js`, content: js }, { path: `dist/${base}.d.ts`, content: dts });
  };
  for (const r of input.runtime) copy("runtime", r.name, r.name === "layer.ts" ? runtimeLayerModule(ctx.layer) : r.text);
  for (const h of includedHelpers(modules, input.helpers ?? [])) copy("helpers", h.name, h.text);
  return files;
}

async function emitPackage(ctx: EmitContext, input: GenerateInput, stats: GenerateResult["stats"]): Promise<GeneratedFile[]> {
  const header = generatedHeader(ctx.schemaFiles, ctx.layer);
  const modules = emitModules(ctx, input);
  const files: GeneratedFile[] = copiedFiles(ctx, input, modules);
  for (const [path, text] of modules) {
    const source = await formatTypeScript(`${header}\n\n${text}`, path);
    const { js, dts } = compileModule(source, path);
    const base = path.replace(/\.ts$/, "");
    // The compilers keep the header of most files, not all (a module of re-exports loses it).
    const withHeader = (text: string) => (text.startsWith(header) ? text : `${header}\n${text}`);
    files.push({ path: `src/${path}`, content: source }, { path: `dist/${base}.js`, content: withHeader(js) }, { path: `dist/${base}.d.ts`, content: withHeader(dts) });
  }
  files.push(...emitDocs(ctx, generatedHeaderLine(ctx.schemaFiles, ctx.layer)));
  files.push({ path: "manifest.json", content: manifest(ctx, stats) });
  // The Bot API modules type their results with a type-only package: then the package depends on it.
  const dependencies = modules.has("bot-api.ts") ? { [BOT_API_TYPES_PACKAGE.name]: BOT_API_TYPES_PACKAGE.range } : undefined;
  files.push({ path: "package.json", content: packageJson(ctx, { name: input.packageName, dependencies }) });
  files.push({ path: "README.md", content: readme(ctx, { name: input.packageName }, ctx.closure.functions.length) });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
