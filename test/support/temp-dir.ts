// Fresh folders in the temp folder for a test file, removed when the file's tests are done.
// Importing this module registers one afterAll in the importing test file, which removes every
// folder made through it, whatever the tests did with them.
import { afterAll } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
});

/** A new, empty folder `<temp>/<prefix>XXXXXX`, removed after the test file's tests. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
