// The benchmarks' smoke modes, as CI runs them: few iterations, every byte check asserted,
// speed not asserted (targets live in the benchmark output, never in tests).
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";

const require = createRequire(import.meta.url);
const tsx = require.resolve("tsx/cli");
const run = (script: string) => spawnSync(process.execPath, [tsx, join(PROJECT_ROOT, "bench", script), "--smoke"], { cwd: PROJECT_ROOT, encoding: "utf8" });

describe("benchmark smoke runs", () => {
  it("npm run bench -- --smoke: all implementations agree on the bytes, and the table prints", () => {
    const r = run("bench.ts");
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("byte checks passed");
    expect(r.stdout).toMatch(/\| encode exportChatInvite, all fields \(68 B\) \| ours \|/);
    expect(r.stdout).toMatch(/\| encode exportChatInvite, emoji title "Team invite ✨" \(\d+ B\) \| floor, preallocated buffer \|/);
    for (const list of ["messages.exportedChatInvites, 100 invites \\+ 50 users", "messages.chatInviteImporters, 100 importers \\+ 100 users"]) {
      for (const impl of ["ours", "mtcute", "GramJS \\(its own layer-198 bytes\\)", "floor"])
        expect(r.stdout).toMatch(new RegExp(`\\| decode ${list}, multilingual \\([\\d.]+ KB\\) \\| ${impl} \\|`));
    }
    expect(r.stdout).toMatch(/\ntargets \(the table's medians; paired batches, which decide\):\n {2}(met {3}|MISSED) /);
  }, 120_000);

  it("npm run bench:strings -- --smoke: this tree and HEAD read and write the same text, and the table prints", (ctx) => {
    // It reads HEAD's runtime with git archive: a copy of the project without its history skips.
    if (spawnSync("git", ["rev-parse", "--verify", "HEAD"], { cwd: PROJECT_ROOT }).status !== 0) ctx.skip("not a git checkout");
    const r = run("strings.ts");
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("checks passed: HEAD and this tree give the same bytes and values for every case");
    expect(r.stdout).toMatch(/\| Cyrillic, 14 units \(26 B\) \| TlReader\.string \| [\d.]+ (ns|µs) \| [\d.]+ (ns|µs) \| [\d.]+ \|/);
    expect(r.stdout).toMatch(/\| corpus: messages\.chatInviteImporters \| decode \|/);
  }, 180_000);

  it("npm run bench:size -- --smoke: every bundle builds and runs, and sizes print", () => {
    const r = run("size.ts");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\| ours \| size-first: exportChatInvite\(\{ \.\.\. \}\) \(tl-invite\/messages\) \| rollup \| [\d.]+ KB/);
    expect(r.stdout).toMatch(/\| ours \| class: serialize one ExportChatInvite \(tl-invite\/messages\) \| esbuild \| [\d.]+ KB/);
    expect(r.stdout).toMatch(/\| ours \| the README's example: root `Api` object, serialize one \| rollup \| [\d.]+ KB/);
    expect(r.stdout).toMatch(/\| GramJS \| serialize one exportChatInvite \| esbuild \| [\d.]+ KB/);
    expect(r.stdout).toMatch(/ours-serialize\.ts \(esbuild\) by module, minified bytes:\n +\d+ +dist\/runtime\//);
    expect(r.stdout).toMatch(/ours-function\.ts \(esbuild\) by module, minified bytes:\n +\d+ +dist\/runtime\//);
    expect(r.stdout).toMatch(/tl-invite \(ours\): [\d.]+ ms/);
  }, 180_000);

  it("npm run bench:gen -- --smoke: a cold run, a rerun and both kinds of one-declaration change run, with their phases", () => {
    const r = run("gen.ts");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    for (const label of ["the invite closure, cold \\(--no-cache\\)", "an unchanged rerun \\(cache hit\\)", "one declaration's comment changed, then rerun", "one declaration's field added, then rerun"]) {
      expect(r.stdout).toMatch(new RegExp(`\\| ${label} \\| [\\d.]+ s \\| `));
    }
    expect(r.stdout).toMatch(/one declaration's field added, then rerun:\n {2}read \d+ ms\n[\s\S]*parse and check \d+ ms/);
    expect(r.stdout).not.toContain("targets missed");
  }, 180_000);

  it("npm run bench:peers -- --smoke: the peer cache's cases run against a cache that learned the answer's users", () => {
    const r = run("peers.ts");
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\| remember its peers \(20 users\) \| [\d.]+ (ns|µs) \|/);
    expect(r.stdout).toMatch(/remember ÷ decode: [\d.]+/);
  }, 120_000);
});
