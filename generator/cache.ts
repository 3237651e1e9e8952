// The generate cache: a run whose inputs (schema text, selection, options, docs, id allowlist,
// Bot API rules, runtime and helper sources) and generator (tlgen's version, its code and locked
// dependencies) are all unchanged reuses the files it produced last time, skipping the emit and
// prettier work. Keyed by a SHA-256 of all of those. The folder is the caller's: it lives in the
// consumer's project (node_modules/.cache/tlgen by default), never inside tlgen's install.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { IS_CHECKOUT, PROJECT_ROOT, tlgenVersion } from "./project-files.ts";
import { listTree } from "./write.ts";
import type { GeneratedFile } from "./pipeline.ts";

const KEEP = 4;

let generatorHash: string | null = null;

/**
 * The generator's own version: tlgen's version number, the code that runs (its sources in a
 * checkout, its compiled dist/ in an install), its command and the locked dependency versions.
 */
function hashGenerator(): string {
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

/**
 * The cache key of one generate run: `inputs` must hold every input the output depends on, as
 * raw text where it comes from a file (the caller builds the pipeline's input from this same
 * object, so nothing can be left out of the key).
 */
export function cacheKey(inputs: unknown): string {
  return createHash("sha256").update(hashGenerator()).update(JSON.stringify(inputs)).digest("hex").slice(0, 32);
}

export function readCache(cacheDir: string, key: string): GeneratedFile[] | null {
  const file = join(cacheDir, `${key}.json`);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as GeneratedFile[];
  } catch {
    return null; // a damaged entry is a miss, not an error
  }
}

/** Stores an entry (written aside, then renamed) and keeps only the newest few. */
export function writeCache(cacheDir: string, key: string, files: readonly GeneratedFile[]): void {
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, `${key}.json`);
  writeFileSync(`${file}.tmp-${process.pid}`, JSON.stringify(files));
  renameSync(`${file}.tmp-${process.pid}`, file);
  const entries = readdirSync(cacheDir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ f, t: statSync(join(cacheDir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of entries.slice(KEEP)) rmSync(join(cacheDir, f), { force: true });
}
