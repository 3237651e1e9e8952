// npm run bench:gen: times code generation as users run it (a fresh `tlgen` process each):
// the invite closure cold (no cache), --all over layer 228 cold, and a no-op regeneration.
// --smoke (CI): the same runs but --all, which the tests already cover.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const smoke = process.argv.includes("--smoke");
const shared = join(root, "..", "shared", "tl", "api.tl");

function run(label: string, args: string[], target: number): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(root, "bin", "tlgen.js"), "generate", ...args], { encoding: "utf8", cwd: root });
  const s = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${label} failed:\n${r.stderr}`);
  console.log(`| ${label} | ${s.toFixed(2)} s | < ${target} s: ${s < target ? "met" : "MISSED"} |`);
  return s;
}

const out = (name: string) => join(mkdtempSync(join(tmpdir(), "tlgen-bench-")), name);
console.log("| run | wall time | target |\n| --- | --- | --- |");
const invite = out("generated");
run("invite closure, cold (--no-cache)", ["--no-cache", "--out", invite], 3);
if (!smoke && existsSync(shared)) run("--all, layer 228, cold (--no-cache)", ["--no-cache", "--all", "--schema", shared, "--out", out("all")], 8);
else console.log(`| --all, layer 228, cold | skipped (${smoke ? "smoke mode" : "no ../shared/tl"}) | < 8 s |`);
run("a run that fills .tlgen-cache (or finds it filled)", ["--out", invite], 30);
run("no-op regeneration (nothing changed)", ["--out", invite], 0.5);
