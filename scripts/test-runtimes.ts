// npm run test:runtimes: the package as a user gets it, on every runtime it claims. Packs tlgen
// (`npm pack`), installs the tarball into a fresh project in the temp folder, and checks:
//   - on Node 20, 22 and 24, Bun and Deno: `tlgen generate`, then the generated package encoding
//     and decoding non-ASCII strings (scripts/runtimes/check-generate.ts, consumer.mjs);
//   - in workerd: examples/workers-bot answering webhook updates (scripts/runtimes/check-workerd.ts).
// The runtimes come from pinned npm packages, installed on first use (install-runtimes.ts). One
// line per runtime, then `N passed, N failed`; exit 1 when any failed. `--json FILE` also writes
// the results for CI; `--keep` leaves the temp project for a look.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../generator/input/project-files.ts";
import {
  checkGenerate,
  consumerTemplate,
  packageDigest,
  run,
  runtimeEnv,
  type CheckResult,
} from "./runtimes/check-generate.ts";
import { checkWorkerd } from "./runtimes/check-workerd.ts";
import { installRuntimes, unsupportedPlatform } from "./runtimes/install-runtimes.ts";

const PINS = join(PROJECT_ROOT, "scripts", "runtimes");
const CACHE = process.env.TLGEN_RUNTIMES_CACHE ?? join(PROJECT_ROOT, "node_modules", ".cache", "tlgen-runtimes");

const { values: options } = parseArgs({ options: { json: { type: "string" }, keep: { type: "boolean" } } });
const log = (line: string) => console.log(`test:runtimes: ${line}`);

/** Packs tlgen and installs the tarball as a devDependency of a fresh project in `dir`. */
function installTarball(dir: string): string {
  const project = join(dir, "project");
  mkdirSync(project);
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "runtimes-consumer", private: true, type: "module" }, null, 2),
  );
  const env = runtimeEnv(project);
  const packed = run("npm", ["pack", "--pack-destination", dir], PROJECT_ROOT, env, 600_000);
  if (!packed.ok) throw new Error(`npm pack failed:\n${packed.output}`);
  const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error(`npm pack wrote no tarball into ${dir}:\n${packed.output}`);
  const installed = run(
    "npm",
    ["install", "--save-dev", "--prefer-offline", "--no-audit", "--no-fund", join(dir, tarball)],
    project,
    env,
    600_000,
  );
  if (!installed.ok) throw new Error(`npm install of ${tarball} failed:\n${installed.output}`);
  log(`packed ${tarball} and installed it in ${installed.seconds.toFixed(1)} s`);
  return project;
}

function report(results: CheckResult[]): number {
  for (const r of results) {
    console.log(`runtime ${r.name}: ${r.ok ? "passed" : "FAILED"}${r.ok ? ` (${r.detail})` : ""}`);
    if (!r.ok) console.log(r.detail.replace(/^/gm, "    "));
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  if (options.json) writeFileSync(options.json, JSON.stringify({ passed, failed, results }, null, 2));
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

async function main(): Promise<number> {
  const unsupported = unsupportedPlatform();
  if (unsupported) {
    console.log(`test:runtimes: skipped: ${unsupported}`);
    return report([]);
  }
  const { runtimes, workerd } = installRuntimes(PINS, CACHE, log);
  const dir = mkdtempSync(join(tmpdir(), "tlgen-runtimes-"));
  const results: CheckResult[] = [];
  try {
    const project = installTarball(dir);
    const template = consumerTemplate(PINS);
    const idOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    const first = idOf(runtimes[0].name);
    let reference: string | undefined;
    for (const runtime of runtimes) {
      const result = checkGenerate(runtime, idOf(runtime.name), project, template);
      // What every runtime generates must be byte for byte what the first one did.
      if (result.ok) {
        const digest = packageDigest(project, idOf(runtime.name));
        reference ??= digest;
        if (digest !== reference)
          Object.assign(result, {
            ok: false,
            detail: `generated other bytes than ${runtimes[0].name} (compare tl-${idOf(runtime.name)} with tl-${first}; --keep keeps them)`,
          });
      }
      results.push(result);
      log(`${runtime.name}: ${result.ok ? "passed" : "failed"}`);
    }
    // The Worker gets the package the first Node generated (Bot API helpers included).
    const version = spawnSync(workerd, ["--version"], { encoding: "utf8" })
      .stdout.trim()
      .replace(/^workerd\s+/, "");
    const workerDir = join(dir, "worker");
    mkdirSync(workerDir);
    results.push(
      await checkWorkerd(
        workerd,
        version,
        join(PROJECT_ROOT, "examples", "workers-bot", "index.ts"),
        join(project, `tl-${first}`),
        workerDir,
      ),
    );
  } catch (e) {
    results.push({ name: "setup", ok: false, detail: e instanceof Error ? e.message : String(e) });
  } finally {
    if (options.keep) log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  return report(results);
}

process.exitCode = await main();
