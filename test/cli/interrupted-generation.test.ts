// Interrupted generation loses nothing: the new tree is written beside the output and swapped
// in only when complete, so a SIGKILL in the middle of writing, a schema error or a failure in
// the pipeline leaves the previous output byte-for-byte as it was.
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT, loadIdAllowlist, loadRuntime } from "../../generator/project-files.ts";
import { listTree } from "../../generator/write.ts";
import { generate } from "../../generator/pipeline.ts";
import { EMPTY_DOCS } from "../../generator/model/schema-docs.ts";

function snapshotTree(dir: string): Map<string, string> {
  return new Map(listTree(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

/** A stale copy of generated/ (so that generate really writes), and its contents. */
function staleCopy(): { out: string; before: Map<string, string> } {
  const out = join(mkdtempSync(join(tmpdir(), "tlgen-kill-")), "generated");
  cpSync(join(PROJECT_ROOT, "generated"), out, { recursive: true });
  writeFileSync(join(out, "README.md"), "stale\n");
  return { out, before: snapshotTree(out) };
}

/** Starts generate, waits for its temporary tree to appear, and SIGKILLs it there. */
async function killMidWrite(out: string): Promise<{ killedMidWrite: boolean; partialFiles: number }> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, "bin", "tlgen.js"), "generate", "--out", out], { stdio: "ignore" });
  const temp = join(out, "..", `.generated.new-${child.pid}`);
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  let killedMidWrite = false;
  // Poll in a tight loop: the write phase lasts tens of milliseconds after seconds of work.
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && child.exitCode === null) {
    if (existsSync(temp)) {
      child.kill("SIGKILL");
      killedMidWrite = true;
      break;
    }
    await new Promise((r) => setImmediate(r));
  }
  await exited;
  const partialFiles = existsSync(temp) ? listTree(temp).length : 0;
  return { killedMidWrite, partialFiles };
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
    // The next run cleans the leftover temporary tree up.
    const leftovers = () => readdirSync(join(out, "..")).filter((f) => f.startsWith(".generated."));
    expect(leftovers().length).toBe(1);
    const { recoverInterruptedSwap } = await import("../../generator/write.ts");
    recoverInterruptedSwap(out);
    expect(leftovers()).toEqual([]);
    expect(snapshotTree(out)).toEqual(before);
  }, 300_000);

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
