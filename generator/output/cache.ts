// The generate cache: a run whose inputs (schema text, selection, options, docs, id allowlist,
// Bot API rules, runtime and helper sources) and generator (tlgen's version, its code and locked
// dependencies) are all unchanged reuses the files it produced last time, skipping the emit and
// prettier work. Keyed by a SHA-256 of all of those. The folder is the caller's: it lives in the
// consumer's project (node_modules/.cache/tlgen by default), never inside tlgen's install.
//
// The cache is a convenience, never a source of truth or of failure:
// - an entry carries the SHA-256 of its files (it is whole) and a signature of that hash under
//   this user's secret (base/cache-mac.ts: it was written by tlgen here, not planted by whoever
//   can write the folder); both are checked on read. An entry that does not parse, has the wrong
//   shape or hash, a manifest that is not JSON, or names a path outside the output (`..`, `/x`)
//   is ignored with a warning; one signed under another secret is ignored quietly (it is not a
//   fault: another user's, or a cache copied from another machine). Either way the run
//   regenerates and rewrites it;
// - a cache that cannot be written (full, read-only, no permission) is warned about and the run
//   carries on; the temporary file of a write is removed whatever happens.
import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";
import { hashGenerator } from "../input/project-files.ts";
import { cacheMac } from "../base/cache-mac.ts";
import { CACHE_TAG, CACHE_TAG_FILE, tagCacheDir } from "../base/cache-folder.ts";
import { readRegularFile, removeQuietly } from "../base/files.ts";
import { isSafeRelativePath } from "./write.ts";
import { inWords } from "../input/read-input.ts";
import { isAlive } from "./lock.ts";
import { hostname } from "node:os";
import type { GeneratedFile } from "../render/generated-file.ts";

const KEEP = 4;
/** The largest entry read (an `--all` package is some 30 MB). */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;
/** The entry format; entries of another format are misses. */
const FORMAT = 1;

/** Where cache warnings go; the CLI's default prints them to stderr. */
export type CacheWarn = (message: string) => void;
const toStderr: CacheWarn = (message) => process.stderr.write(`tlgen: warning: ${message}\n`);

/** The default cache folder, which earlier versions of tlgen filled without a tag. */
const DEFAULT_CACHE = join("node_modules", ".cache", "tlgen");

/**
 * Whether `dir` may serve as the cache (tlgen prunes and replaces files in it, so a folder of
 * the user's own files must never be one): yes when missing (made and tagged when first written,
 * tagCacheDir), tagged now when empty or the default folder, else refused with a warning (the run
 * goes on without a cache).
 */
export function claimCacheDir(dir: string, warn: CacheWarn = toStderr): boolean {
  const tag = join(dir, CACHE_TAG_FILE);
  try {
    if (!existsSync(dir)) return true;
    if (!lstatSync(dir).isDirectory()) {
      warn(`the cache folder ${dir} is not a folder; carrying on without a cache`);
      return false;
    }
    if (existsSync(tag)) {
      if ((readRegularFile(tag, 4096) ?? "").startsWith(CACHE_TAG.split("\n")[0])) return true;
      warn(`the cache folder ${dir} has a ${CACHE_TAG_FILE} that is not a cache tag; carrying on without a cache`);
      return false;
    }
    const adopt = readdirSync(dir).length === 0 || (dir + sep).endsWith(DEFAULT_CACHE + sep);
    if (!adopt) {
      warn(`the cache folder ${dir} holds files tlgen did not write (it has no ${CACHE_TAG_FILE}): not using it, so that none of them is deleted; give cacheDir a new or empty folder`);
      return false;
    }
    tagCacheDir(dir);
    return true;
  } catch (e) {
    warn(`could not prepare the cache folder ${dir} (${inWords(e)}); carrying on without a cache`);
    return false;
  }
}

/**
 * The cache key of one generate run: `inputs` must hold every input the output depends on, as
 * raw text where it comes from a file (the caller builds the pipeline's input from this same
 * object, so nothing can be left out of the key).
 */
export function cacheKey(inputs: unknown): string {
  return createHash("sha256").update(hashGenerator()).update(JSON.stringify(inputs)).digest("hex").slice(0, 32);
}

/** The SHA-256 an entry records for its files: paths and contents, each length-prefixed. */
export function hashFiles(files: readonly GeneratedFile[]): string {
  const h = createHash("sha256");
  for (const f of files) h.update(`${f.path.length}:${f.path}\0${f.content.length}:`).update(f.content).update("\0");
  return h.digest("hex");
}

/** The files of entry `key` in `dir`, or null on a miss (a bad entry is a miss with a warning). */
export function readCache(dir: string, key: string, warn: CacheWarn = toStderr): GeneratedFile[] | null {
  const file = join(dir, `${key}.json`);
  if (!existsSync(file)) return null;
  let problem: string;
  try {
    const text = readRegularFile(file, MAX_ENTRY_BYTES);
    if (text === null) throw new Error(`not a regular file of at most ${MAX_ENTRY_BYTES / 1024 / 1024} MB`);
    const checked = checkEntry(JSON.parse(text), key);
    if (typeof checked !== "string") return checked;
    problem = checked;
  } catch (e) {
    problem = e instanceof SyntaxError ? "it is not valid JSON" : `it cannot be read (${inWords(e)})`;
  }
  // An entry signed under another secret (another user or machine, a copied or planted cache) is
  // not this user's to trust, nor a fault: a quiet miss, which the next write replaces.
  if (problem !== NOT_OURS) warn(`ignoring the cache entry ${file}: ${problem}; generating afresh`);
  return null;
}

/** What checkEntry says of an entry whose signature is not this user's. */
export const NOT_OURS = "its signature is not this user's (written elsewhere, copied or planted)";

/** The entry's files when it is whole and safe, else what is wrong with it. */
export function checkEntry(value: unknown, key: string): GeneratedFile[] | string {
  if (Array.isArray(value)) return value.length === 0 ? "it is an empty list, not an entry" : "it is a list, not an entry";
  if (typeof value !== "object" || value === null) return "it is not an entry";
  const entry = value as Record<string, unknown>;
  if (entry.format !== FORMAT) return `its format is ${JSON.stringify(entry.format) ?? "missing"}, not ${FORMAT}`;
  if (entry.key !== key) return "it was stored under another key";
  if (!Array.isArray(entry.files) || entry.files.length === 0) return "it holds no files";
  const seen = new Set<string>();
  for (const f of entry.files as unknown[]) {
    const { path, content } = (f ?? {}) as Record<string, unknown>;
    if (typeof path !== "string" || typeof content !== "string") return "a file in it has no path or content";
    if (!isSafeRelativePath(path)) return `it names a path outside the output folder: ${JSON.stringify(path)}`;
    if (seen.has(path)) return `it names ${path} twice`;
    seen.add(path);
  }
  if (!seen.has("manifest.json")) return "it has no manifest.json";
  const files = (entry.files as GeneratedFile[]).map(({ path, content }) => ({ path, content }));
  const sha256 = hashFiles(files);
  if (entry.sha256 !== sha256) return "its contents do not match its hash (edited or damaged)";
  if (entry.mac !== cacheMac(sha256)) return NOT_OURS;
  const manifest = files.find((f) => f.path === "manifest.json")!.content;
  if (!isJsonObject(manifest)) return "its manifest.json is not a JSON object";
  return files;
}

/**
 * Stores an entry (written aside, then renamed) and keeps only the newest few. Never throws:
 * a failure is a warning, and the temporary file is removed.
 */
export function writeCache(dir: string, key: string, files: readonly GeneratedFile[], warn: CacheWarn = toStderr): void {
  const file = join(dir, `${key}.json`);
  const temp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    tagCacheDir(dir);
    const sha256 = hashFiles(files);
    const entry = { format: FORMAT, key, sha256, mac: cacheMac(sha256), files: files.map(({ path, content }) => ({ path, content })) };
    writeFileSync(temp, JSON.stringify(entry));
    renameSync(temp, file);
  } catch (e) {
    warn(`could not write the cache in ${dir} (${inWords(e)}); carrying on without it`);
  } finally {
    removeQuietly(temp);
  }
  prune(dir);
}

function isJsonObject(text: string): boolean {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Removes the temporary files of this cache and of the render cache (`*.tmp-PID-*`) whose writer
 * is dead: a run killed while writing leaves one. Never throws.
 */
export function removeDeadTemps(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const f of names) {
    const m = /\.tmp-(\d+)-[0-9a-z]+$/.exec(f);
    if (m && !isAlive({ pid: Number(m[1]), host: hostname(), start: "" })) removeQuietly(join(dir, f));
  }
}

/** Keeps the newest KEEP entries, and removes temporary files whose writer is dead. */
function prune(dir: string): void {
  removeDeadTemps(dir);
  try {
    const names = readdirSync(dir);
    const entries = names
      .filter((f) => /^[0-9a-f]{32}\.json$/.test(f)) // entries only; render-cache.json is render-cache.ts's
      .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of entries.slice(KEEP)) rmSync(join(dir, f), { force: true });
  } catch {
    // Pruning is housekeeping: a cache that cannot be listed or cleaned is left as it is.
  }
}
