// The config file's contract (`defineConfig` in index.ts types it): the check of a config's or
// the API options' fields, so a typo or a wrong type is an error naming the field, the file and
// the nearest known field, not a silent default.
import { closest } from "../input/suggest.ts";
import { usageError } from "./errors.ts";
import type { TlgenConfig } from "./types.ts";

type FieldRule = (value: unknown) => boolean;

const isString = (v: unknown): boolean => typeof v === "string" && v !== "";
const isStrings = (v: unknown): boolean => isString(v) || (Array.isArray(v) && v.length > 0 && v.every(isString));
const isSchemaText = (v: unknown): boolean => typeof v === "object" && v !== null && isString((v as { file?: unknown }).file) && typeof (v as { text?: unknown }).text === "string";

/** Every field of a config, with what it must be (said in the error when it is not). */
export const CONFIG_FIELDS: Record<keyof TlgenConfig, [FieldRule, string]> = {
  schema: [isStrings, "a file name or a list of them"],
  schemaFrom: [(v) => v === "telegram", '"telegram"'],
  include: [isStrings, "a pattern or a list of patterns"],
  selection: [isString, "a file name"],
  all: [(v) => typeof v === "boolean", "true or false"],
  out: [isString, "a folder name"],
  name: [isString, "an npm package name"],
  layer: [(v) => Number.isInteger(v) && (v as number) >= 0, "a whole number"],
  docs: [(v) => v === false || isString(v), "a file name, or false"],
  cacheDir: [(v) => v === false || isString(v), "a folder name, or false"],
  olderLayers: [(v) => v === false || (Number.isInteger(v) && (v as number) >= 0), "a layer number, or false"],
};

/** The fields the API's options add to a config's. */
const OPTION_FIELDS: Record<string, [FieldRule, string]> = {
  ...CONFIG_FIELDS,
  schema: [(v) => isStrings(v) || (Array.isArray(v) && v.length > 0 && v.every((x) => isString(x) || isSchemaText(x))), "a file name, or a list of file names or { file, text }"],
  cwd: [isString, "a folder name"],
  command: [isString, "a command line"],
  check: [(v) => typeof v === "boolean", "true or false"],
};

/** Checks a config's fields; `where` names it in errors ("tlgen.config.ts"). */
export function validateConfig(value: unknown, where: string): TlgenConfig {
  return validateFields(value, where, CONFIG_FIELDS) as TlgenConfig;
}

/** Checks the options given to `generate` or `generateFiles`. */
export function validateOptions(value: unknown, where: string): Record<string, unknown> {
  return validateFields(value, where, OPTION_FIELDS);
}

function validateFields(value: unknown, where: string, fields: Record<string, [FieldRule, string]>): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw usageError(`${where}: expected an object of options, got ${describe(value)}`);
  const known = Object.keys(fields);
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    // Own fields only: a key like `__proto__`, `constructor` or `toString` is unknown, not Object.prototype's.
    const rule = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (!rule) {
      const near = closest(key, known);
      throw usageError(`${where}: unknown field "${key}"${near ? `; did you mean "${near}"?` : ""} (known: ${known.join(", ")})`);
    }
    if (!rule[0](v)) throw usageError(`${where}: "${key}" must be ${rule[1]}, got ${describe(v)}`);
  }
  return value as Record<string, unknown>;
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return v.length ? `a list (${JSON.stringify(v).slice(0, 60)})` : "an empty list";
  if (typeof v === "string") return v === "" ? "an empty string" : JSON.stringify(v);
  return typeof v === "object" ? "an object" : `${typeof v} ${String(v)}`;
}
