// tlgen check: parse and check schema files (or standard input), print diagnostics and a summary.
import { readInputFile } from "../../input/read-input.ts";
import { check } from "../../api/check.ts";
import type { SchemaText } from "../../api/types.ts";
import { parseCommandLine } from "./args.ts";
import { CHECK_OPTIONS } from "./options.ts";
import { checkHelp } from "./help.ts";
import { count, printDiagnostics, UsageError } from "./shared.ts";

export async function runCheck(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine("check", args, CHECK_OPTIONS);
  if (values.help) {
    process.stdout.write(checkHelp());
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("check needs at least one schema FILE (or - for standard input)");
  if (positionals.filter((p) => p === "-").length > 1) throw new UsageError('standard input ("-") can be read only once');
  const schema: (string | SchemaText)[] = positionals.map((p) => (p === "-" ? { file: "<stdin>", text: readStdin() } : p));
  const r = await check({ schema });
  if (values.json) {
    const diagnostics = r.diagnostics.map(({ text: _text, ...d }) => d);
    const { errors: _errors, warnings: _warnings, ...rest } = r;
    process.stdout.write(JSON.stringify({ ...rest, diagnostics }, null, 2) + "\n");
    return r.errors > 0 ? 1 : 0;
  }
  printDiagnostics(r.diagnostics, process.stdout);
  const allowed = r.idsAllowlisted.length ? ` (allowlisted: ${r.idsAllowlisted.join(", ")})` : "";
  const warnings = r.warnings ? `, ${count(r.warnings, "warning")}` : "";
  process.stdout.write(
    `${positionals.map((p) => (p === "-" ? "<stdin>" : p)).join(", ")}: layer ${r.layer ?? "none"}, ${count(r.constructors, "constructor")}, ` +
      `${count(r.functions, "function")}, ${count(r.idsChecked, "id")} checked, ${r.idsMismatched.length} mismatched${allowed}, ` +
      `${count(r.errors, "error")}${warnings}, parsed and checked in ${r.milliseconds} ms\n`,
  );
  return r.errors > 0 ? 1 : 0;
}

/** Standard input, bounded and checked like any input file (read-input.ts). */
function readStdin(): string {
  try {
    return readInputFile("-");
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
