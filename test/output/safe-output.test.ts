// `tlgen generate --out DIR` never deletes what it did not write: it replaces only an empty
// folder or an earlier output of its own, never the current directory, the project root or a
// folder containing them, and says why in words, naming the user's path. Each case checks that
// nothing was touched.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { listTree } from "../../generator/base/files.ts";
import { tempDir } from "../support/temp-dir.ts";

const TLGEN = join(PROJECT_ROOT, "bin", "tlgen.js");

function tlgen(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [TLGEN, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under `dir` with its content, hidden ones included. */
function snapshotTree(dir: string): Map<string, string> {
  return new Map(listTree(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

/** A consumer project: package.json, a .git folder, src/ with the user's own files. */
function consumerProject(): string {
  const dir = tempDir("tlgen-consumer-");
  writeFileSync(join(dir, "package.json"), '{ "name": "consumer", "private": true }\n');
  mkdirSync(join(dir, ".git"));
  writeFileSync(join(dir, ".git", "HEAD"), "ref: refs/heads/main\n");
  mkdirSync(join(dir, "src"));
  writeFileSync(join(dir, "src", "main.ts"), 'console.log("mine");\n');
  writeFileSync(join(dir, "src", "NOTES.md"), "my notes\n");
  return dir;
}

const NO_TEMP_NAMES = /\.tlgen-|tlgen-(new|old)|\.generated\./;

describe("refusing to replace what tlgen did not write", () => {
  it("refuses --out . (the current directory, here the project root) and touches nothing", () => {
    const project = consumerProject();
    const before = snapshotTree(project);
    const r = tlgen(project, "generate", "--out", ".");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("refusing to replace .: it is the current directory");
    expect(snapshotTree(project)).toEqual(before);
    expect(readdirSync(join(project, "..")).filter((f) => f.startsWith(`.${basename(project)}.`))).toEqual([]);
  });

  it("refuses a folder that contains the current directory or the project root", () => {
    const project = consumerProject();
    mkdirSync(join(project, "src", "deep"));
    const before = snapshotTree(project);
    const fromInside = tlgen(join(project, "src", "deep"), "generate", "--out", "..");
    expect(fromInside.code).toBe(1);
    expect(fromInside.stderr).toMatch(/refusing to replace \S+: it contains the current directory/);
    const parentOfRoot = tlgen(project, "generate", "--out", join(project, ".."));
    expect(parentOfRoot.code).toBe(1);
    expect(parentOfRoot.stderr).toMatch(/refusing to replace \S+: it contains the current directory/);
    expect(snapshotTree(project)).toEqual(before);
  });

  it("refuses --out src holding the user's files, naming some of them, and deletes nothing", () => {
    const project = consumerProject();
    const before = snapshotTree(project);
    const r = tlgen(project, "generate", "--out", "src");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("refusing to replace src: it holds files tlgen did not write (src/NOTES.md, src/main.ts)");
    expect(r.stdout).toBe("");
    expect(snapshotTree(project)).toEqual(before);
  });

  it("exits 2 for --out pointing at a file, or at a path under a file, in words", () => {
    const project = consumerProject();
    const before = snapshotTree(project);
    const atFile = tlgen(project, "generate", "--out", "src/main.ts");
    expect(atFile.code).toBe(2);
    expect(atFile.stderr).toMatch(/^tlgen: the output folder is a file: src\/main\.ts\n/);
    const underFile = tlgen(project, "generate", "--out", "src/main.ts/out");
    expect(underFile.code).toBe(2);
    expect(underFile.stderr).toMatch(/^tlgen: cannot write src\/main\.ts\/out: src\/main\.ts is a file, not a folder\n/);
    for (const r of [atFile, underFile]) expect(r.stderr).not.toMatch(NO_TEMP_NAMES);
    expect(snapshotTree(project)).toEqual(before);
  });

  it("replaces an empty folder and an earlier output of its own", () => {
    const project = consumerProject();
    mkdirSync(join(project, "empty"));
    // The same name for both: by default a package is named after its folder.
    expect(tlgen(project, "generate", "--out", "empty", "--name", "tl-test").code).toBe(0);
    cpSync(join(PROJECT_ROOT, "generated"), join(project, "earlier"), { recursive: true });
    writeFileSync(join(project, "earlier", "README.md"), "stale\n");
    const r = tlgen(project, "generate", "--out", "earlier", "--name", "tl-test");
    expect(r.code).toBe(0);
    expect(snapshotTree(join(project, "earlier"))).toEqual(snapshotTree(join(project, "empty")));
  }, 300_000);

  it("reports an output under a read-only parent with the user's path, and leaves nothing behind", (ctx) => {
    const project = consumerProject();
    const parent = join(project, "ro");
    mkdirSync(parent);
    const how = makeReadOnly(parent);
    if (!how) ctx.skip();
    try {
      const r = tlgen(project, "generate", "--out", "ro/out");
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^tlgen: cannot write ro\/out: ro is not writable \((permission denied|operation not permitted|read-only file system)\)\n/);
      expect(r.stderr).not.toMatch(NO_TEMP_NAMES);
      expect(readdirSync(parent)).toEqual([]);
    } finally {
      how?.undo();
    }
  }, 300_000);
});

/**
 * Makes `dir` read-only in a way that holds for the current user. For root, permission bits do
 * not count, so root uses the immutable attribute (chattr +i) or a read-only bind mount,
 * whichever this machine allows; each is checked to really refuse a write. Null when none works.
 */
function makeReadOnly(dir: string): { undo: () => void } | null {
  const refusesWrites = () => {
    try {
      writeFileSync(join(dir, ".probe"), "");
      rmSync(join(dir, ".probe"));
      return false;
    } catch {
      return true;
    }
  };
  const attempts: [string[], string[]][] =
    process.getuid?.() === 0
      ? [
          [["chattr", "+i", dir], ["chattr", "-i", dir]],
          [["mount", "--bind", "-o", "ro", dir, dir], ["umount", dir]],
        ]
      : [];
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o555);
    if (refusesWrites()) return { undo: () => chmodSync(dir, 0o755) };
    chmodSync(dir, 0o755);
  }
  for (const [make, undo] of attempts) {
    if (spawnSync(make[0], make.slice(1)).status !== 0) continue;
    const undoIt = () => void spawnSync(undo[0], undo.slice(1));
    if (refusesWrites()) return { undo: undoIt };
    undoIt();
  }
  return null;
}
