// The `tlgen` command: the only module that reads argv, touches the disk or sets exit codes.
// Everything it does is a call into the pure core (analyze.ts, pipeline.ts, ...).
import { existsSync, readFileSync, watch } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { analyzeSchema, type SchemaSource } from "./analyze.ts";
import { formatDiagnostic } from "./diagnostics.ts";
import { loadHelpers, loadIdAllowlist, loadRuntime, PROJECT_ROOT } from "./project-files.ts";
import type { GenerateInput, GenerateResult, GeneratedFile } from "./pipeline.ts";
import { cacheKey, readCache, writeCache } from "./cache.ts";
import { parseSelection } from "./selection.ts";
import { diffTree, writeTreeAtomically } from "./write.ts";
import { EMPTY_DOCS } from "./model/schema-docs.ts";
import { computeClosure, selectRoots } from "./model/closure.ts";
import { diffSchemas, formatSchemaDiff } from "./diff/diff-schemas.ts";
import { signatureChanges } from "./diff/signature-changes.ts";
import { isAbsolute, join, relative, resolve } from "node:path";

const HELP = `tlgen: TL schema -> typed TypeScript package for Telegram's chat-invite methods

Usage:
  tlgen generate [options]         generate the package into generated/
  tlgen check [--json] FILE...     parse and check schema files (read together as one schema)
  tlgen diff [--selection] [--json] OLD.tl NEW.tl
                                   what changed between two schema files, and what breaks
  tlgen help                       this text

generate reads schema/api.tl and schema/mtproto.tl, selects the methods listed in
schema/selection.txt, and writes them with everything they need to generated/.
  --schema FILE      a schema file to read instead of the defaults (repeatable)
  --selection FILE   the roots file (default schema/selection.txt)
  --include PATTERN  generate the functions matching PATTERN instead (repeatable; * = any)
  --all              generate every function of the schema
  --out DIR          where to write (default generated/)
  --docs FILE        descriptions, errors, availability (default schema/api-docs.json with
                     the default schema; none with --schema)
  --name NAME        the generated package's name (default tl-invite)
  --check            write nothing; exit 1 and list what differs if the output is stale
  --watch            regenerate whenever a schema file, the selection or the docs change
  --no-cache         ignore .tlgen-cache/ (an unchanged run otherwise reuses the last output)

check prints every problem with its file:line:column and a caret excerpt, then a summary
(layer, constructors, functions, ids verified and mismatched, time).
  --json   print one JSON object instead:
           { layer, constructors, functions, idsChecked, idsMismatched, diagnostics }

diff lists methods and constructors added and removed, ids changed, parameters added, removed
or retyped, and result types changed, marking what breaks existing callers.
  --selection        only the methods of schema/selection.txt and what they need
  --json             the same as data

Exit codes: 0 no errors, 1 errors in the input, 2 bad usage.
`;

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check":
        return runCheck(rest);
      case "generate":
        return await runGenerate(rest);
      case "diff":
        return runDiff(rest);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        process.stdout.write(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError || isParseArgsError(e)) {
      process.stderr.write(`tlgen: ${(e as Error).message}\nRun "tlgen --help" for usage.\n`);
      return 2;
    }
    // A failure inside the generator (an emitter, prettier): nothing was written, say so plainly.
    process.stderr.write(`tlgen: ${command} failed: ${e instanceof Error ? e.message : String(e)}\nNothing was written.\n`);
    if (process.env.TLGEN_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ""}\n`);
    return 1;
  }
}

function isParseArgsError(e: unknown): boolean {
  return e instanceof TypeError && typeof (e as { code?: unknown }).code === "string" && String((e as { code: string }).code).startsWith("ERR_PARSE_ARGS");
}

function parse<T extends ParseArgsConfig["options"]>(args: string[], options: T) {
  return parseArgs({ args, options: { help: { type: "boolean", short: "h" }, ...options }, allowPositionals: true, strict: true });
}

function readSources(files: string[]): SchemaSource[] {
  return files.map((file) => {
    try {
      return { file, text: readFileSync(file, "utf8") };
    } catch (e) {
      throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  });
}

function runCheck(args: string[]): number {
  const { values, positionals } = parse(args, { json: { type: "boolean" } });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("check needs at least one schema FILE");
  const sources = readSources(positionals);
  const started = performance.now();
  const analysis = analyzeSchema(sources, loadIdAllowlist());
  const ms = performance.now() - started;
  const { model, diagnostics, ids } = analysis;
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  if (values.json) {
    const json = {
      layer: model.layer,
      constructors: model.constructors.length,
      functions: model.functions.length,
      idsChecked: ids.checked,
      idsMismatched: ids.mismatched,
      idsAllowlisted: ids.allowlisted,
      diagnostics: diagnostics.map((d) => ({ severity: d.severity, code: d.code, message: d.message, file: d.span.file, line: d.span.line, column: d.span.column })),
      milliseconds: Math.round(ms),
    };
    process.stdout.write(JSON.stringify(json, null, 2) + "\n");
  } else {
    const texts = new Map(sources.map((s) => [s.file, s.text]));
    for (const d of diagnostics) process.stdout.write(formatDiagnostic(d, texts.get(d.span.file)) + "\n\n");
    const allowed = ids.allowlisted.length ? ` (allowlisted: ${ids.allowlisted.join(", ")})` : "";
    process.stdout.write(
      `${positionals.join(", ")}: layer ${model.layer ?? "none"}, ${model.constructors.length} constructors, ` +
        `${model.functions.length} functions, ${ids.checked} ids checked, ${ids.mismatched.length} mismatched${allowed}, ` +
        `${errors} error${errors === 1 ? "" : "s"}, parsed and checked in ${Math.round(ms)} ms\n`,
    );
  }
  return errors > 0 ? 1 : 0;
}

async function runGenerate(args: string[]): Promise<number> {
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
  const sources = readSources(schemaFiles).map((s) => ({ ...s, file: displayPath(s.file) }));
  const selectionFile = values.selection ?? join(PROJECT_ROOT, "schema", "selection.txt");
  const selection = values.include
    ? values.include.map((pattern, i) => ({ pattern, span: { file: "--include", line: i + 1, column: 1, offset: 0, end: pattern.length } }))
    : values.all
      ? []
      : parseSelection(readSources([selectionFile])[0].text, displayPath(selectionFile));
  const docsFile = values.docs ?? (defaults ? join(PROJECT_ROOT, "schema", "api-docs.json") : null);
  const out = resolve(values.out ?? join(PROJECT_ROOT, "generated"));

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
    for (const d of result.diagnostics) process.stderr.write(formatDiagnostic(d, texts.get(d.span.file)) + "\n\n");
    if (result.files.length === 0) {
      process.stderr.write(`tlgen: nothing generated; ${displayPath(out)} is unchanged\n`);
      return 1;
    }
    const diff = diffTree(out, result.files);
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
    const previousManifest = existsSync(join(out, "manifest.json")) ? readFileSync(join(out, "manifest.json"), "utf8") : null;
    if (stale) writeTreeAtomically(out, result.files);
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
      const sourcesNow = readSources(schemaFiles).map((s) => ({ ...s, file: displayPath(s.file) }));
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

function summary(result: GenerateResult, diff: ReturnType<typeof diffTree>, out: string, ms: number): string {
  const s = result.stats;
  const changes = diff.added.length + diff.changed.length + diff.removed.length;
  return (
    `${displayPath(out)}: layer ${s.layer}, ${s.roots} methods, ${s.constructors} constructors, ${s.unions} types, ` +
    `${result.files.length} files in ${(ms / 1000).toFixed(2)} s${result.cached ? " (unchanged inputs: reused .tlgen-cache)" : ""}\n` +
    (changes ? `changes: ${diff.added.length} added, ${diff.changed.length} changed, ${diff.removed.length} removed\n` : "no changes\n")
  );
}

/** Paths as the user would type them: relative to the working directory when inside it. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel && !isAbsolute(rel) ? rel : resolve(path);
}

function runDiff(args: string[]): number {
  const { values, positionals } = parse(args, { selection: { type: "boolean" }, json: { type: "boolean" } });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError("diff needs two schema files: OLD.tl NEW.tl");
  const [from, to] = readSources(positionals).map((s) => analyzeSchema([s], loadIdAllowlist()));
  const failed = [from, to].flatMap((a, i) => a.diagnostics.filter((d) => d.severity === "error").map((d) => ({ d, i })));
  if (failed.length) {
    const sources = readSources(positionals);
    for (const { d, i } of failed) process.stderr.write(formatDiagnostic(d, sources[i].text) + "\n\n");
    return 1;
  }
  let scope: Set<string> | null = null;
  if (values.selection) {
    const patterns = parseSelection(readSources([join(PROJECT_ROOT, "schema", "selection.txt")])[0].text, "selection.txt").map((p) => p.pattern);
    scope = new Set<string>();
    for (const model of [from.model, to.model]) {
      const closure = computeClosure(model, selectRoots(model, patterns).roots);
      for (const c of [...closure.functions, ...closure.constructors]) scope.add(c.name);
    }
  }
  const diff = diffSchemas(from.model, to.model, scope);
  process.stdout.write(values.json ? JSON.stringify(diff, null, 2) + "\n" : formatSchemaDiff(diff, scope ? "the selection and its closure" : null));
  return 0;
}

/**
 * Runs the pipeline, or reuses the files of an identical earlier run. The pipeline (ts-morph,
 * prettier) is only loaded on a miss, so an unchanged run stays fast.
 */
async function generateCached(key: string | null, input: () => GenerateInput): Promise<GenerateResult> {
  const hit = key ? readCache(key) : null;
  if (hit) return { files: hit, diagnostics: [], stats: statsOf(hit), cached: true };
  const { generate } = await import("./pipeline.ts");
  const result = await generate(input());
  if (key && result.files.length) writeCache(key, result.files);
  return result;
}

/** The summary figures of a cached run, read back from its manifest. */
function statsOf(files: GeneratedFile[]): GenerateResult["stats"] {
  const manifest = JSON.parse(files.find((f) => f.path === "manifest.json")?.content ?? "{}") as { stats?: GenerateResult["stats"] };
  return manifest.stats ?? { layer: 0, roots: 0, constructors: 0, unions: 0, functions: 0 };
}
