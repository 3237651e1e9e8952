// The output lock (generator/output/lock.ts): one holder at a time, in one process or across several;
// a stale lock (dead owner, reused pid, unreadable and old) is taken over; a live one is waited for.
import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { acquireLock, isAlive, ownerOf, processStart } from "../../generator/output/lock.ts";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { tempDir } from "../support/temp-dir.ts";

const lockPath = () => join(tempDir("tlgen-lock-"), ".out.tlgen-lock");
const deadPid = () => spawnSync(process.execPath, ["-e", "0"]).pid!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("output lock", () => {
  it("writes the owner's pid, host and start time, and removes the file on release", async () => {
    const path = lockPath();
    const release = await acquireLock(path);
    expect(JSON.parse(readFileSync(path, "utf8"))).toMatchObject({ pid: process.pid, host: hostname(), start: processStart(process.pid) });
    release();
    expect(existsSync(path)).toBe(false);
  });

  it("makes a second taker in the same process wait until the first releases", async () => {
    const path = lockPath();
    const events: string[] = [];
    const first = await acquireLock(path);
    const second = acquireLock(path).then((release) => {
      events.push("second acquired");
      release();
    });
    await sleep(300);
    events.push("first releases");
    first();
    await second;
    expect(events).toEqual(["first releases", "second acquired"]);
  });

  it("takes over a lock whose owner is dead, or whose pid now runs another process", async () => {
    for (const owner of [{ ...ownerOf(deadPid()) }, { ...ownerOf(process.pid), start: "1" }]) {
      const path = lockPath();
      writeFileSync(path, JSON.stringify(owner));
      const release = await acquireLock(path, { timeoutMs: 5_000 });
      expect(JSON.parse(readFileSync(path, "utf8")).pid).toBe(process.pid);
      release();
    }
  });

  it("waits for an unreadable lock while it is young (being written), and takes it over once old", async () => {
    const path = lockPath();
    writeFileSync(path, "");
    await expect(acquireLock(path, { timeoutMs: 300 })).rejects.toThrow(/timed out waiting for a lock that cannot be read/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(path, old, old);
    (await acquireLock(path, { timeoutMs: 5_000 }))();
  });

  it("waits for a live owner in another process, telling who it is, and gives up after the timeout", async () => {
    const path = lockPath();
    const holder = spawn("sleep", ["30"]);
    try {
      writeFileSync(path, JSON.stringify(ownerOf(holder.pid!)));
      const told: number[] = [];
      await expect(acquireLock(path, { timeoutMs: 400, onWait: (o) => told.push(o.pid) })).rejects.toThrow(`pid ${holder.pid}`);
      expect(told).toEqual([holder.pid]);
    } finally {
      holder.kill();
    }
  });

  it("counts an owner on another host as alive (its pid cannot be checked from here)", () => {
    expect(isAlive({ pid: deadPid(), host: `${hostname()}-elsewhere`, start: "" })).toBe(true);
    expect(isAlive({ pid: deadPid(), host: hostname(), start: "" })).toBe(false);
  });

  it("gives the lock to one process at a time when several race for it, a stale lock included", async () => {
    const path = lockPath();
    writeFileSync(path, JSON.stringify(ownerOf(deadPid())));
    const log = join(path, "..", "log.txt");
    writeFileSync(log, "");
    // Each worker takes the lock, logs "in", holds it a little, logs "out", and releases it.
    const worker = `
      import { appendFileSync } from "node:fs";
      import { acquireLock } from ${JSON.stringify(join(PROJECT_ROOT, "generator", "output", "lock.ts"))};
      for (let i = 0; i < 3; i++) {
        const release = await acquireLock(${JSON.stringify(path)});
        appendFileSync(${JSON.stringify(log)}, "in " + process.pid + "\\n");
        await new Promise((r) => setTimeout(r, 20));
        appendFileSync(${JSON.stringify(log)}, "out " + process.pid + "\\n");
        release();
      }`;
    const runs = Array.from({ length: 4 }, () => {
      const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", worker], { cwd: PROJECT_ROOT, stdio: ["ignore", "ignore", "inherit"] });
      return new Promise<number | null>((resolve) => child.on("exit", resolve));
    });
    expect(await Promise.all(runs)).toEqual([0, 0, 0, 0]);
    const lines = readFileSync(log, "utf8").trim().split("\n");
    expect(lines).toHaveLength(24);
    for (let i = 0; i < lines.length; i += 2) {
      expect(lines[i]).toMatch(/^in \d+$/);
      expect(lines[i + 1]).toBe(lines[i].replace("in", "out"));
    }
    expect(existsSync(path)).toBe(false);
  }, 120_000);
});
