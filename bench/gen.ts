// npm run bench:gen: times code generation as users run it, each run a fresh `tlgen` process:
//   1. the invite closure, cold (--no-cache);
//   2. --all at layer 228 (../shared/tl/api.tl), cold;
//   3. an unchanged rerun (the output cache hits);
//   4. one declaration changed, then rerun: a comment line, and a field (with its new id).
// Wall and CPU time (CPU with GNU time when /usr/bin/time exists: it counts esbuild's process
// too), medians of several runs, and the phase split of one run of each kind (--timings).
// It first builds dist/ (npm run build) and runs the built CLI, as an installed tlgen runs.
// --smoke (CI, inside npm test): one run of each but --all, through bin/tlgen.js in the
// checkout, and no build (the end-to-end test packs the package at the same time).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32 } from "../generator/model/ctor-id.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const smoke = process.argv.includes("--smoke");
const shared = join(root, "..", "shared", "tl", "api.tl");
const repeat = smoke ? 1 : 3;
const GNU_TIME = "/usr/bin/time";

if (!smoke) {
  const built = spawnSync(process.execPath, [join(root, "scripts", "build-package.mjs")], { encoding: "utf8" });
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stderr}`);
}
// The built CLI as the published bin runs it (bin/tlgen.js would pick the sources in a checkout).
const cli = smoke ? [join(root, "bin", "tlgen.js")] : ["--input-type=module", "-e", `const { main } = await import(${JSON.stringify(join(root, "dist", "cli.js"))}); process.exitCode = await main(process.argv.slice(1));`];

// A project of its own: the bundled schema copied in (the change runs edit the copy), its cache.
const work = mkdtempSync(join(tmpdir(), "tlgen-bench-gen-"));
mkdirSync(join(work, "schema"));
for (const f of ["api.tl", "mtproto.tl", "selection.txt"]) copyFileSync(join(root, "schema", f), join(work, "schema", f));
writeFileSync(join(work, "package.json"), JSON.stringify({ name: "bench-project", private: true }));
const schemaArgs = ["--schema", "schema/api.tl", "--schema", "schema/mtproto.tl", "--selection", "schema/selection.txt"];
const cacheArgs = ["--cache-dir", "cache"];

interface Run {
  wall: number;
  cpu: number | null;
  phases: string;
}

function tlgen(args: string[]): Run {
  const withTime = existsSync(GNU_TIME);
  const command = withTime ? GNU_TIME : process.execPath;
  const argv = [...(withTime ? ["-f", "@@cpu %U %S", process.execPath] : []), ...cli, "generate", ...args, "--timings"];
  const started = performance.now();
  const r = spawnSync(command, argv, { encoding: "utf8", cwd: work });
  const wall = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`tlgen generate ${args.join(" ")} failed:\n${r.stdout}${r.stderr}`);
  const cpu = /@@cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
  return { wall, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : null, phases: /^timings: (.*)$/m.exec(r.stderr)?.[1] ?? "" };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows: string[] = [];
const splits: string[] = [];
const missed: string[] = [];

function report(label: string, runs: Run[], target: number): void {
  const wall = median(runs.map((r) => r.wall));
  const cpus = runs.map((r) => r.cpu).filter((c): c is number => c !== null);
  const met = wall < target;
  if (!met && !smoke) missed.push(label);
  // Smoke runs go through tsx in the checkout: their times say nothing about the targets.
  const verdict = smoke ? "not judged (smoke)" : met ? "met" : "MISSED";
  rows.push(`| ${label} | ${wall.toFixed(2)} s | ${cpus.length ? `${median(cpus).toFixed(2)} s` : "n/a"} | < ${target} s: ${verdict} |`);
  splits.push(`${label}:\n  ${runs[Math.floor(runs.length / 2)].phases.replaceAll(", ", "\n  ")}`);
}

const times = (n: number, f: (i: number) => Run) => Array.from({ length: n }, (_, i) => f(i));

report("the invite closure, cold (--no-cache)", times(repeat, () => tlgen([...schemaArgs, "--no-cache", "--out", "cold"])), 3);

if (!smoke && existsSync(shared)) {
  copyFileSync(shared, join(work, "schema", "api-228.tl"));
  report("--all at layer 228, cold (--no-cache)", times(repeat, () => tlgen(["--schema", "schema/api-228.tl", "--schema", "schema/mtproto.tl", "--all", "--no-cache", "--out", "all"])), 8);
} else rows.push(`| --all at layer 228, cold | skipped (${smoke ? "smoke mode" : "no ../shared/tl/api.tl"}) | | < 8 s |`);

// Fill the caches (output and render) once, then rerun with nothing changed.
tlgen([...schemaArgs, ...cacheArgs, "--out", "out"]);
report("an unchanged rerun (cache hit)", times(smoke ? 1 : 5, () => tlgen([...schemaArgs, ...cacheArgs, "--out", "out"])), 0.5);

// One declaration changed: each run edits the schema anew, so every run misses the output cache.
const apiPath = join(work, "schema", "api.tl");
const original = readFileSync(apiPath, "utf8");
const edit = (from: string, to: string) => {
  if (!original.includes(from)) throw new Error(`the bundled schema no longer has: ${from}`);
  writeFileSync(apiPath, original.replace(from, to));
};
const INVITE = "chatInvitePublicJoinRequests#ed107ab7 = ExportedChatInvite;";
report("one declaration's comment changed, then rerun", times(repeat, (i) => {
  edit(INVITE, `// edited comment ${i + 1}\n${INVITE}`);
  return tlgen([...schemaArgs, ...cacheArgs, "--out", "out"]);
}), 1.5);
const PRICING = "starsSubscriptionPricing#05416d58 period:int amount:long = StarsSubscriptionPricing;";
report("one declaration's field added, then rerun", times(repeat, (i) => {
  const body = `period:int amount:long extra${i + 1}:int`;
  const id = crc32(`starsSubscriptionPricing ${body} = StarsSubscriptionPricing`).toString(16).padStart(8, "0");
  edit(PRICING, `starsSubscriptionPricing#${id} ${body} = StarsSubscriptionPricing;`);
  return tlgen([...schemaArgs, ...cacheArgs, "--out", "out"]);
}), 1.5);
writeFileSync(apiPath, original);

console.log(`generation, fresh processes (${smoke ? "smoke: one run each, bin/tlgen.js in the checkout" : `median of ${repeat} (the rerun of 5), the built CLI`}):\n`);
console.log("| run | wall | CPU | target |\n| --- | --- | --- | --- |");
for (const row of rows) console.log(row);
console.log("\nwhere the time went (--timings, the median run of each):\n");
for (const split of splits) console.log(split);
if (missed.length) console.log(`\ntargets missed: ${missed.join("; ")}`);
rmSync(work, { recursive: true, force: true });
