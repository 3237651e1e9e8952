// Runs writing one output folder take turns through a lock: two `tlgen generate` started
// together both succeed, and the folder ends up exactly as a fresh generate writes it.
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { appendFileSync, cpSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { listTree } from "../../generator/base/files.ts";
import { tempDir } from "../support/temp-dir.ts";

const TLGEN = join(PROJECT_ROOT, "bin", "tlgen.js");

function snapshotTree(dir: string): Map<string, string> {
  return new Map(listTree(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

function run(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TLGEN, ...args], { cwd: PROJECT_ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("concurrent generation", () => {
  it("five rounds of two concurrent generates into one folder: both succeed and leave the tree of a fresh generate", async () => {
    const parent = tempDir("tlgen-concurrent-");
    const fresh = join(parent, "fresh");
    const first = await run("generate", "--out", fresh);
    expect(first.stderr).toBe("");
    const expected = snapshotTree(fresh);
    expect(expected.size).toBeGreaterThan(100);

    const out = join(parent, "generated");
    cpSync(fresh, out, { recursive: true });
    for (let round = 1; round <= 5; round++) {
      // Make it stale, so that both runs have something to write.
      appendFileSync(join(out, "README.md"), `edited in round ${round}\n`);
      const results = await Promise.all([run("generate", "--out", out), run("generate", "--out", out)]);
      for (const r of results) {
        // The run that waits says so, once; nothing else goes to stderr.
        expect(r.stderr.replace(/^tlgen: waiting for another tlgen run \(pid \d+ [^\n]*\) writing [^\n]+\n/, ""), `round ${round}`).toBe("");
        expect(r.code, `round ${round}`).toBe(0);
      }
      // One of them wrote the change; the other found nothing left to do.
      expect(results.map((r) => /changes: 0 added, 1 changed, 0 removed/.test(r.stdout)).sort()).toEqual([false, true]);
      expect(snapshotTree(out), `round ${round}`).toEqual(expected);
      expect(readdirSync(parent).sort(), `round ${round}`).toEqual(["fresh", "generated"]);
    }
  }, 600_000);
});
