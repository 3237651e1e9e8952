// Keeping render.ts's cache between runs: prettier's output and the compiled copied modules, in
// the project's cache folder (render-cache.json), plus the one tlgen ships (dist/render-cache.json,
// made when the package is built: the runtime's declarations are the same for every package of a
// tlgen version). Like the output cache it is a convenience: a file that does not parse or does
// not match its hash is ignored with a warning, and one that cannot be written is a warning.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { removeQuietly } from "./cache.ts";
import { join } from "node:path";
import { PROJECT_ROOT } from "./project-files.ts";
import type { RenderCache } from "./render.ts";
import { inWords } from "./read-input.ts";

const FILE = "render-cache.json";
const FORMAT = 1;
/** The cache tlgen ships with its build (scripts/build-package.mjs writes it). */
export const SHIPPED_RENDER_CACHE = join(PROJECT_ROOT, "dist", FILE);

type Warn = (message: string) => void;
const toStderr: Warn = (message) => process.stderr.write(`tlgen: warning: ${message}\n`);

interface Stored {
  format: number;
  sha256: string;
  formatted: [string, string][];
  compiled: [string, { js: string; dts: string }][];
}

function digest(formatted: Stored["formatted"], compiled: Stored["compiled"]): string {
  return createHash("sha256").update(JSON.stringify([formatted, compiled])).digest("hex");
}

/** The shipped cache and, unless `dir` is null, the project's, merged. */
export function loadRenderCache(dir: string | null, warn: Warn = toStderr): RenderCache {
  // Built here rather than by render.ts's emptyRenderCache: importing render.ts loads the printer.
  const cache: RenderCache = { formatted: new Map(), compiled: new Map(), dirty: false, used: new Set() };
  for (const file of [SHIPPED_RENDER_CACHE, ...(dir ? [join(dir, FILE)] : [])]) {
    if (!existsSync(file)) continue;
    try {
      const stored = JSON.parse(readFileSync(file, "utf8")) as Stored;
      if (stored.format !== FORMAT || !Array.isArray(stored.formatted) || !Array.isArray(stored.compiled)) throw new Error("it is not a render cache of this version");
      if (stored.sha256 !== digest(stored.formatted, stored.compiled)) throw new Error("its contents do not match its hash (edited or damaged)");
      for (const [k, v] of stored.formatted) cache.formatted.set(k, v);
      for (const [k, v] of stored.compiled) cache.compiled.set(k, v);
    } catch (e) {
      warn(`ignoring ${file}: ${e instanceof SyntaxError ? "it is not valid JSON" : (e as Error).message}`);
    }
  }
  return cache;
}

/** Writes the entries this run used into `dir` (aside, then renamed) when it gained some; never throws. */
export function saveRenderCache(dir: string, cache: RenderCache, warn: Warn = toStderr): void {
  if (!cache.dirty) return;
  const file = join(dir, FILE);
  const temp = `${file}.tmp-${process.pid}`;
  try {
    mkdirSync(dir, { recursive: true });
    // Only what this run used: the cache stays the size of one run however often the schema changes.
    const formatted = [...cache.formatted].filter(([k]) => cache.used.has(k));
    const compiled = [...cache.compiled].filter(([k]) => cache.used.has(k));
    writeFileSync(temp, JSON.stringify({ format: FORMAT, sha256: digest(formatted, compiled), formatted, compiled }));
    renameSync(temp, file);
    cache.dirty = false;
  } catch (e) {
    warn(`could not write ${file} (${inWords(e)}); carrying on without it`);
  } finally {
    removeQuietly(temp);
  }
}
