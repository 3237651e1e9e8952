// tlgen's own files: where tlgen is (a checkout of the repository or an installed package), the
// schema it ships (schema/), and the runtime and helper sources it copies into every package.
// Nothing here writes: an installed tlgen is read-only as far as tlgen is concerned.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { IdAllowlistEntry } from "../model/checks/ctor-ids.ts";
import { compareStrings } from "../base/order.ts";
import { listTree } from "../base/files.ts";

/**
 * tlgen's own folder: the one holding its package.json, schema/ and generator/runtime/. This
 * module runs from generator/ (a checkout, through tsx) or from dist/ (the published package).
 */
export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(start: string): string {
  for (let d = start; ; d = dirname(d)) {
    if (existsSync(join(d, "schema")) && existsSync(join(d, "generator", "runtime")) && existsSync(join(d, "package.json"))) return d;
    if (dirname(d) === d) throw new Error(`tlgen: cannot find its own files (schema/, generator/runtime/) above ${start}`);
  }
}

export const SCHEMA_DIR = join(PROJECT_ROOT, "schema");

/** True in a checkout of the repository (the generator's sources are there), false in an install. */
export const IS_CHECKOUT = existsSync(join(PROJECT_ROOT, "generator", "cli", "cli.ts"));

/** The schema and side data tlgen ships, used when the user gives none. */
export const BUNDLED = {
  schema: [join(SCHEMA_DIR, "api.tl"), join(SCHEMA_DIR, "mtproto.tl")],
  docs: join(SCHEMA_DIR, "api-docs.json"),
  selection: join(SCHEMA_DIR, "selection.txt"),
  idAllowlist: join(SCHEMA_DIR, "ctor-id-allowlist.json"),
  botApi: join(SCHEMA_DIR, "bot-api.json"),
  layerHistory: join(SCHEMA_DIR, "layer-history.json"),
} as const;

/** tlgen's version, from its package.json. */
export function tlgenVersion(): string {
  return (JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { version: string }).version;
}

export function loadIdAllowlist(): IdAllowlistEntry[] {
  return JSON.parse(readFileSync(BUNDLED.idAllowlist, "utf8")) as IdAllowlistEntry[];
}

/** The hand-written runtime, copied into every generated package. */
export function loadRuntime(): { name: string; text: string }[] {
  return readSourceDir(join(PROJECT_ROOT, "generator", "runtime"));
}

/** The hand-written helpers built on generated requests (generator/helpers/). */
export function loadHelpers(): { name: string; text: string }[] {
  return readSourceDir(join(PROJECT_ROOT, "generator", "helpers"));
}

/** The .ts files under `dir`, each named by its path below it (`wire/reader.ts`), in one order. */
function readSourceDir(dir: string): { name: string; text: string }[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split(sep).join("/"))
    .filter((f) => f.endsWith(".ts"))
    .sort(compareStrings)
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
}

/** The layer of the bundled schema (its `// LAYER` line), for messages and --help. */
export function bundledLayer(): number | null {
  const m = /^\/\/ LAYER (\d+)/m.exec(readFileSync(BUNDLED.schema[0], "utf8"));
  return m ? Number(m[1]) : null;
}

let generatorHash: string | null = null;

/** A fingerprint of this tlgen: its version, its code and its locked dependencies. */
export function hashGenerator(): string {
  if (generatorHash) return generatorHash;
  const h = createHash("sha256").update(`tlgen@${tlgenVersion()}\0`);
  for (const dir of IS_CHECKOUT ? ["generator", "bin"] : ["dist", "bin", "generator"]) {
    for (const f of listTree(join(PROJECT_ROOT, dir)).filter((x) => !x.startsWith("."))) {
      h.update(`${dir}/${f}\0`);
      h.update(readFileSync(join(PROJECT_ROOT, dir, f)));
    }
  }
  const lock = join(PROJECT_ROOT, "package-lock.json");
  if (existsSync(lock)) h.update(readFileSync(lock));
  generatorHash = h.digest("hex");
  return generatorHash;
}
