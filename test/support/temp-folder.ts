// vitest's globalSetup: the test run gets a temp folder of its own. TMPDIR is set before the test
// processes start, so they, and every process they spawn, make their temp files there
// (os.tmpdir() reads it), and other runs on the same machine do not mix in. Each test file then
// gets a folder of its own inside it, checked when the file is done (temp-folder-each-file.ts).
// At the end the run's folder is removed, and anything a test file's check could not see there
// (left at the top, or by a file whose check never ran) fails the run.
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * What tools keep in the temp folder on their own, not made by a test: tsx's transpile cache
 * (`tsx-<uid>`), which the CLI fills when tests run it from its sources. It goes with the folder.
 */
export const TOOL_CACHES = /^tsx-\d+$/;

/** Names what was left, at most 20 of them. */
export function leftovers(where: string, left: readonly string[]): string {
  const shown = left.slice(0, 20).join(", ") + (left.length > 20 ? `, and ${left.length - 20} more` : "");
  return `${where} left ${left.length} file(s) or folder(s) in the temp folder (every test removes what it makes): ${shown}`;
}

/**
 * What is in the run's folder that no tool keeps there. A test file's folder is looked into: its
 * own check removes it, but vitest runs no hooks for a file whose tests were all skipped, which
 * leaves it empty.
 */
function unexpected(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => !TOOL_CACHES.test(f))
    .flatMap((f) =>
      /^file-/.test(f) && statSync(join(dir, f)).isDirectory()
        ? readdirSync(join(dir, f))
            .filter((g) => !TOOL_CACHES.test(g))
            .map((g) => `${f}/${g}`)
        : [f],
    )
    .sort();
}

export default function setup(): () => void {
  const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
  const dir = mkdtempSync(join(tmpdir(), "tlgen-test-run-"));
  process.env.TMPDIR = process.env.TMP = process.env.TEMP = dir;
  return () => {
    const left = unexpected(dir);
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    if (left.length > 0) {
      // vitest reports an error thrown here but does not fail the run for it: the exit code does.
      process.exitCode = 1;
      throw new Error(leftovers("the test run", left));
    }
  };
}
