// tlgen as a user gets it, made once per test run and shared by the test files that need it:
// `npm pack` (its prepack builds dist/ in this checkout, so two packs at once would collide, and a
// pack takes half a minute) runs in the first file that asks, into the run's scratch folder
// (support/global-setup.ts, which removes it at the end); the others wait for its tarball. Each
// file then installs it into a fresh project of its own, outside the repository.
// TLGEN_PACKED_TARBALL=path.tgz runs these tests against another build instead (an older one, to
// see them fail where it had a defect); its `npm pack --json` output is expected beside it, as
// path.tgz.json.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** The environment of a user's shell: none of the npm_* variables `npm test` sets for this repository. */
export const USER_ENV: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_")));

/** Runs a command as a user would, waiting for it. */
export function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = USER_ENV): Run {
  const started = performance.now();
  const r = spawnSync(command, args, { cwd, encoding: "utf8", env, timeout: 600_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, seconds: (performance.now() - started) / 1000 };
}

/** The run, or an error with its output when it failed. */
export function ok(r: Run, what: string): Run {
  if (r.code !== 0) throw new Error(`${what} exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** What `npm pack --json` says of the tarball. */
export interface PackInfo {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string }[];
}

/** The packed tlgen of this test run: its tarball (absolute) and what npm said of it. */
export async function packedTlgen(): Promise<{ tarball: string; pack: PackInfo }> {
  const given = process.env.TLGEN_PACKED_TARBALL;
  if (given) return { tarball: given, pack: (JSON.parse(readFileSync(`${given}.json`, "utf8")) as PackInfo[])[0] };
  const dir = inject("packDir");
  const done = join(dir, "pack.json");
  mkdirSync(dir, { recursive: true });
  let mine = false;
  try {
    mkdirSync(join(dir, "packing"));
    mine = true;
  } catch {
    // another test file is packing: wait for it below
  }
  if (mine) {
    try {
      const scratch = mkdtempSync(join(dir, "npm-"));
      const packed = ok(sh("npm", ["pack", "--json", "--pack-destination", scratch], PROJECT_ROOT), "npm pack");
      const pack = (JSON.parse(packed.stdout.slice(packed.stdout.indexOf("["))) as PackInfo[])[0];
      renameSync(join(scratch, pack.filename), join(dir, pack.filename));
      writeFileSync(`${done}.tmp`, JSON.stringify(pack));
      renameSync(`${done}.tmp`, done);
    } catch (e) {
      writeFileSync(join(dir, "failed.txt"), String((e as Error)?.message ?? e));
      throw e;
    }
  }
  for (const started = Date.now(); !existsSync(done); ) {
    if (existsSync(join(dir, "failed.txt"))) throw new Error(`packing tlgen failed in another test file:\n${readFileSync(join(dir, "failed.txt"), "utf8")}`);
    if (Date.now() - started > 900_000) throw new Error("timed out waiting for another test file to pack tlgen");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const pack = JSON.parse(readFileSync(done, "utf8")) as PackInfo;
  return { tarball: join(dir, pack.filename), pack };
}

/**
 * A fresh project outside the repository with the packed tlgen installed as a devDependency and
 * the bundled schema files copied into schema/. `dir` is removed by the caller.
 */
export async function installedProject(name = "consumer"): Promise<{ dir: string; project: string; pack: PackInfo }> {
  const { tarball, pack } = await packedTlgen();
  const dir = mkdtempSync(join(tmpdir(), "tlgen-e2e-"));
  const project = join(dir, name);
  mkdirSync(join(project, "schema"), { recursive: true });
  writeFileSync(join(project, "package.json"), JSON.stringify({ name, private: true, type: "module" }, null, 2));
  for (const f of ["api.tl", "mtproto.tl"]) copyFileSync(join(PROJECT_ROOT, "schema", f), join(project, "schema", f));
  ok(sh("npm", ["install", "--save-dev", "--prefer-offline", "--no-audit", "--no-fund", tarball], project), "npm install tlgen");
  return { dir, project, pack };
}

/** The tlgen command of an installed project, run as node would run its bin (no npx lookup per call). */
export function tlgenIn(project: string, args: string[], cwd = project, env: NodeJS.ProcessEnv = USER_ENV): Run {
  return sh(process.execPath, [join(project, "node_modules", "tlgen", "bin", "tlgen.js"), ...args], cwd, env);
}

/** Removes a project made by installedProject. */
export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The names in a folder, for tests that check nothing was left behind. */
export const entries = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);
