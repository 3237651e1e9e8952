// Room pipeline.ts: generate(input) -> files, pure but for the render cache it is handed.
// Imports: base/, diff/, emit/, input/, layers/, model/, parse/, plan/, render/. Imported by: api/.
//
// generate(input) -> files: schema text -> checked model -> closure of the selected roots ->
// ts-morph structures -> text -> prettier -> JS + declarations. Pure apart from CPU: the CLI
// reads the inputs and writes the outputs (write.ts).
import { analyzeSchema, type SchemaSource } from "./model/analyze.ts";
import { error, sortDiagnostics, warning, type Diagnostic } from "./parse/diagnostics.ts";
import { computeClosure, selectRoots } from "./model/closure.ts";
import type { IdAllowlistEntry } from "./model/checks/ctor-ids.ts";
import type { SchemaDocs } from "./model/schema-docs.ts";
import type { SelectionPattern } from "./input/selection.ts";
import { buildPlan } from "./plan/build-plan.ts";
import type { PackagePlan } from "./plan/plan.ts";
import { emitTypes } from "./emit/emit-types.ts";
import { emitCodecs } from "./emit/emit-codecs.ts";
import { emitGuards } from "./emit/emit-guards.ts";
import { emitRequests } from "./emit/emit-requests.ts";
import { emitPackage, MANIFEST, withFileList } from "./emit/emit-package.ts";
import type { GeneratedFile } from "./render/generated-file.ts";
import { emitDocs } from "./emit/emit-docs.ts";
import { BOT_API_TYPES_PACKAGE, emitBotApi, usableBotApiMethods, type BotApiRules } from "./emit/emit-bot-api.ts";
import { emitPeers } from "./emit/emit-peers.ts";
import { generatedHeader } from "./emit/header.ts";
import type { EmittedFile } from "./emit/module.ts";
import { constructorTypeName, findNameClashes, unionTypeName } from "./plan/names.ts";
import { checkGeneratedNames } from "./plan/check-names.ts";
import { emptyRenderCache, renderFiles, type RenderCache } from "./render/render.ts";
import { bundleForNode } from "./render/bundle-node.ts";
import { startPrinter, type Printer } from "./render/printer.ts";
import { compareStrings } from "./base/order.ts";
import { countDocumented, matchDocs } from "./input/docs-match.ts";
import { suggestPattern } from "./input/suggest.ts";
import { signatureChanges } from "./diff/signature-changes.ts";
import { LAYER_SOURCE } from "./emit/runtime-modules.ts";
import type { LayerHistory } from "./layers/history.ts";
import { selectForms } from "./layers/select-forms.ts";

export interface GenerateInput {
  sources: SchemaSource[];
  /** Root patterns with where they were written; ignored with `all`. */
  selection: SelectionPattern[];
  /** Generate every function of the schema. */
  all: boolean;
  docs: SchemaDocs;
  idAllowlist: IdAllowlistEntry[];
  /** The hand-written runtime (every .ts file under generator/runtime/, named by its path below it), copied in as src/runtime/. */
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
  /**
   * The ids the docs were written for (name -> id): docs then apply only to declarations whose
   * name and id both match (docs-match.ts). Null: the docs describe this very schema.
   */
  docsIds?: Readonly<Record<string, number>> | null;
  /** The command the generated headers say regenerates the package (default `tlgen generate`). */
  command?: string;
  /** The manifest.json of the previous output, read by the caller: the base of `signatureChanges`. */
  previousManifest?: string | null;
  /** Rendering work done before (see render.ts); filled as it goes. */
  renderCache?: RenderCache;
  /** The layer history (schema/layer-history.json): earlier forms the readers also accept. None when omitted. */
  history?: LayerHistory | null;
  /** The oldest layer read from the history; false for none; null or omitted for all of it. */
  olderLayers?: number | false | null;
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
  /** Milliseconds per stage of this run (empty for a cached one): where generation time goes. */
  timings?: Record<string, number>;
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
  // The printer's thread loads ts-morph while this one parses, plans and emits.
  const printer = startPrinter();
  try {
    return await generateWith(input, printer);
  } finally {
    printer.close();
  }
}

async function generateWith(input: GenerateInput, printer: Printer): Promise<GenerateResult> {
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + (now - mark);
    mark = now;
  };
  const analysis = analyzeSchema(input.sources, input.idAllowlist);
  // Two TL names that would become one generated name: refused, as `tlgen check` reports them.
  const names = checkGeneratedNames(analysis.model);
  if (names.length) {
    analysis.diagnostics.push(...names);
    analysis.failed = true;
  }
  lap("parse and check");
  const layer = input.layer ?? analysis.model.layer ?? 0;
  const empty = (diagnostics: Diagnostic[]): GenerateResult => ({
    files: [],
    diagnostics: sortDiagnostics(diagnostics),
    stats: { layer, roots: 0, constructors: 0, unions: 0, functions: 0, declarations: 0, documented: 0 },
    signatureChanges: [],
  });
  if (analysis.failed) return empty(analysis.diagnostics);
  if (input.layer != null && analysis.model.layer != null && input.layer !== analysis.model.layer) {
    // The package is labelled with the given layer, but its constructors are the schema's.
    analysis.diagnostics.push(
      warning("TL024", `the package is labelled layer ${input.layer} (--layer), but the schema declares layer ${analysis.model.layer}`, { file: input.sources[0].file, line: 1, column: 1, offset: 0, end: 0 }, [
        "--layer is for a schema without a `// LAYER N` line; its constructors are the schema's whatever the label says",
      ]),
    );
  }
  if (input.layer == null && analysis.model.layer == null && input.sources.length > 0) {
    // A package at layer 0 works, but its version (0.0.0) and its LAYER say nothing: say how to set it.
    analysis.diagnostics.push(
      warning("TL023", "the schema declares no layer (no `// LAYER N` line): the package is generated at layer 0", { file: input.sources[0].file, line: 1, column: 1, offset: 0, end: 0 }, [
        "give it with --layer N (or the config's layer), or add a `// LAYER N` line to the schema",
      ]),
    );
  }

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
  lap("closure");
  const clashes = findNameClashes([
    ...closure.constructors.map((c) => ({ tlName: c.name, tsName: constructorTypeName(c.name) })),
    ...closure.unions.map((u) => ({ tlName: u.name, tsName: unionTypeName(u.name) })),
  ]);
  if (clashes.length) return empty(clashes.map((m) => error("TL021", m, closure.constructors[0].span)));

  const older = selectForms(input.history ?? null, layer, input.olderLayers ?? null, closure.constructors, analysis.model);
  if (older.diagnostics.length) return empty([...analysis.diagnostics, ...older.diagnostics]);
  if (typeof input.olderLayers === "number" && input.olderLayers < older.oldest && older.oldest < layer) {
    // Reading further back than the history goes is harmless, but the user asked for more than they get.
    analysis.diagnostics.push(
      warning("TL025", `olderLayers is ${input.olderLayers}, but the shipped layer history starts at layer ${older.oldest}: the readers read back to layer ${older.oldest}`, { file: "options", line: 1, column: 1, offset: 0, end: 0 }),
    );
  }

  const docs = input.docsIds ? matchDocs(input.docs, input.docsIds, analysis.model) : input.docs;
  const plan = buildPlan({
    closure,
    docs,
    layer,
    packageName: input.packageName,
    schemaFiles: input.sources.map((s) => s.file),
    regenerate: input.command ?? "tlgen generate",
    all: input.all,
    older,
  });
  const stats = {
    layer,
    roots: roots.length,
    constructors: closure.constructors.length,
    unions: closure.unions.length,
    functions: closure.functions.length,
    ...countDocumented(docs, closure),
  };
  const header = generatedHeader(plan);
  lap("plan");
  const emitted = emitAll(plan, input, stats);
  lap("emit");
  const renderCache = input.renderCache ?? emptyRenderCache();
  const rendered = await renderFiles(emitted, header, renderCache, timings, printer);
  mark = performance.now();
  const files = [...rendered, ...(await bundleForNode(rendered, plan, header, renderCache))];
  lap("node bundle");
  const at = files.findIndex((f) => f.path === MANIFEST);
  const manifestText = withFileList(files[at].content, files.map((f) => f.path));
  files[at] = { ...files[at], content: manifestText };
  return {
    files: files.sort((a, b) => compareStrings(a.path, b.path)),
    diagnostics: analysis.diagnostics,
    stats,
    signatureChanges: signatureChanges(input.previousManifest ?? null, manifestText),
    timings,
  };
}

function hintFor(pattern: string, functions: readonly { name: string }[]): string[] {
  const hint = suggestPattern(pattern, functions.map((f) => f.name));
  return hint ? [hint] : [];
}

/** Every emitter, run on the plan. */
function emitAll(plan: PackagePlan, input: GenerateInput, stats: GenerateResult["stats"]): EmittedFile[] {
  // Modules that bind helpers to this package's requests; each emitter decides from the plan.
  const boundFiles = [...emitPeers(plan), ...emitBotApi(plan, input.botApi ?? null)];
  const bound = new Map(boundFiles.map((f) => [f.path, f.kind === "ts-text" ? f.text : ""]));
  const helpers = includedHelpers(bound, input.helpers ?? []);
  // The Bot API modules type their results with a type-only package: then the package depends on it.
  const dependencies = bound.has("bot-api.ts") ? { [BOT_API_TYPES_PACKAGE.name]: BOT_API_TYPES_PACKAGE.range } : null;
  return [
    ...emitTypes(plan),
    ...emitCodecs(plan),
    ...emitGuards(plan),
    ...emitRequests(plan),
    ...emitPackage(plan, {
      modules: [...bound.keys()].filter((p) => p !== "bot-methods.ts"),
      dependencies,
      stats,
      botApiMethods: usableBotApiMethods(plan, input.botApi ?? null).map(([name]) => name),
    }),
    ...emitDocs(plan),
    ...input.runtime.filter((r) => `runtime/${r.name}` !== LAYER_SOURCE).map((r): EmittedFile => ({ kind: "copy", path: `runtime/${r.name}`, text: r.text })),
    ...helpers.map((h): EmittedFile => ({ kind: "copy", path: `helpers/${h.name}`, text: h.text })),
    ...boundFiles,
  ];
}

/**
 * The helpers a package gets: those its modules import, and the helpers those import in turn.
 * A helper named in an import but missing from the input is an error, not a broken package.
 */
export function includedHelpers(modules: ReadonlyMap<string, string>, helpers: readonly { name: string; text: string }[]): { name: string; text: string }[] {
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
