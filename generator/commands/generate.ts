// tlgen generate: schema/ + selection -> generated/, cached, atomic, optionally watching.
import { watch } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { formatDiagnostics } from "../diagnostics.ts";
import { loadHelpers, loadIdAllowlist, loadRuntime, PROJECT_ROOT } from "../project-files.ts";
import type { GenerateInput, GenerateResult, GeneratedFile } from "../pipeline.ts";
import { CACHE_DIR, cacheKey, readCache, writeCache } from "../cache.ts";
import { parseSelection } from "../selection.ts";
import { checkOutputFolder, compareOutput, writeOutput, type TreeDiff } from "../write.ts";
import { EMPTY_DOCS } from "../model/schema-docs.ts";
import { signatureChanges } from "../diff/signature-changes.ts";
import { HELP } from "./help.ts";
import { displayPath, parse, readSources, UsageError } from "./shared.ts";

export async function runGenerate(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    schema: { type: "string", multiple: true },
    selection: { type: "string" },
    include: { type: "string", multiple: true },
    all: { type: "boolean" },
    out: { type: "string" },
    docs: { type: "string" },
    name: { type: "string" },
    check: { type: "boolean" },
    watch: { type: "boolean" },
    "no-cache": { type: "boolean" },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length) throw new UsageError(`generate takes no positional arguments (got "${positionals[0]}")`);
  if (values.all && values.include) throw new UsageError("--all and --include cannot be used together");
  if (values.name !== undefined && !/^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(values.name)) {
    throw new UsageError(`--name "${values.name}" is not a valid npm package name`);
  }
  const defaults = values.schema === undefined;
  const schemaFiles = values.schema ?? [join(PROJECT_ROOT, "schema", "api.tl"), join(PROJECT_ROOT, "schema", "mtproto.tl")];
  const sources = readSources(schemaFiles).map((s) => ({ ...s, file: sourceName(s.file) }));
  const selectionFile = values.selection ?? join(PROJECT_ROOT, "schema", "selection.txt");
  const selection = values.include
    ? values.include.map((pattern, i) => ({ pattern, span: { file: "--include", line: i + 1, column: 1, offset: 0, end: pattern.length } }))
    : values.all
      ? []
      : parseSelection(readSources([selectionFile])[0].text, displayPath(selectionFile));
  const docsFile = values.docs ?? (defaults ? join(PROJECT_ROOT, "schema", "api-docs.json") : null);
  const out = resolve(values.out ?? join(PROJECT_ROOT, "generated"));
  checkOutputFolder(out, { forCheck: values.check });

  const once = async (): Promise<number> => {
    const started = performance.now();
    const docsText = docsFile ? readSources([docsFile])[0].text : null;
    const runtime = loadRuntime();
  const helpers = loadHelpers();
  const botApiText = defaults ? readSources([join(PROJECT_ROOT, "schema", "bot-api.json")])[0].text : null;
    const packageName = values.name ?? "tl-invite";
    const all = values.all ?? false;
    // The key is computed from the raw texts, so a hit needs no parsing at all.
    const key = values["no-cache"] ? null : cacheKey({ sources, selection: selection.map((p) => p.pattern), all, docsText, runtime, helpers, botApiText, packageName });
    const result = await generateCached(key, () => ({
      sources,
      selection,
      all,
      docs: docsText ? (JSON.parse(docsText) as GenerateInput["docs"]) : EMPTY_DOCS,
      idAllowlist: loadIdAllowlist(),
      runtime,
      helpers,
      botApi: botApiText ? (JSON.parse(botApiText) as GenerateInput["botApi"]) : null,
      packageName,
    }));
    const texts = new Map(sources.map((s) => [s.file, s.text]));
    process.stderr.write(formatDiagnostics(result.diagnostics, texts));
    if (result.files.length === 0) {
      process.stderr.write(`tlgen: nothing generated; ${displayPath(out)} is unchanged\n`);
      return 1;
    }
    const { diff, previousManifest } = values.check ? { diff: await compareOutput(out, result.files), previousManifest: null } : await writeOutput(out, result.files);
    const stale = diff.added.length + diff.changed.length + diff.removed.length;
    if (values.check) {
      if (stale === 0) {
        process.stdout.write(`${displayPath(out)} is up to date (${result.files.length} files)\n`);
        return 0;
      }
      process.stdout.write(`${displayPath(out)} is stale:\n`);
      for (const [label, list] of [["differs", diff.changed], ["missing", diff.added], ["extra", diff.removed]] as const) {
        for (const f of list) process.stdout.write(`  ${label}: ${f}\n`);
      }
      process.stdout.write('Run "npm run generate" to update it.\n');
      return 1;
    }
    process.stdout.write(summary(result, diff, out, performance.now() - started));
    const manifest = result.files.find((f) => f.path === "manifest.json")!.content;
    const signatures = signatureChanges(previousManifest, manifest);
    if (signatures.length) process.stdout.write(`method signatures changed:\n${signatures.map((l) => `  ${l}`).join("\n")}\n`);
    return 0;

  };
  if (!values.watch) return once();
  if (values.check) throw new UsageError("--watch and --check cannot be used together");
  // Watch mode: regenerate on every change of an input file; errors are printed, not fatal.
  const watched = [...schemaFiles, ...(values.include || values.all ? [] : [selectionFile]), ...(docsFile ? [docsFile] : [])];
  await once();
  process.stdout.write(`watching ${watched.length} files for changes (Ctrl-C to stop)\n`);
  let timer: NodeJS.Timeout | null = null;
  let running = Promise.resolve(0);
  const rerun = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(() => regenerate());
    }, 150);
  };
  const regenerate = async (): Promise<number> => {
    try {
      const sourcesNow = readSources(schemaFiles).map((s) => ({ ...s, file: sourceName(s.file) }));
      sources.splice(0, sources.length, ...sourcesNow);
      if (!values.include && !values.all) selection.splice(0, selection.length, ...parseSelection(readSources([selectionFile])[0].text, displayPath(selectionFile)));
      return await once();
    } catch (e) {
      process.stderr.write(`tlgen: ${(e as Error).message}\n`);
      return 1;
    }
  };
  for (const f of watched) watch(f, rerun);
  return new Promise<number>(() => {});
}

/**
 * How a schema file is named in diagnostics and in the generated headers: relative to the project
 * when inside it, so the output does not depend on the directory tlgen was started from.
 */
function sourceName(file: string): string {
  const rel = relative(PROJECT_ROOT, resolve(file));
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : displayPath(file);
}

function summary(result: GenerateResult, diff: TreeDiff, out: string, ms: number): string {
  const s = result.stats;
  const changes = diff.added.length + diff.changed.length + diff.removed.length;
  return (
    `${displayPath(out)}: layer ${s.layer}, ${s.roots} methods, ${s.constructors} constructors, ${s.unions} types, ` +
    `${result.files.length} files in ${(ms / 1000).toFixed(2)} s${result.cached ? " (unchanged inputs: reused .tlgen-cache)" : ""}\n` +
    (changes ? `changes: ${diff.added.length} added, ${diff.changed.length} changed, ${diff.removed.length} removed\n` : "no changes\n")
  );
}

/**
 * Runs the pipeline, or reuses the files of an identical earlier run. The pipeline (ts-morph,
 * prettier) is only loaded on a miss, so an unchanged run stays fast.
 */
async function generateCached(key: string | null, input: () => GenerateInput): Promise<GenerateResult> {
  const hit = key ? readCache(CACHE_DIR, key) : null;
  if (hit) return { files: hit, diagnostics: [], stats: statsOf(hit), cached: true };
  const { generate } = await import("../pipeline.ts");
  const result = await generate(input());
  if (key && result.files.length) writeCache(CACHE_DIR, key, result.files);
  return result;
}

/** The summary figures of a cached run, read back from its manifest. */
function statsOf(files: GeneratedFile[]): GenerateResult["stats"] {
  const manifest = JSON.parse(files.find((f) => f.path === "manifest.json")?.content ?? "{}") as { stats?: GenerateResult["stats"] };
  return manifest.stats ?? { layer: 0, roots: 0, constructors: 0, unions: 0, functions: 0 };
}
