// The CLI facing hostile input: bounded reads (/dev/zero, huge files), binary files refused with
// their first bad byte, escape sequences never printed raw, long diagnostic lists summarised,
// a closed stdout ending quietly, and nesting at the limit surviving the whole generate.
import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { MAX_TYPE_NESTING } from "../../generator/parse/screen-text.ts";
import { MAX_INPUT_BYTES } from "../../generator/input/read-input.ts";
import { tempDir } from "../support/temp-dir.ts";

const TLGEN = join(PROJECT_ROOT, "bin", "tlgen.js");

function tlgen(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [TLGEN, ...args], { cwd: PROJECT_ROOT, encoding: "utf8", input, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(tempDir("tlgen-hostile-"), name);
  writeFileSync(path, content);
  return path;
}

/** 20,000 constructors, each with a wrong id. */
const badIds = () => file("bad.tl", Array.from({ length: 20_000 }, (_, i) => `c${i}#1 x:int = T;`).join("\n") + "\n");

/** Runs tlgen with its stdout closed by the reader before anything is written; resolves to stderr. */
function withClosedStdout(args: string[]): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TLGEN, ...args], { cwd: PROJECT_ROOT });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code, signal) => resolve({ code, signal, stderr }));
  });
}

const nested = (depth: number) => `${"Vector<".repeat(depth)}int${">".repeat(depth)}`;
const deepSchema = (depth: number) =>
  file("deep.tl", `// LAYER 1\nboolFalse = Bool;\nboolTrue = Bool;\nvector {t:Type} # [ t ] = Vector t;\n---functions---\ntest.deep x:${nested(depth)} = Bool;\n`);

describe("reading input", () => {
  it.skipIf(!existsSync("/dev/zero"))("stops reading /dev/zero at once: not a TL text file, with its first bad byte", () => {
    const r = tlgen(["check", "/dev/zero"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tlgen: /dev/zero is not a TL text file: byte 0x00 at line 1, column 1 (offset 0)\nRun "tlgen check --help" for usage.\n');
  });

  it("refuses a file larger than the limit without reading it all, and invalid UTF-8 with its byte", () => {
    const huge = file("huge.tl", " ".repeat(MAX_INPUT_BYTES + 10));
    expect(tlgen(["check", huge]).stderr).toContain("huge.tl is larger than 16 MB: not read");
    rmSync(huge);
    const latin1 = file("latin1.tl", Buffer.from("a = A;\nb = caf\xe9;\n", "latin1"));
    expect(tlgen(["check", latin1]).stderr).toContain("latin1.tl is not a TL text file: byte 0xe9 at line 2, column 8 (offset 14)");
  });

  it("reads - as stdin", () => {
    const r = tlgen(["check", "-"], "boolFalse#bc799737 = Bool;\nboolTrue#997275b5 = Bool;\n");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2 constructors, 0 functions, 2 ids checked, 0 mismatched, 0 errors/);
  });
});

describe("printing diagnostics", () => {
  it("prints the escape sequences of a schema escaped, never raw", () => {
    const r = tlgen(["check", file("esc.tl", "a x:\u001b]0;pwned\u0007\u001b[2J = A;\n")]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain("a x:\\x1b]0;pwned\\x07\\x1b[2J = A;");
  });

  it("bounds the text output for 20,000 bad ids: 200 in full, then a count, then the summary", () => {
    const r = tlgen(["check", badIds()]);
    expect(r.code).toBe(1);
    expect(r.stdout.match(/^error\[TL016\]/gm)).toHaveLength(200);
    expect(r.stdout).toMatch(/\n\.\.\. and 19,800 more errors not shown\n\n.*bad\.tl: layer none, 20000 constructors, .* 20000 errors, parsed and checked in \d+ ms\n$/);
  });
});

describe("a reader that stops reading", () => {
  it("ends check quietly when stdout is closed (check big.tl | head -1)", async () => {
    const r = await withClosedStdout(["check", badIds()]);
    expect(r.stderr).toBe("");
    expect(r.signal).toBeNull();
  });

  it("ends generate --check quietly when stdout is closed (generate --check | head -1)", async () => {
    const out = join(tempDir("tlgen-epipe-"), "generated");
    cpSync(join(PROJECT_ROOT, "generated"), out, { recursive: true });
    rmSync(join(out, "dist"), { recursive: true });
    const r = await withClosedStdout(["generate", "--check", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.signal).toBeNull();
  }, 300_000);
});

describe("nesting", () => {
  it(`generates a method nested ${MAX_TYPE_NESTING} deep (the limit) through prettier, and refuses 300 with a location`, () => {
    const out = join(tempDir("tlgen-deep-"), "out");
    const ok = tlgen(["generate", "--all", "--no-cache", "--schema", deepSchema(MAX_TYPE_NESTING), "--out", out]);
    expect(ok.stderr).toBe("");
    expect(ok.code).toBe(0);
    const deep = deepSchema(300);
    const refused = tlgen(["generate", "--all", "--no-cache", "--schema", deep, "--out", out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`error[TL006]: type nested more than ${MAX_TYPE_NESTING} levels deep\n --> ${deep}:6:`);
  }, 300_000);
});
