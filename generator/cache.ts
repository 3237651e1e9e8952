// The generate cache: a run whose inputs (schema text, selection, options, docs, runtime) and
// generator (its source files and locked dependencies) are all unchanged reuses the files it
// produced last time, skipping the emit and prettier work. Keyed by a SHA-256 of all of those.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "./project-files.ts";
import { listTree } from "./write.ts";
import type { GeneratedFile } from "./pipeline.ts";

export const CACHE_DIR = join(PROJECT_ROOT, ".tlgen-cache");
const KEEP = 4;

let generatorHash: string | null = null;

/** The generator's own version: its sources, its command and the locked dependency versions. */
function hashGenerator(): string {
  if (generatorHash) return generatorHash;
  const h = createHash("sha256");
  for (const dir of ["generator", "bin"]) {
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

/** The cache key of one generate run's inputs. */
export function cacheKey(inputs: unknown): string {
  return createHash("sha256").update(hashGenerator()).update(JSON.stringify(inputs)).digest("hex").slice(0, 32);
}

export function readCache(key: string): GeneratedFile[] | null {
  const file = join(CACHE_DIR, `${key}.json`);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as GeneratedFile[];
  } catch {
    return null; // a damaged entry is a miss, not an error
  }
}

/** Stores an entry (written aside, then renamed) and keeps only the newest few. */
export function writeCache(key: string, files: readonly GeneratedFile[]): void {
  mkdirSync(CACHE_DIR, { recursive: true });
  const file = join(CACHE_DIR, `${key}.json`);
  writeFileSync(`${file}.tmp-${process.pid}`, JSON.stringify(files));
  renameSync(`${file}.tmp-${process.pid}`, file);
  const entries = readdirSync(CACHE_DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ f, t: statSync(join(CACHE_DIR, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of entries.slice(KEEP)) rmSync(join(CACHE_DIR, f), { force: true });
}
