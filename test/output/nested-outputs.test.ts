// Outputs one inside the other take turns (generator/output/output-lock.ts): a run writing `a`
// swaps all of `a`, so while another run holds the lock of `a/b` it waits (and says whose run it
// waits for), and then refuses to delete what that run wrote; a run writing `a/b` waits while
// one holds `a`'s lock. Deterministic: the other run is a lock file owned by a live process.
import { afterEach, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { writeOutput } from "../../generator/output/write.ts";
import { processStart } from "../../generator/output/lock.ts";
import { lockPathOf } from "../../generator/output/output-lock.ts";

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup.splice(0)) f();
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "tlgen-nested-"));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** An output's files: a manifest that lists them, and one file with `text`. */
const outputFiles = (text: string) => [
  { path: "manifest.json", content: `${JSON.stringify({ generator: "tlgen", layer: 1, methods: {}, files: ["x.txt"] })}\n` },
  { path: "x.txt", content: text },
];

/** Another run's lock on the output `dir`: a lock file owned by a live process; returns its release. */
async function heldBy(dir: string): Promise<{ pid: number; release: () => void }> {
  const child: ChildProcess = spawn("sleep", ["60"]);
  await new Promise((resolve) => child.once("spawn", resolve));
  const pid = child.pid!;
  const path = lockPathOf(dir);
  writeFileSync(path, JSON.stringify({ pid, host: hostname(), start: processStart(pid), since: new Date().toISOString() }));
  const release = () => {
    rmSync(path, { force: true });
    child.kill("SIGKILL");
  };
  cleanup.push(release);
  return { pid, release };
}

/** Whether `p` settles within `ms`. */
const settlesWithin = (p: Promise<unknown>, ms: number) =>
  Promise.race([p.then(() => true, () => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

describe("nested outputs", () => {
  it("a run writing a waits while a run holds a/b, says so, then refuses to delete what that run wrote", async () => {
    const a = join(folder(), "a");
    await writeOutput(a, outputFiles("first"));
    const b = join(a, "b");
    const inner = await heldBy(b);
    const waits: string[] = [];
    const outer = writeOutput(a, outputFiles("second"), { onWait: (owner, output) => waits.push(`${owner.pid} ${output}`) });
    expect(await settlesWithin(outer, 2_500)).toBe(false);
    expect(waits).toEqual([`${inner.pid} ${b}`]);
    // The inner run writes its output and finishes.
    mkdirSync(b);
    writeFileSync(join(b, "manifest.json"), outputFiles("inner")[0].content);
    writeFileSync(join(b, "x.txt"), "inner");
    inner.release();
    await expect(outer).rejects.toThrow(/refusing to replace .*: it is tlgen's output, but 2 files were not written by tlgen \(.*b\/manifest\.json, .*b\/x\.txt\)/);
    expect(readFileSync(join(b, "x.txt"), "utf8")).toBe("inner");
    expect(readFileSync(join(a, "x.txt"), "utf8")).toBe("first");
  });

  it("a run writing a/b waits while a run holds a, and writes once it is done", async () => {
    const a = join(folder(), "a");
    await writeOutput(a, outputFiles("first"));
    const outer = await heldBy(a);
    const waits: string[] = [];
    const inner = writeOutput(join(a, "b"), outputFiles("inner"), { onWait: (owner, output) => waits.push(`${owner.pid} ${output}`) });
    expect(await settlesWithin(inner, 2_500)).toBe(false);
    expect(waits).toEqual([`${outer.pid} ${a}`]);
    expect(existsSync(join(a, "b"))).toBe(false);
    outer.release();
    await inner;
    expect(readFileSync(join(a, "b", "x.txt"), "utf8")).toBe("inner");
  });

  it("leaves sibling outputs alone: a/b and a/c do not wait for each other", async () => {
    const a = folder();
    await writeOutput(join(a, "b"), outputFiles("b"));
    const held = await heldBy(join(a, "b"));
    expect(await settlesWithin(writeOutput(join(a, "c"), outputFiles("c")), 5_000)).toBe(true);
    held.release();
    expect(readFileSync(join(a, "c", "x.txt"), "utf8")).toBe("c");
  });
});
