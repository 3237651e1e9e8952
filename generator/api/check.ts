// check() and diff(): the programmatic forms of `tlgen check` and `tlgen diff`.
import { resolve } from "node:path";
import { analyzeSchema, type SchemaSource } from "../model/analyze.ts";
import { BUNDLED, loadIdAllowlist } from "../input/project-files.ts";
import { parseSelection } from "../input/selection.ts";
import { computeClosure, selectRoots } from "../model/closure.ts";
import { diffSchemas, formatSchemaDiff } from "../diff/diff-schemas.ts";
import { checkGeneratedNames } from "../plan/check-names.ts";
import { sortDiagnostics } from "../parse/diagnostics.ts";
import { readText } from "./files.ts";
import { TlgenError, usageError } from "./errors.ts";
import { publicDiagnostics } from "./diagnostics.ts";
import type { CheckOptions, CheckResult, DiffOptions, DiffResult, SchemaText } from "./types.ts";

/** Reads schema files (named as given) or takes schema texts. */
function readSchemaArg(schema: string | ReadonlyArray<string | SchemaText>, cwd: string | undefined): SchemaSource[] {
  const list = typeof schema === "string" ? [schema] : schema;
  if (!Array.isArray(list) || list.length === 0) throw usageError("no schema given: name at least one file");
  return list.map((s) => (typeof s === "string" ? { file: s, text: readText(resolve(cwd ?? process.cwd(), s), s) } : { file: s.file, text: s.text }));
}

/**
 * Parses and checks schema files read together as one schema: syntax, semantics and every
 * constructor id. Problems are in `diagnostics`; it rejects only when a file cannot be read.
 */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const sources = readSchemaArg(options.schema, options.cwd);
  const started = performance.now();
  const analysis = analyzeSchema(sources, loadIdAllowlist());
  const { model, ids } = analysis;
  // Names that generate would refuse (two TL names, one generated name) are errors here too.
  const diagnostics = sortDiagnostics([...analysis.diagnostics, ...checkGeneratedNames(model)]);
  const milliseconds = Math.round(performance.now() - started);
  const texts = new Map(sources.map((s) => [s.file, s.text]));
  return {
    layer: model.layer,
    constructors: model.constructors.length,
    functions: model.functions.length,
    idsChecked: ids.checked,
    idsMismatched: ids.mismatched,
    idsAllowlisted: ids.allowlisted,
    errors: diagnostics.filter((d) => d.severity === "error").length,
    warnings: diagnostics.filter((d) => d.severity === "warning").length,
    diagnostics: publicDiagnostics(diagnostics, texts),
    milliseconds,
  };
}

/**
 * What changed between two schemas: declarations added and removed, ids, parameters and results
 * changed, and what breaks existing callers. Rejects with the diagnostics when either has errors.
 */
export async function diff(options: DiffOptions): Promise<DiffResult> {
  const [from, to] = [options.from, options.to].map((s) => readSchemaArg([s], options.cwd)[0]);
  const analyses = [from, to].map((s) => analyzeSchema([s], loadIdAllowlist()));
  const errors = analyses.flatMap((a, i) => publicDiagnostics(a.diagnostics, new Map([[[from, to][i].file, [from, to][i].text]])).filter((d) => d.severity === "error"));
  if (errors.length) throw new TlgenError("schema", `${errors.length} error${errors.length === 1 ? "" : "s"} in the schemas; nothing was compared`, errors);
  const patterns = selectionPatterns(options);
  let scope: Set<string> | null = null;
  if (patterns) {
    scope = new Set<string>();
    for (const { model } of analyses) {
      const closure = computeClosure(model, selectRoots(model, patterns).roots);
      for (const c of [...closure.functions, ...closure.constructors]) scope.add(c.name);
    }
  }
  const result = diffSchemas(analyses[0].model, analyses[1].model, scope);
  return { ...result, text: formatSchemaDiff(result, scope ? "the selection and its closure" : null) };
}

function selectionPatterns(options: DiffOptions): string[] | null {
  const s = options.selection;
  if (s === undefined || s === false) return null;
  if (s === true) return parseSelection(readText(BUNDLED.selection), "selection.txt").map((p) => p.pattern);
  if (Array.isArray(s)) return [...s];
  const file = (s as { file: string }).file;
  return parseSelection(readText(resolve(options.cwd ?? process.cwd(), file), file), file).map((p) => p.pattern);
}
