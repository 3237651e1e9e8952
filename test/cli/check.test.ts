// The tlgen check command, run as a user runs it: a child process, its output and exit code.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../generator/project-files.ts";
import { HAS_SHARED, SHARED_TL } from "../helpers.ts";

function tlgen(...args: string[]) {
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, "bin", "tlgen.js"), ...args], { cwd: PROJECT_ROOT, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("tlgen check", () => {
  it.skipIf(!HAS_SHARED)("checks layer 228 with 0 errors, 806 functions, 2449 ids checked, 0 mismatched", () => {
    const r = tlgen("check", "--json", join(SHARED_TL, "api.tl"));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ layer: 228, constructors: 1642, functions: 806, idsChecked: 2449, idsMismatched: [], diagnostics: [] });
  });

  it.skipIf(!HAS_SHARED)("checks mtproto.tl with only the three allowlisted mismatches", () => {
    const json = JSON.parse(tlgen("check", "--json", join(SHARED_TL, "mtproto.tl")).stdout);
    expect(json.diagnostics).toEqual([]);
    expect(json.idsMismatched.sort()).toEqual(["accessPointRule", "help.configSimple", "ipPortSecret"]);
  });

  it("prints a summary with layer, counts and time for schema/", () => {
    const r = tlgen("check", "schema/api.tl", "schema/mtproto.tl");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/layer 227, \d+ constructors, \d+ functions, \d+ ids checked, 0 mismatched, 0 errors, parsed and checked in \d+ ms/);
  });

  it("prints every error with a caret excerpt and exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "tlgen-"));
    const file = join(dir, "bad.tl");
    writeFileSync(file, "a#1 flags:# x:flags.40?int = A;\nb#zz = B;\n");
    const r = tlgen("check", file);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`error[TL012]: flag bit 40 out of range (0..31) in a.x\n --> ${file}:1:15\n  |\n1 | a#1 flags:# x:flags.40?int = A;\n  |               ^^^^^^^^^`);
    expect(r.stdout).toContain(`error[TL001]: expected constructor id but "z" found.\n --> ${file}:2:3`);
    expect(r.stdout).toMatch(/3 errors/);
    expect(r.stderr).toBe("");
  });

  it("exits 2 with a usage message on bad usage, without a stack trace", () => {
    for (const args of [["check"], ["check", "--nope", "x.tl"], ["frobnicate"], ["check", "does-not-exist.tl"]]) {
      const r = tlgen(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^tlgen: .+\nRun "tlgen --help" for usage\.\n$/);
    }
  });

  it("explains itself with --help", () => {
    const r = tlgen("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("tlgen check [--json] FILE...");
    expect(r.stdout).toContain("Exit codes: 0 no errors, 1 errors in the input, 2 bad usage.");
  });
});
