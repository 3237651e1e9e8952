// Where the project's own data files live (schema/), and how they are read.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { IdAllowlistEntry } from "./model/checks/ctor-ids.ts";

/** The repository root (the folder holding generator/ and schema/). */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SCHEMA_DIR = join(PROJECT_ROOT, "schema");

export function loadIdAllowlist(): IdAllowlistEntry[] {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, "ctor-id-allowlist.json"), "utf8")) as IdAllowlistEntry[];
}
