// Where the project's own data files live (schema/), and how they are read.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { IdAllowlistEntry } from "./model/checks/ctor-ids.ts";

/**
 * The repository root (the folder holding generator/ and schema/). This module runs from
 * generator/ or from the CLI bundle in generator/.cli-<hash>/ (see bin/tlgen.js).
 */
export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(dir: string): string {
  let d = dir;
  while (!existsSync(join(d, "schema")) || !existsSync(join(d, "generator"))) {
    const up = dirname(d);
    if (up === d) return join(dirname(fileURLToPath(import.meta.url)), "..");
    d = up;
  }
  return d;
}
export const SCHEMA_DIR = join(PROJECT_ROOT, "schema");

export function loadIdAllowlist(): IdAllowlistEntry[] {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, "ctor-id-allowlist.json"), "utf8")) as IdAllowlistEntry[];
}

/** The hand-written runtime, copied into every generated package. */
export function loadRuntime(): { name: string; text: string }[] {
  const dir = join(PROJECT_ROOT, "generator", "runtime");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
}

/** The hand-written helpers built on generated requests (generator/helpers/). */
export function loadHelpers(): { name: string; text: string }[] {
  const dir = join(PROJECT_ROOT, "generator", "helpers");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
}
