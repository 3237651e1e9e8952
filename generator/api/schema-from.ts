// `schemaFrom: "telegram"`: the TL text and layer of the GramJS installed in the user's project,
// so that a package made for a GramJS client speaks that client's layer. GramJS ships its schema
// as JavaScript strings (telegram/tl/apiTl.js, schemaTl.js) without a `// LAYER` line, and
// declares its layer in telegram/tl/AllTLObjects.js (`exports.LAYER = 198`).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { SchemaSource } from "../model/analyze.ts";
import { readText } from "./files.ts";
import { TlgenError, usageError } from "./errors.ts";

export interface PackageSchema {
  sources: SchemaSource[];
  /** The layer the package declares; null when it declares none that can be read. */
  layer: number | null;
  /** The files read, absolute (for watch). */
  files: string[];
}

/** The packages `schemaFrom` knows. */
export const SCHEMA_PACKAGES = ["telegram"] as const;

/** Reads GramJS's schema and layer from the `telegram` package as `root` (the user's project) resolves it. */
export function readSchemaFrom(pkg: string, root: string): PackageSchema {
  if (pkg !== "telegram") throw usageError(`schemaFrom "${pkg}" is not a package tlgen can read a schema from (known: ${SCHEMA_PACKAGES.join(", ")})`);
  const require = createRequire(join(root, "package.json"));
  let apiFile: string;
  try {
    apiFile = require.resolve("telegram/tl/apiTl.js");
  } catch {
    throw new TlgenError("input", `schemaFrom "telegram": GramJS is not installed in ${root} (npm install telegram), or it has no tl/apiTl.js`);
  }
  const dir = dirname(apiFile);
  const pkgDir = dirname(dir);
  const version = (JSON.parse(readText(join(pkgDir, "package.json"))) as { version: string }).version;
  const sources: SchemaSource[] = [];
  const files = [apiFile, join(dir, "schemaTl.js")];
  for (const file of files) {
    const text = require(file) as unknown;
    if (typeof text !== "string") throw new TlgenError("input", `${file} does not export the TL text as a string; is this GramJS?`);
    sources.push({ file: `telegram@${version}/tl/${file.slice(dir.length + 1)}`, text });
  }
  const declared = /\bLAYER\s*=\s*(\d+)/.exec(readText(join(dir, "AllTLObjects.js")));
  return { sources, layer: declared ? Number(declared[1]) : null, files: [...files, join(dir, "AllTLObjects.js")] };
}
