// tlgen diff: a changelog between two schema files, optionally limited to the selection.
import { join } from "node:path";
import { analyzeSchema } from "../analyze.ts";
import { formatDiagnostic } from "../diagnostics.ts";
import { loadIdAllowlist, PROJECT_ROOT } from "../project-files.ts";
import { parseSelection } from "../selection.ts";
import { computeClosure, selectRoots } from "../model/closure.ts";
import { diffSchemas, formatSchemaDiff } from "../diff/diff-schemas.ts";
import { HELP } from "./help.ts";
import { parse, readSources, UsageError } from "./shared.ts";

export function runDiff(args: string[]): number {
  const { values, positionals } = parse(args, { selection: { type: "boolean" }, json: { type: "boolean" } });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError("diff needs two schema files: OLD.tl NEW.tl");
  const sources = readSources(positionals);
  const [from, to] = sources.map((s) => analyzeSchema([s], loadIdAllowlist()));
  const failed = [from, to].flatMap((a, i) => a.diagnostics.filter((d) => d.severity === "error").map((d) => ({ d, i })));
  if (failed.length) {
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
