// Output folders that are odd: a mount point (which cannot be renamed, and tlgen swaps whole trees
// by renaming), and an earlier output where a listed file was replaced by a FIFO or a link to
// /dev/zero (which a read would wait on, or never finish). The mount point is refused, saying
// why, with nothing left beside it; the odd files are replaced without being read.
import { afterEach, describe, expect, it, vi } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

/** Makes renaming `failing.dir` (the output, to its old name) fail as renaming a mount point does. */
const failing = vi.hoisted(() => ({ dir: null as string | null }));

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const renameSync = ((from: string, to: string) => {
    if (failing.dir !== null && String(from) === failing.dir) throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${from}'`), { code: "EBUSY" });
    return fs.renameSync(from, to);
  }) as typeof fs.renameSync;
  return { ...fs, renameSync, default: { ...fs, renameSync } };
});

const { writeOutput, OutputError } = await import("../../generator/output/write.ts");
const { assertReplaceable } = await import("../../generator/output/output-guard.ts");
const { isMountPoint, mountPoints } = await import("../../generator/output/mount-point.ts");

const folders: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "tlgen-odd-"));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  failing.dir = null;
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const outputFiles = (text: string) => [
  { path: "manifest.json", content: `${JSON.stringify({ generator: "tlgen", layer: 1, methods: {}, files: ["src/a.ts", "src/b.ts"] })}\n` },
  { path: "src/a.ts", content: text },
  { path: "src/b.ts", content: text },
];

describe("an output folder that is a mount point", () => {
  it("is found in the mount table (/proc here), or by its device where there is none", () => {
    expect(isMountPoint("/proc")).toBe(true);
    expect(isMountPoint(folder())).toBe(false);
    expect(mountPoints("36 35 98:0 /mnt1 /mnt/with\\040space rw - ext3 /dev/root rw\n")).toEqual(new Set(["/mnt/with space"]));
  });

  it("is refused before anything is generated, saying what to do instead", () => {
    expect(() => assertReplaceable("/proc")).toThrow(/^cannot replace \/proc: it is a mount point \(or cannot be renamed\), and tlgen writes a new tree beside the output and swaps the two by renaming\. Give a folder inside it instead, like \/proc\/tl$/);
  });

  it("when renaming it fails anyway (EBUSY), leaves it as it was and nothing beside it", async () => {
    const parent = folder();
    const out = join(parent, "out");
    await writeOutput(out, outputFiles("old"));
    failing.dir = out;
    const e = await writeOutput(out, outputFiles("new")).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(OutputError);
    expect((e as Error).message).toMatch(/it is a mount point \(or cannot be renamed\)/);
    expect(readdirSync(parent)).toEqual([basename(out)]);
    expect(readFileSync(join(out, "src", "a.ts"), "utf8")).toBe("old");
  });
});

describe("an earlier output where a listed file is not a file any more", () => {
  it.each([
    ["a FIFO", (p: string) => execFileSync("mkfifo", [p])],
    ["a link to /dev/zero", (p: string) => symlinkSync("/dev/zero", p)],
  ])("replaces %s without reading it", async (_, make) => {
    const out = join(folder(), "out");
    await writeOutput(out, outputFiles("old"));
    rmSync(join(out, "src", "a.ts"));
    make(join(out, "src", "a.ts"));
    const started = Date.now();
    const { diff } = await writeOutput(out, outputFiles("old"));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(diff).toEqual({ added: [], changed: ["src/a.ts"], removed: [] });
    expect(readFileSync(join(out, "src", "a.ts"), "utf8")).toBe("old");
  });

  it("does not read a FIFO in place of manifest.json either: the folder is not tlgen's", async () => {
    const out = join(folder(), "out");
    await writeOutput(out, outputFiles("old"));
    rmSync(join(out, "manifest.json"));
    execFileSync("mkfifo", [join(out, "manifest.json")]);
    await expect(writeOutput(out, outputFiles("new"))).rejects.toThrow(/refusing to replace .*: it holds files tlgen did not write/);
  });
});
