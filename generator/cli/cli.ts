// Room cli/: the `tlgen` command: argv, the commands (commands/), exit codes and printing; thin
// shells over api/.
// Imports: api/, base/, config/, input/, output/, parse/. Imported by: nothing.
//
// The `tlgen` command: reads argv, dispatches to a command (commands/), and turns failures into
// exit codes: 0 fine, 1 errors in the input or a failed generation, 2 bad usage. The commands are
// thin shells over the programmatic API (api/): they parse options, call it and print.
import { runCheck } from "./commands/check.ts";
import { runDiff } from "./commands/diff.ts";
import { runGenerate } from "./commands/generate.ts";
import { COMMANDS, commandHelp, overviewHelp } from "./commands/help.ts";
import { printDiagnostics, UsageError } from "./commands/shared.ts";
import { TlgenError } from "../api/errors.ts";
import { closest } from "../input/suggest.ts";
import { tlgenVersion } from "../input/project-files.ts";
import { exitQuietlyOnBrokenPipe } from "./quiet-pipe.ts";
import { OutputError } from "../output/write.ts";
import { escapeForTerminal } from "../parse/excerpt.ts";

export async function main(argv: string[]): Promise<number> {
  exitQuietlyOnBrokenPipe();
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "generate":
        return await runGenerate(rest);
      case "check":
        return await runCheck(rest);
      case "diff":
        return await runDiff(rest);
      case "help":
        return help(rest[0]);
      case "--help":
      case "-h":
        process.stdout.write(overviewHelp());
        return 0;
      case "--version":
      case "-v":
        process.stdout.write(`tlgen ${tlgenVersion()}\n`);
        return 0;
      case undefined:
        process.stderr.write(overviewHelp());
        return 2;
      default:
        throw unknownCommand(command);
    }
  } catch (e) {
    return report(e, COMMANDS.includes(command as (typeof COMMANDS)[number]) ? command : null);
  }
}

function help(topic: string | undefined): number {
  const text = topic === undefined ? overviewHelp() : commandHelp(topic);
  if (text === null) throw unknownCommand(topic!);
  process.stdout.write(text);
  return 0;
}

function unknownCommand(command: string): UsageError {
  if (command.startsWith("-")) {
    const near = closest(command, ["--version", "--help"]);
    return new UsageError(`unknown option ${command}${near ? `; did you mean ${near}?` : `: options come after a command (tlgen generate ${command})`}`);
  }
  const near = closest(command, COMMANDS);
  return new UsageError(`unknown command "${command}"${near ? `; did you mean "${near}"?` : ""} (commands: ${COMMANDS.join(", ")})`);
}

/**
 * A message as the terminal should show it: what the user typed (paths, names, values) may hold
 * control characters, escaped here so that they cannot move the cursor or retitle the window;
 * the message's own line breaks stay.
 */
function forTerminal(message: string): string {
  return message.split("\n").map(escapeForTerminal).join("\n");
}

/** Prints a failure in words and returns its exit code. */
function report(e: unknown, command: string | null): number {
  const pointer = `Run "tlgen ${command ? `${command} ` : ""}--help" for usage.\n`;
  if (e instanceof UsageError || (e instanceof TlgenError && (e.kind === "usage" || e.kind === "input")) || (e instanceof OutputError && e.usage)) {
    process.stderr.write(`tlgen: ${forTerminal(e.message)}\n${pointer}`);
    return 2;
  }
  if (e instanceof TlgenError) {
    printDiagnostics(e.diagnostics, process.stderr);
    process.stderr.write(`tlgen: ${forTerminal(e.message)}\n`);
    // A failure inside tlgen says what failed in one message; the stack is for debugging it.
    if (e.kind === "internal" && process.env.TLGEN_DEBUG) process.stderr.write(`${(e.cause as Error)?.stack ?? ""}\n`);
    return 1;
  }
  if (e instanceof OutputError) {
    process.stderr.write(`tlgen: ${forTerminal(e.message)}\n`);
    return 1;
  }
  // A failure inside the generator (an emitter, prettier): nothing was written, say so plainly.
  process.stderr.write(`tlgen: ${command ?? "tlgen"} failed: ${forTerminal(e instanceof Error ? e.message : String(e))}\nNothing was written.\n`);
  if (process.env.TLGEN_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ""}\n`);
  return 1;
}
