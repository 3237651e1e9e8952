// What every command shares: usage errors, argument parsing, reading files, showing paths.
import { isAbsolute, relative, resolve, sep } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { SchemaSource } from "../analyze.ts";
import { readInputFile } from "../read-input.ts";

/** Bad usage: the CLI prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {}

export function isParseArgsError(e: unknown): boolean {
  return e instanceof TypeError && typeof (e as { code?: unknown }).code === "string" && String((e as unknown as { code: string }).code).startsWith("ERR_PARSE_ARGS");
}

/** node:util parseArgs, strict, with --help on every command. */
export function parse<T extends ParseArgsConfig["options"]>(args: string[], options: T) {
  return parseArgs({ args, options: { help: { type: "boolean", short: "h" }, ...options }, allowPositionals: true, strict: true });
}

/** Reads files as UTF-8 (bounded, text only: read-input.ts); an unreadable one is a usage error naming it. */
export function readSources(files: string[]): SchemaSource[] {
  return files.map((file) => {
    try {
      return { file, text: readInputFile(file) };
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  });
}

/** Paths as the user would type them: relative to the working directory when near it, else absolute. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel && !isAbsolute(rel) && !rel.startsWith(`..${sep}..`) ? rel : resolve(path);
}
