// npm run bench:size: bundles small consumers with esbuild (minified; and gzipped) for ours,
// GramJS and mtcute, prints the bytes, runs each bundle to check it works, and measures how
// long importing each package takes in fresh processes. --smoke: fewer import runs (CI).
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const smoke = process.argv.includes("--smoke");
const out = mkdtempSync(join(tmpdir(), "tlgen-size-"));

const consumers = [
  ["ours", "serialize one exportChatInvite", "ours-serialize.ts", 8 * 1024],
  ["ours", "serialize + decode its result", "ours-roundtrip.ts", 30 * 1024],
  ["ours", "serialize one, via the root Api object", "ours-api-serialize.ts", null],
  ["mtcute", "serialize one exportChatInvite", "mtcute-serialize.ts", null],
  ["mtcute", "serialize + decode its result", "mtcute-roundtrip.ts", null],
  ["GramJS", "serialize one exportChatInvite", "gramjs-serialize.ts", null],
  ["GramJS", "serialize + decode its result", "gramjs-roundtrip.ts", null],
] as const;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log("| library | consumer | minified | gzip | target |\n| --- | --- | --- | --- | --- |");
const missed: string[] = [];
for (const [lib, what, file, target] of consumers) {
  const result = await build({
    entryPoints: [join(here, "size", file)],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
    banner: { js: "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);" },
  });
  const code = result.outputFiles[0].contents;
  const bundle = join(out, file.replace(/\.ts$/, ".mjs"));
  writeFileSync(bundle, code);
  // The bundle must run, or its size means nothing.
  const run = spawnSync(process.execPath, [bundle], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${file}: the bundle does not run:\n${run.stderr}`);
  const ok = target === null ? "" : code.length <= target ? `<= ${kb(target)}: met` : `<= ${kb(target)}: MISSED`;
  if (ok.endsWith("MISSED")) missed.push(`${lib} ${what}`);
  console.log(`| ${lib} | ${what} | ${kb(code.length)} (${code.length} B) | ${kb(gzipSync(code, { level: 9 }).length)} | ${ok} |`);
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

console.log(`\nimport time in a fresh process (median of ${runs}):`);
const ours = importTime("tl-invite");
console.log(`  tl-invite (ours): ${ours.toFixed(1)} ms  (target < 15 ms: ${ours < 15 ? "met" : "MISSED"})`);
console.log(`  @mtcute/core:     ${importTime("@mtcute/core").toFixed(1)} ms`);
console.log(`  telegram (GramJS): ${importTime("telegram").toFixed(1)} ms`);
if (missed.length) console.log(`\nsize targets missed: ${missed.join(", ")}`);
