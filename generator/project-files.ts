// Where the project's own data files live (schema/), and how they are read.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { IdAllowlistEntry } from "./model/checks/ctor-ids.ts";
import type { SchemaDocs } from "./model/schema-docs.ts";

/** The repository root (the folder holding generator/ and schema/). */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SCHEMA_DIR = join(PROJECT_ROOT, "schema");

export function loadIdAllowlist(): IdAllowlistEntry[] {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, "ctor-id-allowlist.json"), "utf8")) as IdAllowlistEntry[];
}

export function loadDocs(file: string): SchemaDocs {
  return JSON.parse(readFileSync(file, "utf8")) as SchemaDocs;
}

/** The hand-written runtime, copied into every generated package. */
export function loadRuntime(): { name: string; text: string }[] {
  const dir = join(PROJECT_ROOT, "generator", "runtime");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
}
