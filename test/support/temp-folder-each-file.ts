// vitest's setupFiles: each test file gets a temp folder of its own inside the run's (see
// temp-folder.ts), and when the file's tests are done, anything left in it fails that file,
// naming what was left. Its afterAll is registered before the file's own hooks, so it runs after
// them: what a file removes in its afterAll is not a leftover.
import { afterAll } from "vitest";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { TOOL_CACHES, leftovers } from "./temp-folder.ts";

const runFolder = process.env.TMPDIR;
// Only under the run's folder: a file run without the global setup keeps the machine's temp folder.
if (runFolder && basename(runFolder).startsWith("tlgen-test-run-")) {
  const mine = mkdtempSync(join(runFolder, "file-"));
  process.env.TMPDIR = process.env.TMP = process.env.TEMP = mine;
  afterAll(() => {
    const left = readdirSync(mine)
      .filter((f) => !TOOL_CACHES.test(f))
      .sort();
    rmSync(mine, { recursive: true, force: true, maxRetries: 3 });
    process.env.TMPDIR = process.env.TMP = process.env.TEMP = runFolder;
    if (left.length > 0) throw new Error(leftovers("this test file", left));
  });
}
