// The render cache: work render.ts and bundle-node.ts did, by the SHA-256 of its input, and how
// it is kept between runs: the project's (render-cache.json in its cache folder,
// holding what the last run used) and the one tlgen ships (dist/render-cache.json, made when the
// package is built: the runtime's JavaScript and declarations are the same for every package of a
// tlgen version). The project's file records the tlgen it was made by and is ignored when another
// tlgen reads it. Like the output cache it is a convenience: a file that does not parse or does
// not match its hash is ignored with a warning, and one that cannot be written is a warning.
import { createHash } from "node:crypto";
import { existsSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readRegularFile, removeQuietly } from "../base/files.ts";
import { cacheMac } from "../base/cache-mac.ts";
import { tagCacheDir } from "../base/cache-folder.ts";
import { hashGenerator, PROJECT_ROOT } from "../input/project-files.ts";
import { inWords } from "../input/read-input.ts";

/**
 * Work done once per distinct input: `entries` maps `kind:sha256 of the input` to the result
 * (kinds: printed, formatted, js, dts, bundle). `used` holds the keys this run looked up (what is
 * saved), `dirty` says an entry was added.
 */
export interface RenderCache {
  entries: Map<string, string>;
  dirty: boolean;
  used: Set<string>;
}

/** An empty render cache. */
export function emptyRenderCache(): RenderCache {
  return { entries: new Map(), dirty: false, used: new Set() };
}

/** The cache's key for `kind` of work on `input` (hashed), marked used. */
export function keyOf(cache: RenderCache, kind: string, input: string | Iterable<string>): string {
  const h = createHash("sha256");
  for (const part of typeof input === "string" ? [input] : input) h.update(part).update("\0");
  const key = `${kind}:${h.digest("hex")}`;
  cache.used.add(key);
  return key;
}

/** Keeps `value` under `key`, and returns it. */
export function remember(cache: RenderCache, key: string, value: string): string {
  cache.entries.set(key, value);
  cache.dirty = true;
  return value;
}

const FILE = "render-cache.json";
/** The largest file read (the cache of an `--all` run is some 40 MB). */
const MAX_FILE_BYTES = 512 * 1024 * 1024;
/** The layout of the file; scripts/build-package.mjs writes the shipped one in the same layout. */
const FORMAT = 2;
/** The cache tlgen ships with its build. */
export const SHIPPED_RENDER_CACHE = join(PROJECT_ROOT, "dist", FILE);

type Warn = (message: string) => void;
const toStderr: Warn = (message) => process.stderr.write(`tlgen: warning: ${message}\n`);

/**
 * The file: a header line (JSON: format, generator, sha256, mac), then the entries as a JSON
 * array of [key, value] pairs. The hash is of the entries' text as written, so checking it costs
 * no second serialization. `generator` is hashGenerator() of the tlgen that wrote it; null in the
 * shipped file (it is that tlgen's own). `mac` signs the hash under this user's secret
 * (base/cache-mac.ts): a project's file without a matching one was not written by tlgen here
 * (copied, or planted by whoever can write the folder) and is ignored; the shipped file has none.
 */
interface Header {
  format: number;
  generator: string | null;
  sha256: string;
  mac?: string;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The shipped cache and, unless `dir` is null, the project's, merged. */
export function loadRenderCache(dir: string | null, warn: Warn = toStderr): RenderCache {
  const cache = emptyRenderCache();
  for (const file of [SHIPPED_RENDER_CACHE, ...(dir ? [join(dir, FILE)] : [])]) {
    if (!existsSync(file)) continue;
    try {
      const text = readRegularFile(file, MAX_FILE_BYTES);
      if (text === null) throw new Error(`it is not a regular file of at most ${MAX_FILE_BYTES / 1024 / 1024} MB`);
      const newline = text.indexOf("\n");
      const header = JSON.parse(newline < 0 ? text : text.slice(0, newline)) as Header;
      // Another tlgen's work (an upgrade, another checkout; another layout) may differ from this one's: not used.
      if (header?.format !== FORMAT || newline < 0) continue;
      const body = text.slice(newline + 1);
      const hash = sha256(body);
      if (header.sha256 !== hash) throw new Error("its contents do not match its hash (edited or damaged)");
      if (file !== SHIPPED_RENDER_CACHE && header.generator !== hashGenerator()) continue;
      // Signed under another secret (another user or machine, copied or planted): not this user's to trust; left out quietly.
      if (file !== SHIPPED_RENDER_CACHE && header.mac !== cacheMac(hash)) continue;
      const entries = JSON.parse(body) as unknown;
      if (!Array.isArray(entries)) throw new Error("it is not a render cache of this version");
      for (const e of entries) if (Array.isArray(e) && typeof e[0] === "string" && typeof e[1] === "string") cache.entries.set(e[0], e[1]);
    } catch (e) {
      // The shipped file is tlgen's own: in a checkout it may be from an older build, and skipping it only costs time.
      if (file !== SHIPPED_RENDER_CACHE) warn(`ignoring ${file}: ${e instanceof SyntaxError ? "it is not valid JSON" : (e as Error).message}`);
    }
  }
  return cache;
}

/** The file's text for `entries`: what saveRenderCache writes (and the package build, for the shipped one). */
export function renderCacheText(entries: readonly [string, string][], generator: string | null): string {
  const body = JSON.stringify(entries);
  const hash = sha256(body);
  return `${JSON.stringify({ format: FORMAT, generator, sha256: hash, mac: cacheMac(hash) } satisfies Header)}\n${body}`;
}

/** Writes the entries this run used into `dir` (aside, then renamed) when it gained some; never throws. */
export function saveRenderCache(dir: string, cache: RenderCache, warn: Warn = toStderr): void {
  if (!cache.dirty) return;
  const file = join(dir, FILE);
  // Named as the output cache's temporary files are: a killed run's is removed by the next (cache.ts).
  const temp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    tagCacheDir(dir); // made and tagged as tlgen's (base/cache-folder.ts)
    // Only what this run used: the cache stays the size of one run however often the schema changes.
    const entries = [...cache.entries].filter(([k]) => cache.used.has(k));
    writeFileSync(temp, renderCacheText(entries, hashGenerator()));
    renameSync(temp, file);
    cache.dirty = false;
  } catch (e) {
    warn(`could not write ${file} (${inWords(e)}); carrying on without it`);
  } finally {
    removeQuietly(temp);
  }
}
