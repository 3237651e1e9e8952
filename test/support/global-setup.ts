// Once per test run: a scratch folder for what the tests share across files, removed at the end.
// - XDG_CACHE_HOME points into it, so the caches' secret (generator/base/cache-mac.ts) that
//   every generate run makes is the run's own, not one in the home folder of whoever runs the tests;
// - `packDir` is where the packed tlgen is made once, by the first test file that needs it
//   (support/packed-tlgen.ts), and shared by the rest.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    packDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "tlgen-vitest-run-"));
  mkdirSync(join(dir, "cache-home"));
  process.env.XDG_CACHE_HOME = join(dir, "cache-home");
  project.provide("packDir", join(dir, "pack"));
  return () => rmSync(dir, { recursive: true, force: true });
}
