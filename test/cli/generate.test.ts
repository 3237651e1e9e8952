// tlgen generate as users run it: generated/ is current, --check reports without writing,
// bad input leaves the output untouched, and --all over layer 228 type-checks.
import { describe, expect, it } from "vitest";
import { cpSync, rmSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { listTree } from "../../generator/base/files.ts";
import { HAS_SHARED, SHARED_TL } from "../helpers.ts";
import { runTsc } from "../support/tsc.ts";
import { tlgen as run } from "./tlgen.ts";
import { tempDir } from "../support/temp-dir.ts";

const tlgen = (...args: string[]) => run(args);

function snapshotTree(dir: string): Map<string, string> {
  return new Map(listTree(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

describe("tlgen generate", () => {
  it("escapes control characters of what the user typed in its summary and its errors", () => {
    const dir = tempDir("tlgen-terminal-");
    const out = join(dir, "out\u001b]0;pwned\u0007");
    const r = tlgen("generate", "--include", "messages.importChatInvite", "--out", out, "--no-cache");
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(r.stdout).toContain("out\\x1b]0;pwned\\x07: ");
    const bad = tlgen("generate", "--include", "messages.importChatInvite", "--layer", "x\u001b[2J");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--layer must be a layer number, 0 or more (got "x\\x1b[2J")');
  });

  it("finds generated/ up to date with schema/ (regenerate and compare every file)", () => {
    const r = tlgen("generate", "--check");
    // Other test files check generated/ too: this run may have said that it waited for one.
    expect(r.stderr.replace(/^tlgen: waiting for another tlgen run \(pid \d+ [^\n]*\) writing [^\n]+\n/, "")).toBe("");
    expect(r.stdout).toMatch(/^generated is up to date \(\d+ files\)$/m);
    expect(r.code).toBe(0);
  });

  it("gives the same output whatever directory it runs from", () => {
    const r = run(["generate", "--check"], { cwd: join(PROJECT_ROOT, "generator", "emit") });
    expect(r.stdout).toMatch(/up to date/);
    expect(r.code).toBe(0);
  });

  it("--check lists differing, missing and extra files, exits 1, and writes nothing", () => {
    const out = join(tempDir("tlgen-check-"), "generated");
    // Generated with the command --check runs (the headers name its --out).
    expect(tlgen("generate", "--out", out).code).toBe(0);
    writeFileSync(join(out, "src", "api.ts"), "// edited by hand\n");
    rmSync(join(out, "dist", "api.js"));
    writeFileSync(join(out, "stray.txt"), "not generated\n");
    const before = snapshotTree(out);
    const r = tlgen("generate", "--check", "--out", out);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("  differs: src/api.ts\n");
    expect(r.stdout).toContain("  missing: dist/api.js\n");
    expect(r.stdout).toContain("  extra: stray.txt\n");
    expect(r.stdout).toMatch(/ is stale: 1 differ, 1 missing, 1 extra\n/);
    expect(snapshotTree(out)).toEqual(before);
  });

  it("--check on an output holding a file tlgen did not write says a regenerate would stop there, not to run it", () => {
    const out = join(tempDir("tlgen-check-foreign-"), "generated");
    expect(tlgen("generate", "--out", out).code).toBe(0);
    writeFileSync(join(out, "mine.ts"), "// the user's\n");
    const r = tlgen("generate", "--check", "--out", out);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("  extra: mine.ts\n");
    expect(r.stdout).toMatch(/Regenerating would stop: refusing to replace \S+: it is tlgen's output, but this file was not written by tlgen \(\S+mine\.ts\)/);
    expect(r.stdout).not.toContain("to update it");
    expect(readFileSync(join(out, "mine.ts"), "utf8")).toBe("// the user's\n");
  });

  it("ends with what changed: files added, changed and removed, and methods whose signatures changed", () => {
    const out = join(tempDir("tlgen-summary-"), "generated");
    expect(tlgen("generate", "--out", out).code).toBe(0);
    // Pretend the last generation had an older importChatInvite, a method since dropped, and a file it no longer writes.
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    manifest.methods["messages.importChatInvite"] = "messages.importChatInvite#6c50051c hash:string = Updates;";
    manifest.methods["messages.goneMethod"] = "messages.goneMethod#12345678 = Bool;";
    manifest.files.push("stray.txt");
    writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest));
    rmSync(join(out, "README.md"));
    writeFileSync(join(out, "stray.txt"), "x\n");
    const r = tlgen("generate", "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("changes: 1 added, 1 changed, 1 removed\n");
    expect(r.stdout).toContain("method signatures changed:\n");
    expect(r.stdout).toContain("  ~ messages.importChatInvite: messages.importChatInvite#6c50051c hash:string = Updates; -> messages.importChatInvite#de91436e hash:string = messages.ChatInviteJoinResult;\n");
    expect(r.stdout).toContain("  - messages.goneMethod\n");
  });

  it("reports a broken schema with its location and leaves the output untouched", () => {
    const dir = tempDir("tlgen-bad-");
    const schema = join(dir, "bad.tl");
    writeFileSync(schema, "a#1 x:int = A;\nb x:Nope = B;\n");
    const out = join(dir, "out");
    cpSync(join(PROJECT_ROOT, "generated"), out, { recursive: true });
    const before = snapshotTree(out);
    const r = tlgen("generate", "--all", "--schema", schema, "--out", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error[TL016]");
    expect(r.stderr).toContain('error[TL011]: unknown type "Nope" in b.x');
    expect(r.stderr).toMatch(/2 errors in the input; nothing generated, .* is unchanged\n$/);
    expect(snapshotTree(out)).toEqual(before);
  });

  it("reports a selection pattern that matches nothing", () => {
    const r = tlgen("generate", "--include", "messages.noSuchMethod", "--out", join(tmpdir(), "tlgen-never"));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error[TL020]: "messages.noSuchMethod" matches no function of the schema');
    expect(existsSync(join(tmpdir(), "tlgen-never"))).toBe(false);
  });

  it("exits 2 on bad usage", () => {
    expect(tlgen("generate", "--all", "--include", "x").code).toBe(2);
    expect(tlgen("generate", "--name", "Not A Name").code).toBe(2);
    expect(tlgen("generate", "extra-arg").code).toBe(2);
  });

  it("exits 2, in words, when --out is a file, and leaves the file alone", () => {
    const dir = tempDir("tlgen-outfile-");
    const file = join(dir, "notes.txt");
    writeFileSync(file, "mine\n");
    const r = run(["generate", "--include", "help.getInviteText", "--out", "notes.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`tlgen: the output folder is a file: notes.txt\nRun "tlgen generate --help" for usage.\n`);
    expect(readFileSync(file, "utf8")).toBe("mine\n");
  });

  it.skipIf(!HAS_SHARED)("--all over layer 228 produces a package that type-checks", () => {
    const out = join(tempDir("tlgen-all-"), "pkg");
    const r = tlgen("generate", "--all", "--schema", join(SHARED_TL, "api.tl"), "--out", out);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/layer 228, 806 methods, \d+ constructors/);
    const tsc = runTsc(["--ignoreConfig", "--noEmit", "--strict", "--target", "ES2022", "--module", "NodeNext", "--moduleResolution", "NodeNext", "--types", "node", join(out, "src", "index.ts"), join(out, "dist", "index.d.ts")]);
    expect(tsc.output).toBe("");
    expect(tsc.code).toBe(0);
  }, 180_000);
});
