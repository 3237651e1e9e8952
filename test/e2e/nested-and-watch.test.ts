// From a packed install: runs whose outputs are nested take turns (a run that reports success
// leaves its output in place), and `generate --watch` keeps following its inputs when their
// folder is removed or moved and re-created, as a `git checkout` of another branch can do.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { processStart } from "../../generator/output/lock.ts";
import { installedProject, ok, removeProject, tlgenIn, USER_ENV } from "../support/packed-tlgen.ts";

let dir: string;
let project: string;

beforeAll(async () => {
  ({ dir, project } = await installedProject("nested-consumer"));
}, 900_000);

afterAll(() => removeProject(dir));

/** `tlgen ...args` started in the project; its output so far, and its end. */
function start(args: string[]): { child: ChildProcess; log: () => string; done: Promise<number | null> } {
  const child = spawn(process.execPath, [join(project, "node_modules", "tlgen", "bin", "tlgen.js"), ...args], { cwd: project, env: USER_ENV });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const done = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return { child, log: () => log, done };
}

async function waitFor(read: () => string, pattern: RegExp, ms: number): Promise<void> {
  for (const started = Date.now(); !pattern.test(read()); ) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${pattern}; output:\n${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const methodsOf = (out: string) => Object.keys(JSON.parse(readFileSync(join(project, out, "manifest.json"), "utf8")).methods);

describe("nested outputs, from a packed install", () => {
  it("a run writing a waits, saying for whom, while a live run holds the lock of a/b", async () => {
    ok(tlgenIn(project, ["generate", "--include", "help.getInviteText", "--out", "held/a"]), "generate held/a");
    const holder = spawn("sleep", ["120"]);
    await new Promise((resolve) => holder.once("spawn", resolve));
    const lock = join(project, "held", "a", ".b.tlgen-lock");
    writeFileSync(lock, JSON.stringify({ pid: holder.pid, host: hostname(), start: processStart(holder.pid!), since: new Date().toISOString() }));
    try {
      const outer = start(["generate", "--include", "help.getConfig", "--out", "held/a"]);
      await waitFor(outer.log, new RegExp(`tlgen: waiting for another tlgen run \\(pid ${holder.pid} on [^)]*\\) writing held/a/b, for up to 10 minutes; [^\\n]*delete [^\\n]*\\.b\\.tlgen-lock\\n`), 120_000);
      expect(outer.child.exitCode).toBeNull();
      rmSync(lock);
      expect(await outer.done).toBe(0);
      expect(methodsOf("held/a")).toEqual(["help.getConfig"]);
    } finally {
      holder.kill("SIGKILL");
    }
  }, 300_000);

  it("runs writing a and a/b at once: whichever reports success keeps its output, trial after trial", async () => {
    ok(tlgenIn(project, ["generate", "--include", "help.getInviteText", "--out", "pristine"]), "generate pristine");
    // Warm the cache of both runs, so that a trial is mostly their writes.
    ok(tlgenIn(project, ["generate", "--include", OUTER, "--out", "warm/a"]), "warm a");
    ok(tlgenIn(project, ["generate", "--include", "help.getNearestDc", "--out", "warm/b"]), "warm b");
    const outcomes: string[] = [];
    const problems: string[] = [];
    for (let trial = 1; trial <= TRIALS; trial++) {
      rmSync(join(project, "race"), { recursive: true, force: true });
      cpSync(join(project, "pristine"), join(project, "race", "a"), { recursive: true });
      const outer = start(["generate", "--include", OUTER, "--out", "race/a"]);
      // The inner run starts a little later each trial, so that some start while the outer one writes.
      await new Promise((resolve) => setTimeout(resolve, (trial * 150) % 1_500));
      const inner = start(["generate", "--include", "help.getNearestDc", "--out", "race/a/b"]);
      const [a, b] = await Promise.all([outer.done, inner.done]);
      // A run that reported success must have left its output; a run that did not must say why.
      const lost = [b === 0 && !existsSync(join(project, "race/a/b/manifest.json")) && "a/b", a === 0 && !existsSync(join(project, "race/a/manifest.json")) && "a"].filter(Boolean);
      if (lost.length) problems.push(`trial ${trial}: ${lost.join(" and ")} reported success, but the output is gone`);
      if (b !== 0 && !/^tlgen: /m.test(inner.log())) problems.push(`trial ${trial}: a/b failed without a message:\n${inner.log()}`);
      if (a !== 0 && !/^tlgen: refusing to replace race\/a: it is tlgen's output, but (this file was|\d+ files were) not written by tlgen/m.test(outer.log())) {
        problems.push(`trial ${trial}: a failed with another message:\n${outer.log()}`);
      }
      outcomes.push(lost.length ? "lost an output" : `a ${a === 0 ? "ok" : "refused"}, a/b ${b === 0 ? "ok" : "failed"}`);
    }
    const counts = outcomes.reduce<Record<string, number>>((m, o) => ({ ...m, [o]: (m[o] ?? 0) + 1 }), {});
    console.log(`nested-output trials: ${TRIALS}; ${JSON.stringify(counts)}`);
    expect(problems).toEqual([]);
  }, 900_000);
});

/** The outer run's methods: a big package, whose write is long enough for an inner run to start and end inside it. */
const OUTER = "messages.*";

/** How many trials of the race (TLGEN_NESTED_TRIALS to run more, for a figure). */
const TRIALS = Number(process.env.TLGEN_NESTED_TRIALS ?? 6);

describe("generate --watch, from a packed install", () => {
  it("keeps regenerating when the schema's folder is removed or moved and re-created", async () => {
    const tl = (marker: string) => `// LAYER 1\nint ? = Int;\n${marker.toLowerCase()} x:int = ${marker};\n---functions---\nget${marker} = ${marker};\n`;
    const folder = join(project, "w", "schema");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "s.tl"), tl("First"));
    const watch = start(["generate", "--watch", "--schema", "w/schema/s.tl", "--all", "--out", "w/out", "--no-docs"]);
    const has = (marker: string) => () => (existsSync(join(project, "w/out/src/types.ts")) ? readFileSync(join(project, "w/out/src/types.ts"), "utf8") : "");
    try {
      await waitFor(watch.log, /watching \d+ inputs? for changes/, 120_000);
      // Removed with its folder, then re-created (a checkout of another branch).
      rmSync(folder, { recursive: true });
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      mkdirSync(folder);
      writeFileSync(join(folder, "s.tl"), tl("Second"));
      await waitFor(has("Second"), /export interface Second\b/, 60_000);
      // Moved away, and a new folder made in its place.
      renameSync(folder, `${folder}.moved`);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      mkdirSync(folder);
      writeFileSync(join(folder, "s.tl"), tl("Third"));
      await waitFor(has("Third"), /export interface Third\b/, 60_000);
      // Removed again, and the moved one brought back.
      rmSync(folder, { recursive: true });
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      renameSync(`${folder}.moved`, folder);
      await waitFor(has("Second"), /export interface Second\b/, 60_000);
      expect(watch.log()).toMatch(/w\/schema\/s\.tl is gone \(deleted or moved\); watching for it to come back/);
      expect(watch.child.exitCode).toBeNull();
    } finally {
      watch.child.kill("SIGKILL");
    }
  }, 600_000);
});
