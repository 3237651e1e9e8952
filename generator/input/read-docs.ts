// The docs data (schema/api-docs.json, or the file the `docs` option names) as the generator
// reads it: parsed, its shape checked, and its tables rebuilt without a prototype. Its texts reach
// the generated package (doc comments, the reference pages, error names in code), so a value of
// the wrong kind is an error naming where it is, not a crash or a stray text in the output; and
// a TL name like `constructor` or `toString` must find nothing rather than Object.prototype's.
import type { EntryDocs, SchemaDocs } from "../model/schema-docs.ts";

/** The docs data has the wrong shape; the message names the file and the path in it. */
export class DocsError extends Error {}

/** Parses and checks a docs file's text; throws DocsError naming `name` and the bad value's path. */
export function parseDocs(text: string, name: string): SchemaDocs {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new DocsError(`${name} is not valid JSON: ${(e as Error).message}`);
  }
  const fail = (path: string, why: string): never => {
    throw new DocsError(`${name}: ${path} ${why} (the shape is that of tlgen's schema/api-docs.json)`);
  };
  const root = record(value, "the file", fail);
  const types = table(root.types ?? {}, "types", fail, (v, path) => (typeof v === "string" ? v : fail(path, "must be a text")));
  const entries = table(root.entries ?? {}, "entries", fail, (v, path) => entryOf(v, path, fail));
  return {
    source: typeof root.source === "string" ? root.source : "",
    layer: typeof root.layer === "number" ? root.layer : 0,
    types,
    entries,
    // Not read by the generator: kept as they are, without a prototype.
    errors: Object.assign(Object.create(null), isRecord(root.errors) ? root.errors : {}),
    errorCodes: Object.assign(Object.create(null), isRecord(root.errorCodes) ? root.errorCodes : {}),
  };
}

type Fail = (path: string, why: string) => never;

function entryOf(v: unknown, path: string, fail: Fail): EntryDocs {
  const e = record(v, path, fail);
  const kind = e.kind === "constructor" || e.kind === "function" ? e.kind : fail(`${path}.kind`, 'must be "constructor" or "function"');
  const available = e.available === undefined ? "both" : e.available === "user" || e.available === "bot" || e.available === "both" ? e.available : fail(`${path}.available`, 'must be "user", "bot" or "both"');
  const params = table(e.params ?? {}, `${path}.params`, fail, (p, at) => (typeof p === "string" ? p : fail(at, "must be a text")));
  if (e.throws !== undefined && !Array.isArray(e.throws)) fail(`${path}.throws`, "must be a list");
  const throws = ((e.throws ?? []) as unknown[]).map((t, i) => {
    const at = `${path}.throws[${i}]`;
    const r = record(t, at, fail);
    if (!Number.isSafeInteger(r.code)) fail(`${at}.code`, "must be a whole number");
    if (typeof r.name !== "string" || r.name === "") fail(`${at}.name`, "must be a text");
    return { code: r.code as number, name: r.name as string, description: textOrNull(r.description, `${at}.description`, fail) };
  });
  return { kind, description: textOrNull(e.description, `${path}.description`, fail), params, throws, available };
}

function textOrNull(v: unknown, path: string, fail: Fail): string | null {
  if (v === undefined || v === null) return null;
  return typeof v === "string" ? v : fail(path, "must be a text or null");
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function record(v: unknown, path: string, fail: Fail): Record<string, unknown> {
  return isRecord(v) ? v : fail(path, "must be an object");
}

/** A table (name -> value) checked value by value, as an object without a prototype. */
function table<T>(v: unknown, path: string, fail: Fail, each: (value: unknown, path: string) => T): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const [key, value] of Object.entries(record(v, path, fail))) out[key] = each(value, `${path}[${JSON.stringify(key)}]`);
  return out;
}
