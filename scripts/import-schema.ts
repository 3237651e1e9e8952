// npm run schema:import: renders the pinned @mtcute/core JSON schema into schema/api.tl,
// schema/mtproto.tl and schema/api-docs.json. The rendering itself is generator/import/.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { SCHEMA_DIR } from "../generator/input/project-files.ts";
import { applyAvailability, collectDocs, renderApiSchema, type AvailabilityOverrides, renderMtprotoSchema, type MtcuteApiSchema, type MtcuteEntry, type MtcuteErrors } from "../generator/import/render-mtcute-schema.ts";
import { analyzeSchema } from "../generator/model/analyze.ts";

const require = createRequire(import.meta.url);
// The package does not export package.json; find its folder from its main entry.
const packageDir = findPackageDir(require.resolve("@mtcute/core"));
const version = (JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string }).version;
const read = <T>(file: string): T => JSON.parse(readFileSync(join(packageDir, "tl", file), "utf8")) as T;

const api = read<MtcuteApiSchema>("api-schema.json");
const mtp = read<MtcuteEntry[]>("mtp-schema.json");
const errors = read<MtcuteErrors>("raw-errors.json");
const source = `@mtcute/core@${version}`;

const apiText = renderApiSchema(api, `${source} tl/api-schema.json`);
const mtprotoText = renderMtprotoSchema(mtp, `${source} tl/mtp-schema.json`);

// The id check proves the rendering: every rendered line must hash to its declared id.
const analysis = analyzeSchema([{ file: "schema/api.tl", text: apiText }, { file: "schema/mtproto.tl", text: mtprotoText }]);
if (analysis.failed || analysis.ids.mismatched.length > 0) {
  for (const d of analysis.diagnostics) console.error(`${d.span.file}:${d.span.line}:${d.span.column}: ${d.code} ${d.message}`);
  console.error("schema:import: the rendered schema does not check; nothing was written");
  process.exit(1);
}

writeFileSync(join(SCHEMA_DIR, "api.tl"), apiText);
writeFileSync(join(SCHEMA_DIR, "mtproto.tl"), mtprotoText);
const availability = JSON.parse(readFileSync(join(SCHEMA_DIR, "availability.json"), "utf8")) as AvailabilityOverrides;
const docs = applyAvailability(collectDocs(api, errors, `${source} tl/api-schema.json, tl/raw-errors.json`), availability);
writeFileSync(join(SCHEMA_DIR, "api-docs.json"), JSON.stringify(docs, null, 1) + "\n");
console.log(
  `schema:import: ${source}, layer ${api.l}: ${analysis.model.constructors.length} constructors, ` +
    `${analysis.model.functions.length} functions, ${analysis.ids.checked} ids verified`,
);

function findPackageDir(entry: string): string {
  let dir = dirname(entry);
  while (!existsSync(join(dir, "package.json"))) dir = dirname(dir);
  return dir;
}
