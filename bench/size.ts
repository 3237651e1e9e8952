// npm run bench:size: bundles small consumers (minified, and gzipped) for ours, GramJS and mtcute,
// with esbuild and with rollup (node-resolve, then minified by esbuild), prints the bytes, runs
// each bundle to check it works, breaks our one-request bundle down by module, and measures how
// long importing each package takes in fresh processes. --smoke: fewer import runs (CI).
import { build, transform } from "esbuild";
import { rollup } from "rollup";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { gzipSync } from "node:zlib";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const smoke = process.argv.includes("--smoke");
const out = mkdtempSync(join(tmpdir(), "tlgen-size-"));
type Bundler = "esbuild" | "rollup";

const consumers: [lib: string, what: string, file: string, bundler: Bundler, target: number | null][] = [
  ["ours", "size-first: exportChatInvite({ ... }) (tl-invite/messages)", "ours-function.ts", "esbuild", 6 * 1024],
  ["ours", "size-first: exportChatInvite({ ... }) (tl-invite/messages)", "ours-function.ts", "rollup", 6 * 1024],
  ["ours", "size-first, and its result decoded (readExportChatInviteResult)", "ours-function-roundtrip.ts", "esbuild", null],
  ["ours", "class: serialize one ExportChatInvite (tl-invite/messages)", "ours-serialize.ts", "esbuild", 16 * 1024],
  ["ours", "class: serialize one ExportChatInvite (tl-invite/messages)", "ours-serialize.ts", "rollup", null],
  ["ours", "class: serialize + decode its result (tl-invite/messages)", "ours-roundtrip.ts", "esbuild", 20 * 1024],
  ["ours", "the README's example: root `Api` object, serialize one", "ours-api-serialize.ts", "rollup", 16 * 1024],
  ["ours", "the README's example: root `Api` object, serialize one", "ours-api-serialize.ts", "esbuild", null],
  ["mtcute", "serialize one exportChatInvite", "mtcute-serialize.ts", "esbuild", null],
  ["mtcute", "serialize + decode its result", "mtcute-roundtrip.ts", "esbuild", null],
  ["GramJS", "serialize one exportChatInvite", "gramjs-serialize.ts", "esbuild", null],
  ["GramJS", "serialize + decode its result", "gramjs-roundtrip.ts", "esbuild", null],
];

/** esbuild: one minified ESM file, and the bytes each input contributes. */
async function withEsbuild(entry: string): Promise<{ code: Uint8Array; inputs: Record<string, number> }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    write: false,
    metafile: true,
    logLevel: "silent",
    banner: { js: "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);" },
  });
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  return { code: result.outputFiles[0].contents, inputs: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.bytesInOutput])) };
}

/** rollup with node-resolve (as Vite bundles for production), then minified by esbuild. */
async function withRollup(entry: string): Promise<{ code: Uint8Array }> {
  // The consumers are TypeScript only in name: esbuild strips them to JavaScript first.
  const plain = await build({ entryPoints: [entry], bundle: false, format: "esm", write: false, logLevel: "silent" });
  const jsEntry = join(out, `${relative(here, entry).replace(/[\\/]/g, "_")}.entry.mjs`);
  writeFileSync(jsEntry, plain.outputFiles[0].text);
  const bundle = await rollup({ input: jsEntry, plugins: [nodeResolve({ rootDir: here, modulePaths: [join(here, "..", "node_modules")] })], onwarn: () => {} });
  const { output } = await bundle.generate({ format: "es", inlineDynamicImports: true });
  await bundle.close();
  const minified = await transform(output[0].code, { minify: true, format: "esm" });
  return { code: new TextEncoder().encode(minified.code) };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log("| library | consumer | bundler | minified | gzip | target |\n| --- | --- | --- | --- | --- | --- |");
const missed: string[] = [];
const breakdowns: Record<string, Record<string, number>> = {};
for (const [lib, what, file, bundler, target] of consumers) {
  const entry = join(here, "size", file);
  const built = bundler === "esbuild" ? await withEsbuild(entry) : await withRollup(entry);
  if (lib === "ours" && (file === "ours-serialize.ts" || file === "ours-function.ts") && "inputs" in built) breakdowns[file] = built.inputs as Record<string, number>;
  const code = built.code;
  const bundle = join(out, `${bundler}-${file.replace(/\.ts$/, ".mjs")}`);
  writeFileSync(bundle, code);
  // The bundle must run, or its size means nothing.
  const run = spawnSync(process.execPath, [bundle], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${file} (${bundler}): the bundle does not run:\n${run.stderr}`);
  const ok = target === null ? "" : code.length <= target ? `<= ${kb(target)}: met` : `<= ${kb(target)}: MISSED`;
  if (ok.endsWith("MISSED")) missed.push(`${lib} ${what} (${bundler})`);
  console.log(`| ${lib} | ${what} | ${bundler} | ${kb(code.length)} (${code.length} B) | ${kb(gzipSync(code, { level: 9 }).length)} | ${ok} |`);
}

for (const [file, breakdown] of Object.entries(breakdowns)) {
  console.log(`\n${file} (esbuild) by module, minified bytes:`);
  const rows = Object.entries(breakdown).sort((a, b) => b[1] - a[1]);
  for (const [input, bytes] of rows.filter(([, b]) => b > 0)) console.log(`  ${String(bytes).padStart(6)}  ${input.replace(/^.*?generated\//, "")}`);
}

const runs = smoke ? 3 : 15;
function importTime(specifier: string): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", `const t0 = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t0);`], { encoding: "utf8", cwd: here });
    if (r.status !== 0) throw new Error(`importing ${specifier} failed: ${r.stderr}`);
    times.push(Number(r.stdout.trim()));
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

console.log(`\nimport time in a fresh process (median of ${runs}), minus a one-line ESM module:`);
const oneLine = join(out, "one-line.mjs");
writeFileSync(oneLine, "export default 1;\n");
const baseline = importTime(pathToFileURL(oneLine).href);
const ours = importTime("tl-invite") - baseline;
console.log(`  tl-invite (ours): ${ours.toFixed(1)} ms  (target < 10 ms: ${ours < 10 ? "met" : "MISSED"})`);
console.log(`  @mtcute/core:     ${(importTime("@mtcute/core") - baseline).toFixed(1)} ms`);
console.log(`  telegram (GramJS): ${(importTime("telegram") - baseline).toFixed(1)} ms`);
console.log(`  (a one-line module itself: ${baseline.toFixed(1)} ms)`);
if (missed.length) console.log(`\nsize targets missed: ${missed.join(", ")}`);
rmSync(out, { recursive: true, force: true });
