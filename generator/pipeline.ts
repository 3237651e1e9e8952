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
import { emitBotApi, type BotApiRules } from "./emit/emit-bot-api.ts";
import { generatedHeader, generatedHeaderLine } from "./emit/header.ts";
import type { ImportMap } from "./emit/imports.ts";
import { constructorTypeName, findNameClashes, unionTypeName } from "./emit/names.ts";
import { formatTypeScript } from "./format.ts";
import { compileModule } from "./compile.ts";
import { countDocumented, matchDocs } from "./docs-match.ts";
import { suggestPattern } from "./suggest.ts";
import { signatureChanges } from "./diff/signature-changes.ts";

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
   * Hand-written helpers built on generated requests (generator/helpers/*.ts), copied in as
   * src/helpers/ when every method they name in HELPER_REQUIREMENTS is in the closure.
   */
  helpers?: { name: string; text: string }[];
  /** schema/bot-api.json: the Bot API helpers to generate, when their methods are. */
  botApi?: BotApiRules | null;
  packageName: string;
  /** The layer, for schema files without a `// LAYER` line (GramJS's); null: the schema's own. */
  layer?: number | null;
  /**
   * The ids the docs were written for (name -> id): docs then apply only to declarations whose
   * name and id both match (docs-match.ts). Null: the docs describe this very schema.
   */
  docsIds?: Readonly<Record<string, number>> | null;
  /** The command the generated headers say regenerates the package (default `tlgen generate`). */
  command?: string;
  /** The manifest.json of the previous output, read by the caller: the base of `signatureChanges`. */
  previousManifest?: string | null;
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
  stats: GenerateStats;
  /** Methods added, removed or changed since `input.previousManifest` (see diff/signature-changes.ts). */
  signatureChanges: string[];
  /** True when the files came from the cache (see cache.ts). */
  cached?: boolean;
}

export interface GenerateStats {
  layer: number;
  roots: number;
  constructors: number;
  unions: number;
  functions: number;
  /** Constructors and functions in the package, and how many of them have a description. */
  declarations: number;
  documented: number;
}

export async function generate(input: GenerateInput): Promise<GenerateResult> {
  const analysis = analyzeSchema(input.sources, input.idAllowlist);
  const layer = input.layer ?? analysis.model.layer ?? 0;
  const empty = (diagnostics: Diagnostic[]): GenerateResult => ({
    files: [],
    diagnostics: sortDiagnostics(diagnostics),
    stats: { layer, roots: 0, constructors: 0, unions: 0, functions: 0, declarations: 0, documented: 0 },
    signatureChanges: [],
  });
  if (analysis.failed) return empty(analysis.diagnostics);

  const patterns = input.all ? ["*"] : input.selection.map((s) => s.pattern);
  const { roots, unmatched } = selectRoots(analysis.model, patterns);
  const problems = input.selection
    .filter((s) => !input.all && unmatched.includes(s.pattern))
    .map((s) => error("TL020", `"${s.pattern}" matches no function of the schema`, s.span, hintFor(s.pattern, analysis.model.functions)));
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

  const docs = input.docsIds ? matchDocs(input.docs, input.docsIds, analysis.model) : input.docs;
  const ctx = createContext({ ...analysis.model, layer }, closure, docs, input.sources.map((s) => s.file), input.packageName);
  const stats = { layer, roots: roots.length, constructors: closure.constructors.length, unions: closure.unions.length, functions: closure.functions.length, ...countDocumented(docs, closure) };
  const files = await emitPackage(ctx, input, stats, roots.map((r) => r.name));
  const manifestText = files.find((f) => f.path === "manifest.json")!.content;
  return { files, diagnostics: analysis.diagnostics, stats, signatureChanges: signatureChanges(input.previousManifest ?? null, manifestText) };
}

function hintFor(pattern: string, functions: readonly { name: string }[]): string[] {
  const hint = suggestPattern(pattern, functions.map((f) => f.name));
  return hint ? [hint] : [];
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
  const helpers = includedHelpers(ctx, input);
  // The Bot API helpers map results with helpers/chat-invite-link.ts: only with it.
  const botApi = helpers.some((h) => h.name === "chat-invite-link.ts") ? emitBotApi(ctx, input.botApi ?? null) : null;
  if (botApi) modules.set("bot-api.ts", botApi);
  modules.set("index.ts", indexModule([...helpers.map((h) => `helpers/${h.name}`), ...(botApi ? ["bot-api.ts"] : [])]));
  for (const h of helpers) modules.set(`helpers/${h.name}`, `${h.text.trimEnd()}\n\nexport { LAYER } from "../layer.js";\n`);
  return modules;
}

/** Which methods each helper needs; a helper whose methods are not all generated is left out. */
export const HELPER_REQUIREMENTS: Record<string, string[]> = {
  "peers.ts": ["contacts.resolveUsername"],
  "chat-invite-link.ts": ["messages.exportChatInvite", "messages.editExportedChatInvite"],
};

function includedHelpers(ctx: EmitContext, input: GenerateInput): { name: string; text: string }[] {
  const have = new Set(ctx.closure.functions.map((f) => f.name));
  return (input.helpers ?? []).filter((h) => (HELPER_REQUIREMENTS[h.name] ?? []).every((m) => have.has(m)));
}

/** Every module re-exports LAYER, so any import of the package can tell its layer. */
function reexportLayer(path: string): StatementStructures {
  const depth = path.split("/").length - 1;
  return { kind: StructureKind.ExportDeclaration, moduleSpecifier: `${depth ? "../".repeat(depth) : "./"}layer.js`, namedExports: ["LAYER"] };
}

/**
 * The runtime, copied byte for byte (its sources are kept prettier-formatted in place), except
 * runtime/layer.ts, which each package gets with its own layer.
 */
function runtimeFiles(ctx: EmitContext, input: GenerateInput): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (const r of input.runtime) {
    const text = r.name === "layer.ts" ? runtimeLayerModule(ctx.layer) : r.text;
    const { js, dts } = compileModule(text, `runtime/${r.name}`);
    const base = `runtime/${r.name.replace(/\.ts$/, "")}`;
    files.push({ path: `src/runtime/${r.name}`, content: text }, { path: `dist/${base}.js`, content: js }, { path: `dist/${base}.d.ts`, content: dts });
  }
  return files;
}

async function emitPackage(ctx: EmitContext, input: GenerateInput, stats: GenerateStats, roots: string[]): Promise<GeneratedFile[]> {
  const command = input.command ?? "tlgen generate";
  const header = generatedHeader(ctx.schemaFiles, ctx.layer, "//", command);
  const headerLine = generatedHeaderLine(ctx.schemaFiles, ctx.layer, command);
  const files: GeneratedFile[] = runtimeFiles(ctx, input);
  for (const [path, text] of emitModules(ctx, input)) {
    const source = await formatTypeScript(`${header}\n\n${text}`, path);
    const { js, dts } = compileModule(source, path);
    const base = path.replace(/\.ts$/, "");
    // The compilers keep the header of most files, not all (a module of re-exports loses it).
    const withHeader = (text: string) => (text.startsWith(header) ? text : `${header}\n${text}`);
    files.push({ path: `src/${path}`, content: source }, { path: `dist/${base}.js`, content: withHeader(js) }, { path: `dist/${base}.d.ts`, content: withHeader(dts) });
  }
  files.push(...emitDocs(ctx, headerLine));
  const pkg = { name: input.packageName, headerLine, roots, all: input.all };
  files.push({ path: "manifest.json", content: manifest(ctx, stats, headerLine) });
  files.push({ path: "package.json", content: packageJson(ctx, pkg) });
  files.push({ path: "README.md", content: readme(ctx, pkg) });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
