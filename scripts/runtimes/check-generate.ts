// One runtime's check: the installed tlgen's CLI, run by that runtime, generates a package (the
// bundled schema and selection, no cache, so everything is printed and compiled there), and the
// consumer (consumer.mjs), run by the same runtime, encodes and decodes non-ASCII strings with it.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { listTree } from "../../generator/base/files.ts";
import type { Runtime } from "./install-runtimes.ts";

/** The outcome of one check: what passed, or the first step that failed and what it printed. */
export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

/** Runs a command in `cwd` with a time limit; its output, and a word on how it ended. */
export function run(
  bin: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = 300_000,
): { ok: boolean; output: string; seconds: number } {
  const started = Date.now();
  const r = spawnSync(bin, args, { cwd, env, encoding: "utf8", timeout: timeoutMs, maxBuffer: 16 << 20 });
  const ended = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
  return {
    ok: r.status === 0,
    output: `${r.stdout ?? ""}${r.stderr ?? ""}`.trim() + (r.status === 0 ? "" : `\n(${ended})`),
    seconds: (Date.now() - started) / 1000,
  };
}

/** The environment of every runtime: the caller's, with the runtimes' own caches kept inside `project`. */
export function runtimeEnv(project: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_")));
  return {
    ...env,
    DENO_DIR: join(project, ".deno"),
    DENO_NO_UPDATE_CHECK: "1",
    BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0",
    NO_COLOR: "1",
  };
}

/** Generates `tl-<id>` with `runtime` and runs the consumer against it with the same runtime. */
export function checkGenerate(runtime: Runtime, id: string, project: string, consumerTemplate: string): CheckResult {
  const name = `tl-${id}`;
  const env = runtimeEnv(project);
  const tlgen = join(project, "node_modules", "tlgen", "bin", "tlgen.js");
  const generated = run(
    runtime.bin,
    [...runtime.args, tlgen, "generate", "--out", name, "--name", name, "--no-cache"],
    project,
    env,
  );
  if (!generated.ok) return { name: runtime.name, ok: false, detail: `tlgen generate failed:\n${generated.output}` };
  const summary = generated.output.split("\n")[0];
  // As `npm install ./tl-<id>` would: a link from node_modules, so the consumer imports it by name.
  symlinkSync(join("..", name), join(project, "node_modules", name), "dir");
  const consumer = join(project, `consume-${id}.mjs`);
  writeFileSync(consumer, consumerTemplate.replaceAll('"tl-check"', JSON.stringify(name)));
  const consumed = run(runtime.bin, [...runtime.args, consumer], project, env, 120_000);
  if (!consumed.ok) return { name: runtime.name, ok: false, detail: `the consumer failed:\n${consumed.output}` };
  return {
    name: runtime.name,
    ok: true,
    detail: `generate ${generated.seconds.toFixed(1)} s (${summary.replace(/ in \d.*$/, "")}); ${consumed.output.split("\n").at(-1)}`,
  };
}

/**
 * A digest of the package `tl-<id>` in `project`, its own name written as "tl-check": the same
 * inputs give the same bytes on every runtime, so the digests of all runtimes must be equal.
 */
export function packageDigest(project: string, id: string): string {
  const name = `tl-${id}`;
  const dir = join(project, name);
  const hash = createHash("sha256");
  for (const file of listTree(dir))
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(dir, file), "utf8").replaceAll(name, "tl-check"))
      .update("\0");
  return hash.digest("hex");
}

/** The consumer's source, read once. */
export function consumerTemplate(dir: string): string {
  return readFileSync(join(dir, "consumer.mjs"), "utf8");
}
