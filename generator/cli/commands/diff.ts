// tlgen diff: a changelog between two schema files, optionally limited to the bundled selection.
import { diff } from "../../api/check.ts";
import { parseCommandLine } from "./args.ts";
import { DIFF_OPTIONS } from "./options.ts";
import { diffHelp } from "./help.ts";
import { UsageError } from "./shared.ts";

export async function runDiff(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine("diff", args, DIFF_OPTIONS);
  if (values.help) {
    process.stdout.write(diffHelp());
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError(`diff needs two schema files: OLD.tl NEW.tl (got ${positionals.length})`);
  const result = await diff({ from: positionals[0], to: positionals[1], selection: values.selection === true });
  const { text, ...data } = result;
  process.stdout.write(values.json ? JSON.stringify(data, null, 2) + "\n" : text);
  return 0;
}
