// Interrupted generation loses nothing: the new tree is written beside the output and swapped
// in with two renames, so a SIGKILL in the middle of writing leaves the previous output
// byte-for-byte as it was, and a SIGKILL between the two renames (output moved aside, new tree
// not yet in) is repaired by the next run before it reads anything. Temporary folders are only
// removed when their owner is dead.
import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT, loadIdAllowlist, loadRuntime } from "../../generator/input/project-files.ts";
import { listTree } from "../../generator/base/files.ts";
import { repairInterruptedSwap } from "../../generator/output/write.ts";
import { processStart } from "../../generator/output/lock.ts";
import { generate } from "../../generator/pipeline.ts";
import { EMPTY_DOCS } from "../../generator/model/schema-docs.ts";
import { tempDir } from "../support/temp-dir.ts";

const TLGEN = join(PROJECT_ROOT, "bin", "tlgen.js");

function snapshotTree(dir: string): Map<string, string> {
  return new Map(listTree(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

/** A stale copy of generated/ (so that generate really writes), and its contents. */
function staleCopy(): { out: string; before: Map<string, string> } {
  const out = join(tempDir("tlgen-kill-"), "generated");
  cpSync(join(PROJECT_ROOT, "generated"), out, { recursive: true });
  writeFileSync(join(out, "README.md"), "stale\n");
  return { out, before: snapshotTree(out) };
}

/** Entries beside `out` that belong to tlgen (temporary trees, the lock). */
const leftovers = (out: string) => readdirSync(join(out, "..")).filter((f) => f.startsWith(".generated."));

/** Starts generate, waits for its temporary tree to appear, and SIGKILLs it there. */
async function killMidWrite(out: string): Promise<{ killedMidWrite: boolean; partialFiles: number }> {
  const child = spawn(process.execPath, [TLGEN, "generate", "--out", out], { stdio: "ignore" });
  const prefix = `.generated.tlgen-new-${child.pid}-`;
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  let temp: string | undefined;
  // Poll in a tight loop: the write phase lasts tens of milliseconds after seconds of work.
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && child.exitCode === null) {
    temp = readdirSync(join(out, "..")).find((f) => f.startsWith(prefix));
    if (temp) {
      child.kill("SIGKILL");
      break;
    }
    await new Promise((r) => setImmediate(r));
  }
  await exited;
  const full = temp && join(out, "..", temp);
  return { killedMidWrite: temp !== undefined, partialFiles: full && existsSync(full) ? listTree(full).length : 0 };
}

describe("interrupted generation", () => {
  it("SIGKILL in the middle of writing leaves the previous output byte-for-byte intact", async () => {
    let attempt = { killedMidWrite: false, partialFiles: 0 };
    let out = "";
    let before = new Map<string, string>();
    for (let i = 0; i < 5 && !(attempt.killedMidWrite && attempt.partialFiles > 0); i++) {
      ({ out, before } = staleCopy());
      attempt = await killMidWrite(out);
    }
    expect(attempt.killedMidWrite).toBe(true);
    // The kill landed while files were being written: the temporary tree is partial.
    expect(attempt.partialFiles).toBeGreaterThan(0);
    expect(attempt.partialFiles).toBeLessThan(before.size);
    expect(snapshotTree(out)).toEqual(before);
    // The dead run's temporary tree and lock are left; the next run clears them up.
    expect(leftovers(out).some((f) => f.startsWith(".generated.tlgen-new-"))).toBe(true);
    const next = spawnSync(process.execPath, [TLGEN, "generate", "--check", "--out", out], { encoding: "utf8" });
    expect(next.stdout).toContain("is stale");
    expect(leftovers(out)).toEqual([]);
    expect(snapshotTree(out)).toEqual(before);
  }, 300_000);

  it("SIGKILL between the swap's two renames is repaired by the next run: the old tree comes back whole", () => {
    const { out, before } = staleCopy();
    const killed = spawnSync(process.execPath, ["--import", join(PROJECT_ROOT, "test", "support", "kill-in-swap-gap.mjs"), TLGEN, "generate", "--out", out], {
      env: { ...process.env, TLGEN_TEST_KILL_AFTER_MOVING: out },
      encoding: "utf8",
    });
    expect(killed.signal).toBe("SIGKILL");
    // The state the kill left: no output folder, the old tree aside, the new one complete beside it.
    expect(existsSync(out)).toBe(false);
    const old = leftovers(out).find((f) => f.startsWith(".generated.tlgen-old-"));
    expect(old).toBeDefined();
    expect(snapshotTree(join(out, "..", old!))).toEqual(before);

    const next = spawnSync(process.execPath, [TLGEN, "generate", "--check", "--out", out], { encoding: "utf8" });
    expect(next.status).toBe(1);
    expect(next.stdout).toContain("  differs: README.md\n");
    expect(snapshotTree(out)).toEqual(before);
    expect(leftovers(out)).toEqual([]);
  }, 300_000);

  it("removes the temporary folders of dead runs only, never those of a live one", () => {
    const parent = tempDir("tlgen-temps-");
    const out = join(parent, "generated");
    mkdirSync(out);
    const live = spawn("sleep", ["30"]);
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
    try {
      const liveTemp = join(parent, `.generated.tlgen-new-${live.pid}-${processStart(live.pid!) || "0"}`);
      const deadTemp = join(parent, `.generated.tlgen-new-${dead}-1`);
      // The live pid with another start time is a reused pid: its owner is gone.
      const reusedTemp = join(parent, `.generated.tlgen-old-${live.pid}-1`);
      for (const d of [liveTemp, deadTemp, reusedTemp]) mkdirSync(d);
      repairInterruptedSwap(out);
      expect(existsSync(liveTemp)).toBe(true);
      expect(existsSync(deadTemp)).toBe(false);
      // Start times come from /proc; without it a live pid counts as its owner.
      expect(existsSync(reusedTemp)).toBe(processStart(live.pid!) === "");
    } finally {
      live.kill();
    }
  });

  it.skipIf(!existsSync(join(PROJECT_ROOT, ".git")))("keeps the temporary folders and the lock beside generated/ out of git status", () => {
    const names = [".generated.tlgen-new-123-456/src/index.ts", ".generated.tlgen-old-123-456/", ".generated.tlgen-lock", ".generated.tlgen-lock.takeover"];
    const r = spawnSync("git", ["check-ignore", "--no-index", ...names], { cwd: PROJECT_ROOT, encoding: "utf8" });
    expect(r.stdout.trim().split("\n")).toEqual(names);
    // ...and only them: generated/ itself is committed.
    expect(spawnSync("git", ["check-ignore", "--no-index", "generated/manifest.json"], { cwd: PROJECT_ROOT }).status).toBe(1);
  });

  it("a failure inside the pipeline (a module that does not compile) rejects before anything could be written", async () => {
    const runtime = [...loadRuntime(), { name: "broken.ts", text: "export const = ;\n" }];
    await expect(
      generate({
        sources: ["builtins.tl", "emitter-cases.tl"].map((f) => ({ file: f, text: readFileSync(join(PROJECT_ROOT, "schema", "fixtures", f), "utf8") })),
        selection: [],
        all: true,
        docs: EMPTY_DOCS,
        idAllowlist: loadIdAllowlist(),
        runtime,
        packageName: "x",
      }),
    ).rejects.toThrow(/compiling runtime\/broken\.ts failed/);
  });
});
