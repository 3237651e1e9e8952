// npm run layers:import: builds schema/layer-history.json, the earlier forms of the bundled
// schema's constructors, from the TL schemas that pinned registry packages ship: @mtcute/tl's
// api-schema.json (one version per layer) and GramJS's (`telegram`) tl/apiTl.js for layers
// mtcute did not publish. Each tarball is fetched with `npm pack` into a temporary folder and
// refused unless its SHA-512 equals the one pinned here; nothing is installed, and generation
// never fetches anything (it reads the committed file). The building itself is
// generator/layers/build-history.ts.
//
// Why `npm pack` and not npm aliases as devDependencies: sixteen versions of two schema packages
// would add about 60 MB to every install of this repository for a file rebuilt once per layer.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeSchema } from "../generator/model/analyze.ts";
import { renderApiSchema, type MtcuteApiSchema } from "../generator/import/render-mtcute-schema.ts";
import { buildLayerHistory, type PastSchema } from "../generator/layers/build-history.ts";
import { formatHistory } from "../generator/layers/history.ts";
import { BUNDLED, SCHEMA_DIR, loadIdAllowlist } from "../generator/input/project-files.ts";

interface Pinned {
  spec: string;
  layer: number;
  /** The tarball's `dist.integrity`. */
  sha512: string;
}

/** One package per layer, oldest first; GramJS where @mtcute/tl published no version of that layer. */
const PINNED: Pinned[] = [
  { spec: "telegram@2.18.36", layer: 160, sha512: "MtfvTneslSgXR6gZZkEPCIHC9pH804l7MaZ36sl+Jet9NKxr99whN8xrdlKow9MBXnqR0YMSb0LehnbWyh0tWg==" },
  { spec: "@mtcute/tl@167.0.0", layer: 167, sha512: "qLDmC11Flx+1EiWEoh8QEzbxRO0br4FhqwDDN5bdOFcD6/wnbr9kSg3I5M28dGXwUDEp0BAjIUug1r3dQwkoGA==" },
  { spec: "telegram@2.19.20", layer: 174, sha512: "/2Wbml0K8ojLJBQXleakh81TkIwF91gls3HURagEJ8nge84wf+dTe/mBYqa4OSLk546S1VeXFTZL2S4SIYQsfw==" },
  { spec: "telegram@2.20.15", layer: 177, sha512: "yc5ScUlg5X47z9BhGTJEaHqSYe8cGsyjUHw1+vGD2vj9ntrbp2C/YpOvP0cepTJk/k5xJ39ZJeFY0xQzkk/LMg==" },
  { spec: "@mtcute/tl@179.0.0", layer: 179, sha512: "NC+BMwxs6szepqu3ntP0ox246MeKEQbp81ZZznECKNsVSD66kA1NfK+DxJvCgg/6LqZ32ZtiKmTgfzUMtUF24g==" },
  { spec: "@mtcute/tl@181.0.0", layer: 181, sha512: "50Kb+IwN9jKko7aJs8w+5X4BAaUtG4ByTei1JWSpebPDh5LvzGdhn87qEZ9gN0KHuLsaB7EIXL5HQlg1EqKD0g==" },
  { spec: "telegram@2.23.10", layer: 184, sha512: "ofn6Jhig83GW0wHxpDPoP4EffNKMloZMOhSdN6ltgWUSi3rE6+KWQDi2Gcvem2Xp+sodUw9uBDyq71aLcE3iKA==" },
  { spec: "@mtcute/tl@185.1.0", layer: 185, sha512: "P72BmkKwsDqhlZ86sEZ5TkZhbrw1pAuO8xrLAVQgoH7ywsqFsmtVXXkUD/otHNEnLT8OxOnY/vECdVRKTB+JYQ==" },
  { spec: "@mtcute/tl@189.0.0", layer: 189, sha512: "nbJiAfX5wTcP/0BQ1S1xBRiwto/GtNXXrdDp7Zstyq3TN7ZwRTHSvCv1b7xiHn1CGHCAgSnWELchxcufAWDc4A==" },
  { spec: "telegram@2.26.22", layer: 198, sha512: "EIj7Yrjiu0Yosa3FZ/7EyPg9s6UiTi/zDQrFmR/2Mg7pIUU+XjAit1n1u9OU9h2oRnRM5M+67/fxzQluZpaJJg==" },
  { spec: "@mtcute/tl@204.0.0", layer: 204, sha512: "ldWqKJ60BX2VKPE3DwjXpP8pdlEJ4yiHHVfSdielTYTItBM++PNqTO5y6dS2iZMcsk7xFrnGWmtaWd74L+VNRw==" },
  { spec: "@mtcute/tl@216.0.0", layer: 216, sha512: "cfkJf5oxvA07Scni3NdxM0PrD+a/I6CbbYTR9Z7PS99K3rcKk7sUYTQTNejmkoko3MPDERtRKotiZfYu4VwLYw==" },
  { spec: "@mtcute/tl@218.0.1", layer: 218, sha512: "VOwTn+mK76lbtqfZ4HXjWvnmkD+aHXck6jeTVJIDXvEB2mK1P8jjs9g8HTx8WtDVaTZDpQEAtuvZJJwHfl11yg==" },
  { spec: "@mtcute/tl@220.0.0", layer: 220, sha512: "ben9BBNWf71TXsWrcAcgzNf2K4ImRdJT1xbIGF237pkUPAjCELDqhWCjCgEzXpnL9adaMU9N6pTvVzPNUiavJA==" },
  { spec: "@mtcute/tl@221.0.0", layer: 221, sha512: "Wp01L9nznTMLl2s9rbKnzQ8pij72eF4HK2XIziOQoJXiObPKZxQdxvMj+C6l0ArxMFmpT0H0/3EL5RB7O6VPwg==" },
  { spec: "@mtcute/tl@223.0.0", layer: 223, sha512: "RBppaVVpp+YsGC5PTsZ2hk1NI4rI0iAj7ll9urbUmII9OCaOMSswiF9ZcjQ1aQhofey8Im87DRhxpiBZQ4OEUg==" },
];

const HISTORY_FILE = join(SCHEMA_DIR, "layer-history.json");

function fetchSchema(p: Pinned, root: string): PastSchema {
  // A folder per package: require() caches by path, so two apiTl.js must not share one.
  const dir = mkdtempSync(join(root, "pkg-"));
  const out = execFileSync("npm", ["pack", p.spec, "--pack-destination", dir, "--json", "--silent"], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  const [{ filename }] = JSON.parse(out) as { filename: string }[];
  const tarball = join(dir, filename);
  const digest = createHash("sha512").update(readFileSync(tarball)).digest("base64");
  if (digest !== p.sha512) throw new Error(`${p.spec}: the tarball's SHA-512 is ${digest}, not the pinned ${p.sha512}; nothing was written`);
  const mtcute = p.spec.startsWith("@mtcute/tl@");
  const inner = mtcute ? "package/api-schema.json" : "package/tl/apiTl.js";
  execFileSync("tar", ["-xzf", tarball, "-C", dir, inner]);
  const file = join(dir, inner);
  if (mtcute) {
    const schema = JSON.parse(readFileSync(file, "utf8")) as MtcuteApiSchema;
    if (schema.l !== p.layer) throw new Error(`${p.spec} declares layer ${schema.l}, not ${p.layer}`);
    return { layer: p.layer, from: `${p.spec} api-schema.json`, text: renderApiSchema(schema, p.spec) };
  }
  const text = createRequire(file)(file) as unknown;
  if (typeof text !== "string") throw new Error(`${p.spec}: tl/apiTl.js does not export the TL text`);
  return { layer: p.layer, from: `${p.spec} tl/apiTl.js`, text };
}

const dir = mkdtempSync(join(tmpdir(), "tlgen-layers-"));
try {
  const past = PINNED.map((p) => {
    process.stdout.write(`layers:import: ${p.spec} (layer ${p.layer})\n`);
    return fetchSchema(p, dir);
  });
  const current = analyzeSchema(BUNDLED.schema.map((file) => ({ file, text: readFileSync(file, "utf8") })), loadIdAllowlist());
  if (current.failed || current.model.layer === null) throw new Error("the bundled schema does not check; run npm run schema:import first");
  const build = buildLayerHistory(past, current.model, current.model.layer);
  for (const line of build.unverified) console.warn(`layers:import: left out, its CRC32 is not its id: ${line}`);
  if (build.collisions.length) {
    for (const c of build.collisions) console.error(`layers:import: ${c}`);
    throw new Error("old ids would collide with other constructors' ids; nothing was written");
  }
  const text = formatHistory(build.history);
  writeFileSync(HISTORY_FILE, text);
  const forms = Object.values(build.history.constructors).reduce((n, f) => n + f.length - 1, 0);
  console.log(
    `layers:import: ${build.history.sources.length} layers (${build.history.sources[0].layer} to ${build.history.layer}), ` +
      `${Object.keys(build.history.constructors).length} constructors with ${forms} earlier ids, ${text.length} bytes, ${build.unverified.length} lines left out`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
