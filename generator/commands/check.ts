// tlgen check: parse and check schema files, print diagnostics and a summary.
import { analyzeSchema } from "../analyze.ts";
import { formatDiagnostics } from "../diagnostics.ts";
import { loadIdAllowlist } from "../project-files.ts";
import { HELP } from "./help.ts";
import { parse, readSources, UsageError } from "./shared.ts";

export function runCheck(args: string[]): number {
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
    process.stdout.write(formatDiagnostics(diagnostics, texts));
    const allowed = ids.allowlisted.length ? ` (allowlisted: ${ids.allowlisted.join(", ")})` : "";
    process.stdout.write(
      `${positionals.join(", ")}: layer ${model.layer ?? "none"}, ${model.constructors.length} constructors, ` +
        `${model.functions.length} functions, ${ids.checked} ids checked, ${ids.mismatched.length} mismatched${allowed}, ` +
        `${errors} error${errors === 1 ? "" : "s"}, parsed and checked in ${Math.round(ms)} ms\n`,
    );
  }
  return errors > 0 ? 1 : 0;
}
