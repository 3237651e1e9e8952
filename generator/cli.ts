// The `tlgen` command: reads argv, dispatches to a command (commands/), and turns failures into
// exit codes: 0 fine, 1 errors in the input or a failed generation, 2 bad usage. The commands are
// the only modules that touch the disk; everything they do is a call into the pure core.
import { runCheck } from "./commands/check.ts";
import { runDiff } from "./commands/diff.ts";
import { runGenerate } from "./commands/generate.ts";
import { HELP } from "./commands/help.ts";
import { UsageError, isParseArgsError } from "./commands/shared.ts";
import { exitQuietlyOnBrokenPipe } from "./quiet-pipe.ts";
import { OutputError } from "./write.ts";

export async function main(argv: string[]): Promise<number> {
  exitQuietlyOnBrokenPipe();
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
    if (e instanceof UsageError || isParseArgsError(e) || (e instanceof OutputError && e.usage)) {
      process.stderr.write(`tlgen: ${(e as Error).message}\nRun "tlgen --help" for usage.\n`);
      return 2;
    }
    // A failure inside the generator (an emitter, prettier): nothing was written, say so plainly.
    process.stderr.write(`tlgen: ${command} failed: ${e instanceof Error ? e.message : String(e)}\nNothing was written.\n`);
    if (process.env.TLGEN_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ""}\n`);
    return 1;
  }
}
