// Runs the tlgen command as a user does: a child process, its output and its exit code.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";

export const TLGEN = join(PROJECT_ROOT, "bin", "tlgen.js");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `tlgen ...args` in `cwd` (default: the repository), with `input` on standard input. */
export function tlgen(args: string[], options: { cwd?: string; input?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [TLGEN, ...args], { cwd: options.cwd ?? PROJECT_ROOT, encoding: "utf8", input: options.input ?? "" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
