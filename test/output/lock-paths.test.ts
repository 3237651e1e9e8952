// What can be at a lock's path besides a lock: a directory, a dangling symlink, a FIFO (which a
// read would wait on forever). Each is refused at once, saying what it is; every wait ends at the
// timeout; a stale lock whose takeover someone else guards is waited for without spinning; and a
// lock whose write fails (a full disk) leaves no file behind.
import { afterEach, describe, expect, it, vi } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Makes the next write of a lock file fail with ENOSPC, after the file was created. */
const failing = vi.hoisted(() => ({ enospc: false }));

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const writeSync = ((fd: number, ...rest: unknown[]) => {
    if (failing.enospc) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    return (fs.writeSync as (...a: unknown[]) => number)(fd, ...rest);
  }) as typeof fs.writeSync;
  return { ...fs, writeSync, default: { ...fs, writeSync } };
});

const { acquireLock, LockError, ownerOf } = await import("../../generator/output/lock.ts");

const folders: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "tlgen-lock-paths-"));
  folders.push(dir);
  return dir;
}

afterEach(() => {
  failing.enospc = false;
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("a lock path that is not a lock file", () => {
  it.each([
    ["a directory", (p: string) => mkdirSync(p), "a directory"],
    ["a dangling symlink", (p: string) => symlinkSync(join(p, "..", "nowhere"), p), "a symbolic link"],
    ["a symlink to a file", (p: string) => (writeFileSync(`${p}.target`, "{}"), symlinkSync(`${p}.target`, p)), "a symbolic link"],
    ["a FIFO", (p: string) => execFileSync("mkfifo", [p]), "a FIFO"],
  ])("is refused at once when it is %s, saying so", async (_, make, what) => {
    const path = join(folder(), ".out.tlgen-lock");
    make(path);
    const started = Date.now();
    const e = await acquireLock(path, { timeoutMs: 60_000 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(LockError);
    expect((e as Error).message).toBe(`the lock path ${path} is ${what}, not a lock file tlgen wrote: remove it if no tlgen is running`);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe("waiting for a lock", () => {
  it("gives up at the timeout even while another run guards a takeover, and waits without spinning", async () => {
    const path = join(folder(), ".out.tlgen-lock");
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid!;
    writeFileSync(path, JSON.stringify(ownerOf(dead)));
    writeFileSync(`${path}.takeover`, "12345"); // fresh: someone is taking it over
    const cpu = process.cpuUsage();
    const started = Date.now();
    await expect(acquireLock(path, { timeoutMs: 1_000 })).rejects.toThrow(/timed out waiting/);
    const waited = Date.now() - started;
    const used = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000;
    expect(waited).toBeLessThan(5_000);
    expect(used).toBeLessThan(waited / 2);
  });

  it("leaves no lock and no takeover guard when writing the lock fails (a full disk)", async () => {
    const dir = folder();
    const path = join(dir, ".out.tlgen-lock");
    failing.enospc = true;
    await expect(acquireLock(path, { timeoutMs: 1_000 })).rejects.toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual([]);
    failing.enospc = false;
    const started = Date.now();
    (await acquireLock(path, { timeoutMs: 1_000 }))();
    expect(Date.now() - started).toBeLessThan(500);
    expect(existsSync(path)).toBe(false);
  });
});
