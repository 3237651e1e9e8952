// The texts of `tlgen --help` and of each command's --help (options listed from options.ts).
import { bundledLayer } from "../../input/project-files.ts";
import { formatOptions } from "./args.ts";
import { CHECK_OPTIONS, DIFF_OPTIONS, GENERATE_OPTIONS } from "./options.ts";

export const COMMANDS = ["generate", "check", "diff", "help"] as const;

export function overviewHelp(): string {
  return `tlgen: Telegram TL schema -> a typed, byte-exact TypeScript package

Usage:
  tlgen generate [options]          generate a package (from tlgen.config.ts, or options)
  tlgen check [--json] FILE...      parse and check schema files (- reads standard input)
  tlgen diff [--selection] [--json] OLD.tl NEW.tl
                                    what changed between two schema files, and what breaks
  tlgen help [COMMAND]              this text, or a command's options
  tlgen --version                   tlgen's version

Run "tlgen COMMAND --help" for a command's options.
Exit codes: 0 no errors, 1 errors in the input, 2 bad usage.
`;
}

export function generateHelp(): string {
  return `Usage: tlgen generate [options]

Generates a package: the selected methods with everything their parameters and results need,
as TypeScript, JavaScript and declarations, with docs. Reads tlgen.config.ts (or .mjs, .js,
.json) when there is one; options given here override it. With neither a config nor options
it writes nothing and prints a starter config. Without --schema it reads the schema bundled with
tlgen (layer ${bundledLayer() ?? "?"}).

Options:
${formatOptions(GENERATE_OPTIONS)}

Examples:
  tlgen generate                                  # as tlgen.config.ts says
  tlgen generate --include 'messages.*ChatInvite*' --out tl --name my-tl
  tlgen generate --schema-from telegram --include 'messages.*ChatInvite*' --out tl
  tlgen generate --check                          # in CI: exit 1 when the output is stale

Exit codes: 0 done (or up to date), 1 errors in the input or a stale output with --check,
2 bad usage.
`;
}

export function checkHelp(): string {
  return `Usage: tlgen check [options] FILE...

Parses the files with the TL grammar as one schema, runs the semantic checks and verifies every
constructor id, then prints every problem with its file:line:column and a caret excerpt, and a
summary. "-" reads a schema from standard input.

Options:
${formatOptions(CHECK_OPTIONS)}

Exit codes: 0 no errors, 1 errors in the schema, 2 bad usage.
`;
}

export function diffHelp(): string {
  return `Usage: tlgen diff [options] OLD.tl NEW.tl

Lists methods and constructors added and removed, ids changed, parameters added, removed or
retyped, and result types changed, marking what breaks existing callers.

Options:
${formatOptions(DIFF_OPTIONS)}

Exit codes: 0 compared, 1 errors in a schema, 2 bad usage.
`;
}

/** The help of one command, by name; null for an unknown one. */
export function commandHelp(command: string): string | null {
  switch (command) {
    case "generate":
      return generateHelp();
    case "check":
      return checkHelp();
    case "diff":
      return diffHelp();
    case "help":
      return overviewHelp();
    default:
      return null;
  }
}
