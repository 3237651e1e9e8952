// Room api/: generate, generateFiles, check and diff: options -> resolved inputs -> pipeline ->
// output; the public types and TlgenError.
// Imports: base/, diff/, emit/, input/, layers/, model/, output/, parse/, pipeline.ts, plan/,
// render/. Imported by: cli/, config/, index.ts.
//
// generate() and generateFiles(): the programmatic API over the pipeline, and what the CLI's
// `tlgen generate` calls. Options are resolved and read (resolve.ts), the pipeline runs or an
// identical earlier run is reused (cache.ts), and generate() writes atomically (write.ts).
import { join } from "node:path";
import type { GenerateResult } from "../pipeline.ts";
import { cacheKey, claimCacheDir, readCache, removeDeadTemps, writeCache } from "../output/cache.ts";
import { loadRenderCache, saveRenderCache } from "../render/render-cache.ts";
import { checkOutputFolder, compareOutput, MAX_MANIFEST_BYTES, OutputError, writeOutput } from "../output/write.ts";
import { readRegularFile } from "../base/files.ts";
import { assertReplaceable } from "../output/output-guard.ts";
import type { LockOwner } from "../output/lock.ts";
import { signatureChanges } from "../diff/signature-changes.ts";
import { pipelineInput, resolveGenerate, type ResolvedRun } from "./resolve.ts";
import { systemErrorWords } from "./files.ts";
import { TlgenError, usageError } from "./errors.ts";
import { publicDiagnostics } from "./diagnostics.ts";
import type { GenerateOptions, GenerateStats, GenerateSummary, GeneratedPackage } from "./types.ts";

/**
 * Generates the package in memory and returns its files; writes nothing and uses no cache.
 * `previousManifest` (an earlier output's manifest.json) gives `signatureChanges`.
 */
export async function generateFiles(options: GenerateOptions & { previousManifest?: string }): Promise<GeneratedPackage> {
  const { previousManifest, ...rest } = options;
  const run = resolveGenerate(rest, "generateFiles() options");
  const result = await runPipeline(run, previousManifest ?? null, null);
  return { name: run.raw.packageName, files: result.files, stats: publicStats(result), diagnostics: publicDiagnostics(result.diagnostics, run.texts), signatureChanges: result.signatureChanges };
}

/**
 * Generates the package into `options.out` as `tlgen generate` does: the new tree is written
 * beside it and swapped in only when complete, and only when something changed. With `check`,
 * compares and writes nothing. Rejects with a TlgenError (with `diagnostics` for schema errors).
 */
export async function generate(options: GenerateOptions): Promise<GenerateSummary> {
  return generateResolved(resolveGenerate(options), options.check ?? false);
}

/** What a caller of generateResolved hears about while it runs (the CLI prints it). */
export interface RunHooks {
  /** Called once per other run this one waits for (on its output, or one above or inside it). */
  onWait?: (owner: LockOwner, output: string) => void;
}

/**
 * generate() for options already resolved (watch mode resolves once per change). The output
 * folder is checked first: it is replaced only when empty or tlgen's own (manifest.json), and
 * never when it is or holds the working directory, the project or the config's folder
 * (write.ts). Runs into one folder take turns through a lock; the swap is atomic.
 */
export async function generateResolved(run: ResolvedRun, check: boolean, hooks: RunHooks = {}): Promise<GenerateSummary> {
  const started = performance.now();
  const phases = new Phases();
  const protect = [run.cwd, run.root, process.cwd()];
  try {
    checkOutputFolder(run.out, { forCheck: check, protect });
  } catch (e) {
    throw outputError(e);
  }
  const previous = readPreviousManifest(run.out);
  phases.lap("read");
  const result = await runPipeline(run, previous, run.cacheDir, phases);
  let diff;
  try {
    diff = check ? await compareOutput(run.out, result.files, { onWait: hooks.onWait }) : (await writeOutput(run.out, result.files, { protect, onWait: hooks.onWait })).diff;
  } catch (e) {
    throw outputError(e);
  }
  phases.lap(check ? "compare" : "write");
  const upToDate = diff.added.length + diff.changed.length + diff.removed.length === 0;
  const refusal = check && !upToDate ? refusalOf(run.out, result.files, protect) : null;
  return {
    name: run.raw.packageName,
    out: run.out,
    ...publicStats(result),
    files: result.files.length,
    ...diff,
    written: !check && !upToDate,
    upToDate,
    cached: result.cached ?? false,
    signatureChanges: result.signatureChanges,
    diagnostics: publicDiagnostics(result.diagnostics, run.texts),
    milliseconds: Math.round(performance.now() - started),
    phases: phases.rounded(),
    refusal,
  };
}

/** Why writing `files` into `out` would be refused, or null when it would not be. */
function refusalOf(out: string, files: readonly { path: string }[], protect: readonly string[]): string | null {
  try {
    assertReplaceable(out, protect, files.map((f) => f.path));
    return null;
  } catch (e) {
    if (e instanceof OutputError) return e.message;
    throw e;
  }
}

/** Milliseconds by phase: each lap is the time since the previous one. */
class Phases {
  private readonly spent: Record<string, number> = {};
  private mark = performance.now();
  lap(phase: string): void {
    const now = performance.now();
    this.add(phase, now - this.mark);
    this.mark = now;
  }
  add(phase: string, ms: number): void {
    this.spent[phase] = (this.spent[phase] ?? 0) + ms;
  }
  /** Phases timed inside a lap (the pipeline's own), taken out of it. */
  split(into: Record<string, number>, lapName: string): void {
    const inner = Object.values(into).reduce((a, b) => a + b, 0);
    this.lap(lapName);
    this.spent[lapName] -= inner;
    for (const [phase, ms] of Object.entries(into)) this.add(phase, ms);
  }
  rounded(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.spent).map(([k, v]) => [k, Math.round(v)]));
  }
}

/**
 * Runs the pipeline, or reuses the files of an identical earlier run from `cacheDir`. The
 * pipeline (ts-morph, prettier) is only loaded on a miss, so an unchanged run stays fast.
 */
async function runPipeline(run: ResolvedRun, previousManifest: string | null, cacheFolder: string | null, phases = new Phases()): Promise<GenerateResult> {
  const cacheDir = cacheFolder !== null && claimCacheDir(cacheFolder) ? cacheFolder : null;
  const key = cacheDir ? cacheKey(run.raw) : null;
  // What a killed run left in the cache folder goes, whether this run hits or misses.
  if (cacheDir) removeDeadTemps(cacheDir);
  const hit = cacheDir && key ? readCache(cacheDir, key) : null;
  phases.lap("cache lookup");
  if (hit) {
    const manifest = hit.find((f) => f.path === "manifest.json")?.content ?? "{}";
    return { files: hit, diagnostics: [], stats: statsOf(manifest), signatureChanges: signatureChanges(previousManifest, manifest), cached: true };
  }
  const { generate: runGenerate } = await import("../pipeline.ts");
  phases.lap("load the generator");
  // Rendering work of earlier runs (prettier's output, the compiled runtime) is reused even when
  // the output changed; without a cache folder only what tlgen ships is.
  const renderCache = loadRenderCache(cacheDir);
  phases.lap("render cache");
  const result = await runGenerate({ ...pipelineInput(run.raw, previousManifest), renderCache }).catch(internalError);
  phases.split(result.timings ?? {}, "pipeline (other)");
  if (cacheDir) saveRenderCache(cacheDir, renderCache);
  if (result.files.length === 0) {
    const diagnostics = publicDiagnostics(result.diagnostics, run.texts);
    const errors = diagnostics.filter((d) => d.severity === "error");
    const first = errors[0] ? `: ${errors[0].message}` : "";
    throw new TlgenError("schema", `${errors.length} error${errors.length === 1 ? "" : "s"} in the input${first}; nothing was generated`, diagnostics);
  }
  if (cacheDir && key) writeCache(cacheDir, key, result.files);
  phases.lap("save caches");
  return result;
}

/** The summary figures of a cached run, read back from its manifest. */
function statsOf(manifest: string): GenerateResult["stats"] {
  const stats = (JSON.parse(manifest) as { stats?: Partial<GenerateResult["stats"]> }).stats ?? {};
  return { layer: 0, roots: 0, constructors: 0, unions: 0, functions: 0, declarations: 0, documented: 0, ...stats };
}

function publicStats(result: GenerateResult): GenerateStats {
  const s = result.stats;
  return { layer: s.layer, methods: s.roots, functions: s.functions, constructors: s.constructors, types: s.unions, declarations: s.declarations, documented: s.documented };
}

/** The previous output's manifest.json, the base of the signature changes; null when absent or not a regular file. */
function readPreviousManifest(out: string): string | null {
  return readRegularFile(join(out, "manifest.json"), MAX_MANIFEST_BYTES);
}

/**
 * A failure inside the pipeline (a generated module that does not compile, prettier refusing it,
 * a bug) as the API's error: it rejects like any other failure, never as an unhandled rejection,
 * and nothing has been written yet. The original error is its `cause`.
 */
function internalError(e: unknown): never {
  if (e instanceof TlgenError) throw e;
  const message = e instanceof Error ? e.message : String(e);
  throw new TlgenError("internal", `generating the package failed: ${message}; nothing was written`, [], { cause: e });
}

/** A refusal or failure of the output folder, as the API's error (usage: exit 2 in the CLI). */
function outputError(e: unknown): TlgenError {
  if (e instanceof OutputError) return e.usage ? usageError(e.message) : new TlgenError("output", e.message);
  return new TlgenError("output", systemErrorWords(e, "the output folder", "write"));
}

