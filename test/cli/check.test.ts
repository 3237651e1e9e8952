// The tlgen check command, run as a user runs it: a child process, its output and exit code.
import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { HAS_SHARED, SHARED_TL } from "../helpers.ts";
import { tlgen } from "./tlgen.ts";
import { tempDir } from "../support/temp-dir.ts";

describe("tlgen check", () => {
  it.skipIf(!HAS_SHARED)("checks layer 228 with 0 errors, 806 functions, 2449 ids checked, 0 mismatched", () => {
    const r = tlgen(["check", "--json", join(SHARED_TL, "api.tl")]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ layer: 228, constructors: 1642, functions: 806, idsChecked: 2449, idsMismatched: [], diagnostics: [] });
  });

  it.skipIf(!HAS_SHARED)("checks mtproto.tl with only the three allowlisted mismatches", () => {
    const json = JSON.parse(tlgen(["check", "--json", join(SHARED_TL, "mtproto.tl")]).stdout);
    expect(json.diagnostics).toEqual([]);
    expect(json.idsMismatched.sort()).toEqual(["accessPointRule", "help.configSimple", "ipPortSecret"]);
  });

  it("prints a summary with layer, counts and time for schema/", () => {
    const r = tlgen(["check", "schema/api.tl", "schema/mtproto.tl"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/layer 227, \d+ constructors, \d+ functions, \d+ ids checked, 0 mismatched, 0 errors, parsed and checked in \d+ ms/);
  });

  it("prints every error with a caret excerpt and exits 1", () => {
    const dir = tempDir("tlgen-");
    const file = join(dir, "bad.tl");
    writeFileSync(file, "a#1 flags:# x:flags.40?int = A;\nb#zz = B;\n");
    const r = tlgen(["check", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`error[TL012]: flag bit 40 out of range (0..31) in a.x\n --> ${file}:1:15\n  |\n1 | a#1 flags:# x:flags.40?int = A;\n  |               ^^^^^^^^^`);
    expect(r.stdout).toContain(`error[TL001]: expected constructor id but "z" found.\n --> ${file}:2:3`);
    expect(r.stdout).toMatch(/3 errors/);
    expect(r.stderr).toBe("");
  });

  it("counts in words: 1 constructor, 1 function, 1 error", () => {
    const dir = tempDir("tlgen-");
    writeFileSync(join(dir, "one.tl"), "a x:Nope = A;\n---functions---\nf = A;\n");
    const r = tlgen(["check", "one.tl"], { cwd: dir });
    expect(r.stdout).toContain("one.tl: layer none, 1 constructor, 1 function, 0 ids checked, 0 mismatched, 1 error,");
    writeFileSync(join(dir, "one.tl"), "boolTrue#997275b5 = Bool;\n");
    expect(tlgen(["check", "one.tl"], { cwd: dir }).stdout).toContain("1 constructor, 0 functions, 1 id checked, 0 mismatched, 0 errors,");
  });

  it('reads the schema from standard input with "-"', () => {
    const text = readFileSync(join(PROJECT_ROOT, "schema", "mtproto.tl"), "utf8");
    const r = tlgen(["check", "--json", "-"], { input: text });
    expect(r.code).toBe(0);
    const { milliseconds: _a, ...fromStdin } = JSON.parse(r.stdout);
    const { milliseconds: _b, ...fromFile } = JSON.parse(tlgen(["check", "--json", "schema/mtproto.tl"]).stdout);
    expect(fromStdin).toEqual(fromFile);
    expect(fromStdin.constructors).toBeGreaterThan(30);
    const bad = tlgen(["check", "-"], { input: "a x:strin = A;\n" });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`error[TL011]: unknown type "strin" in a.x\n --> <stdin>:1:`);
  });

  it("says what is wrong with a file in words and exits 2", () => {
    const dir = tempDir("tlgen-");
    expect(tlgen(["check", "x.tl"], { cwd: dir }).stderr).toBe('tlgen: no such file: x.tl\nRun "tlgen check --help" for usage.\n');
    const folder = tlgen(["check", "."], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe('tlgen: is a directory, not a file: .\nRun "tlgen check --help" for usage.\n');
  });

  it("exits 2 with a usage message on bad usage, without a stack trace", () => {
    for (const args of [["check"], ["check", "--nope", "x.tl"], ["frobnicate"], ["check", "does-not-exist.tl"], ["check", "-", "-"]]) {
      const r = tlgen(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^tlgen: .+\nRun "tlgen (check )?--help" for usage\.\n$/);
    }
  });

  it("explains itself with --help", () => {
    const r = tlgen(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("tlgen check [--json] FILE...");
    expect(r.stdout).toContain("Exit codes: 0 no errors, 1 errors in the input, 2 bad usage.");
    const own = tlgen(["check", "--help"]);
    expect(own.stdout).toMatch(/^Usage: tlgen check \[options\] FILE\.\.\./);
    expect(own.stdout).toContain("--json");
    expect(own.stdout).not.toContain("--out");
  });
});
