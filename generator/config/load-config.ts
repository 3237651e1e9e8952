// Room config/: finding and loading tlgen.config.{ts,mjs,js,json}.
// Imports: api/, input/. Imported by: cli/, index.ts.
//
// Finding and loading tlgen.config.ts, .mjs, .js or .json. A config is code that runs, so the
// search is bounded: it stops at the project's root (a package.json) and at the repository's
// (a .git), never reaching into the folders above a checkout; two configs in one folder are an
// error rather than a silent choice; and the CLI names the config that ran. A `.ts` config is
// bundled with esbuild and imported from memory (a `data:` URL: no temporary file that a Ctrl-C
// could leave behind, none inside tlgen's install, no loader needed on Node 20), with every
// package import resolved from the config's own folder as an absolute URL; `import ... from
// "tlgen"` always means the tlgen that is running.
import { existsSync, statSync } from "node:fs";
import { isBuiltin } from "node:module";
import { basename, dirname, extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Plugin } from "esbuild";
import { validateConfig } from "../api/options.ts";
import { PROJECT_ROOT } from "../input/project-files.ts";
import { readText, systemErrorWords } from "../api/files.ts";
import { TlgenError, usageError } from "../api/errors.ts";
import type { GenerateOptions, TlgenConfig } from "../api/types.ts";

/** The names tlgen looks for, in this order. */
export const CONFIG_NAMES = ["tlgen.config.ts", "tlgen.config.mjs", "tlgen.config.js", "tlgen.config.json"] as const;

export interface LoadedConfig {
  /** The config file, absolute. */
  file: string;
  config: TlgenConfig;
  /** The config as generate() options: relative paths resolve against the config's folder. */
  options: GenerateOptions;
}

/**
 * The config file for a run started in `cwd`: the one of CONFIG_NAMES in `cwd` or a folder
 * above it, up to the project root (the nearest folder with a package.json) or the repository
 * root (a .git), whichever comes first. Null when none; a usage error when one folder has two.
 */
export function findConfig(cwd: string = process.cwd()): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const found = CONFIG_NAMES.filter((name) => existsSync(join(dir, name)));
    if (found.length > 1) {
      throw usageError(`${dir} has ${found.length} tlgen configs (${found.join(", ")}): keep one, or name it with --config FILE`);
    }
    if (found.length === 1) return join(dir, found[0]);
    if (existsSync(join(dir, "package.json")) || existsSync(join(dir, ".git")) || dirname(dir) === dir) return null;
  }
}

/** Loads a config: `file` if given (relative to `cwd`), else the one findConfig finds; null when there is none. */
export async function loadConfig(file?: string, cwd: string = process.cwd()): Promise<LoadedConfig | null> {
  const path = file === undefined ? findConfig(cwd) : resolve(cwd, file);
  if (path === null) return null;
  const shown = file ?? basename(path);
  if (!existsSync(path)) throw new TlgenError("input", `no such file: ${shown}`);
  if (statSync(path).isDirectory()) throw new TlgenError("input", systemErrorWords({ code: "EISDIR" }, shown));
  const value = await importConfig(path, shown);
  const config = validateConfig(value, shown);
  return { file: path, config, options: { ...config, cwd: dirname(path) } };
}

async function importConfig(path: string, shown: string): Promise<unknown> {
  const ext = extname(path);
  if (ext === ".json") {
    try {
      return JSON.parse(readText(path, shown));
    } catch (e) {
      if (e instanceof TlgenError) throw e;
      throw usageError(`${shown} is not valid JSON: ${(e as Error).message}`);
    }
  }
  if (ext !== ".ts" && ext !== ".mjs" && ext !== ".js") throw usageError(`${shown}: a config is a .ts, .mjs, .js or .json file`);
  let module: { default?: unknown };
  try {
    module = ext === ".ts" ? await importTypeScript(path) : ((await import(`${pathToFileURL(path).href}?t=${statSync(path).mtimeMs}`)) as { default?: unknown });
  } catch (e) {
    throw usageError(`cannot load ${shown}: ${(e as Error)?.message ?? String(e)}`);
  }
  if (module.default === undefined) throw usageError(`${shown} has no default export: write \`export default defineConfig({ ... })\``);
  return module.default;
}

/** The library entry of the tlgen that is running (generator/index.ts from source, dist/index.js built). */
const SELF = pathToFileURL(import.meta.url.endsWith(".ts") ? join(PROJECT_ROOT, "generator", "index.ts") : join(PROJECT_ROOT, "dist", "index.js")).href;

async function importTypeScript(path: string): Promise<{ default?: unknown }> {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [path],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    logLevel: "silent",
    plugins: [resolveFromConfig()],
    // The config runs from a temporary file, but sees itself where it is.
    define: { "import.meta.url": JSON.stringify(pathToFileURL(path).href), "import.meta.dirname": JSON.stringify(dirname(path)), "import.meta.filename": JSON.stringify(path) },
  });
  // Every import left in the bundle is a builtin or an absolute URL, which a data: module resolves.
  const source = `${result.outputFiles[0].text}\n//# sourceURL=${pathToFileURL(path).href}\n`;
  return (await import(`data:text/javascript;base64,${Buffer.from(source).toString("base64")}`)) as { default?: unknown };
}

/**
 * Keeps packages out of the bundle but resolves them where the config is, as absolute URLs, so
 * the temporary file imports exactly what the config would have.
 */
function resolveFromConfig(): Plugin {
  return {
    name: "tlgen-config-imports",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.path === "tlgen") return { path: SELF, external: true };
        if (isBuiltin(args.path)) return { path: args.path, external: true };
        if ((args.pluginData as { inner?: boolean } | undefined)?.inner) return undefined;
        const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { inner: true } });
        if (found.errors.length) return { errors: found.errors };
        return { path: pathToFileURL(found.path).href, external: true };
      });
    },
  };
}
