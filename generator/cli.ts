// The `tlgen` command: the only module that reads argv, touches the disk or sets exit codes.
// Everything it does is a call into the pure core (analyze.ts, pipeline.ts, ...).
import { readFileSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { analyzeSchema, type SchemaSource } from "./analyze.ts";
import { formatDiagnostic } from "./diagnostics.ts";
import { loadIdAllowlist } from "./project-files.ts";

const HELP = `tlgen: TL schema -> typed TypeScript package for Telegram's chat-invite methods

Usage:
  tlgen check [--json] FILE...     parse and check schema files (read together as one schema)
  tlgen help                       this text

check prints every problem with its file:line:column and a caret excerpt, then a summary
(layer, constructors, functions, ids verified and mismatched, time).
  --json   print one JSON object instead:
           { layer, constructors, functions, idsChecked, idsMismatched, diagnostics }

Exit codes: 0 no errors, 1 errors in the input, 2 bad usage.
`;

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check":
        return runCheck(rest);
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
    throw e;
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
