// Room index.ts: the library entry, `import { generate, check, diff, defineConfig } from "tlgen"`.
// Imports: api/, config/. Imported by: nothing.
//
// The library entry of the package: `import { generate, check, diff, defineConfig } from "tlgen"`.
// The functions are declared here with their public types only, so the published declarations
// are this file and api/types.ts, none of the generator's internals.
import { check as checkSchema, diff as diffSchemas } from "./api/check.ts";
import { generate as generatePackage, generateFiles as generatePackageFiles } from "./api/generate.ts";
import { loadConfig as loadConfigFile } from "./config/load-config.ts";
import type { CheckOptions, CheckResult, DiffOptions, DiffResult, GenerateOptions, GenerateSummary, GeneratedPackage, TlgenConfig } from "./api/types.ts";

export type * from "./api/types.ts";
export { TlgenError } from "./api/errors.ts";

/** Types a config file's contents: `export default defineConfig({ schema, include, out, name })`. Returns it unchanged. */
export function defineConfig(config: TlgenConfig): TlgenConfig {
  return config;
}

/**
 * Generates a package into `options.out` as `tlgen generate` does (atomically, and only when
 * something changed; with `check`, compares and writes nothing). Resolves to a summary: layer,
 * counts, files added, changed and removed, signature changes. Rejects with a TlgenError; for
 * errors in the schema or the selection its `diagnostics` hold them as data.
 */
export function generate(options: GenerateOptions): Promise<GenerateSummary> {
  return generatePackage(options);
}

/** Generates a package in memory: the files, its figures and warnings; touches no file. */
export function generateFiles(options: GenerateOptions & { previousManifest?: string }): Promise<GeneratedPackage> {
  return generatePackageFiles(options);
}

/** Parses and checks schema files as one schema; problems are in the result's `diagnostics`. */
export function check(options: CheckOptions): Promise<CheckResult> {
  return checkSchema(options);
}

/** What changed between two schemas, and what breaks callers. */
export function diff(options: DiffOptions): Promise<DiffResult> {
  return diffSchemas(options);
}

/**
 * Loads a config file (`file`, or the tlgen.config.* that `tlgen generate` would find from
 * `cwd`) as generate() options; null when there is none.
 */
export async function loadConfig(file?: string, cwd?: string): Promise<{ file: string; options: GenerateOptions } | null> {
  const loaded = await loadConfigFile(file, cwd);
  return loaded && { file: loaded.file, options: loaded.options };
}
