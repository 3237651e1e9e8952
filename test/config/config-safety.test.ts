// A config is code that runs: the search for it stops at the repository root as well as at a
// package.json; two configs in one folder are an error rather than a silent choice; the summary
// names the config that ran; a key named like an Object.prototype member is an unknown field; and
// a .ts config leaves nothing in the temp folder, even when its load is interrupted.
import { afterEach, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { findConfig } from "../../generator/config/load-config.ts";
import { TLGEN, tlgen } from "../cli/tlgen.ts";

const folders: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "tlgen-config-safety-"));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The fixture schema, read when a test runs. */
const schema = () => ["builtins.tl", "emitter-cases.tl"].map((f) => readFileSync(join(PROJECT_ROOT, "schema", "fixtures", f), "utf8")).join("\n");

describe("finding the config", () => {
  it("stops at the repository root: a config in a folder above a checkout is never found, let alone run", () => {
    const outside = folder();
    writeFileSync(join(outside, "tlgen.config.mjs"), 'throw new Error("ran a config outside the repository");\n');
    const repo = join(outside, "work", "repo");
    mkdirSync(join(repo, ".git"), { recursive: true });
    mkdirSync(join(repo, "src", "deep"), { recursive: true });
    expect(findConfig(join(repo, "src", "deep"))).toBeNull();
    const r = tlgen(["generate"], { cwd: join(repo, "src", "deep") });
    expect(r.stderr).not.toContain("ran a config");
    expect(r.stderr).toContain("tlgen.config");
    expect(r.code).toBe(2);
  });

  it("refuses two configs in one folder, naming both", () => {
    const dir = folder();
    writeFileSync(join(dir, "package.json"), "{}\n");
    writeFileSync(join(dir, "tlgen.config.ts"), "export default {};\n");
    writeFileSync(join(dir, "tlgen.config.mjs"), "export default {};\n");
    const r = tlgen(["generate"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tlgen: .+ has 2 tlgen configs \(tlgen\.config\.ts, tlgen\.config\.mjs\): keep one, or name it with --config FILE\n/);
  });

  it("names the config that ran in the summary", () => {
    const dir = folder();
    writeFileSync(join(dir, "package.json"), "{}\n");
    writeFileSync(join(dir, "s.tl"), schema());
    writeFileSync(join(dir, "tlgen.config.mjs"), 'export default { schema: "s.tl", all: true, layer: 1, out: "out", docs: false, cacheDir: false };\n');
    mkdirSync(join(dir, "src"));
    const r = tlgen(["generate"], { cwd: join(dir, "src") });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\nconfig: \.\.\/tlgen\.config\.mjs\n$/);
  }, 120_000);
});

describe("a config's fields", () => {
  it.each(["__proto__", "constructor", "toString", "hasOwnProperty"])("treats %s as an unknown field, in words", (key) => {
    const dir = folder();
    writeFileSync(join(dir, "package.json"), "{}\n");
    writeFileSync(join(dir, "tlgen.config.json"), `{ "${key}": 1, "all": true }`);
    const r = tlgen(["generate"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^tlgen: tlgen\\.config\\.json: unknown field "${key}"`));
  });
});

describe("a .ts config", () => {
  it("leaves nothing in the temp folder when its load is interrupted (Ctrl-C)", async () => {
    const dir = folder();
    const tmp = join(dir, "tmp");
    mkdirSync(tmp);
    writeFileSync(join(dir, "package.json"), "{}\n");
    // Its load never ends: it is being loaded when the signal comes.
    writeFileSync(join(dir, "tlgen.config.ts"), 'await new Promise<void>((resolve) => setTimeout(resolve, 120_000));\nexport default { all: true };\n');
    const child = spawn(process.execPath, [TLGEN, "generate"], { cwd: dir, env: { ...process.env, TMPDIR: tmp } });
    let out = "";
    child.stderr.on("data", (d) => (out += d));
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    child.kill("SIGINT");
    const signal = await new Promise((resolve) => child.on("exit", (_code, s) => resolve(s)));
    expect(signal, out).toBe("SIGINT");
    expect(readdirSync(tmp).filter((n) => n.startsWith("tlgen-config-"))).toEqual([]);
  }, 60_000);
});
