// tlgen generate --watch regenerates when the schema changes, and survives a broken edit.
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../generator/project-files.ts";

function waitFor(read: () => string, pattern: RegExp, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      if (pattern.test(read())) return resolve();
      if (Date.now() - started > ms) return reject(new Error(`timed out waiting for ${pattern}; output:\n${read()}`));
      setTimeout(tick, 100);
    };
    tick();
  });
}

describe("tlgen generate --watch", () => {
  it("regenerates on a schema change and reports a broken edit without stopping", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tlgen-watch-"));
    const schema = join(dir, "s.tl");
    const fixture = (f: string) => readFileSync(join(PROJECT_ROOT, "schema", "fixtures", f), "utf8");
    writeFileSync(schema, `${fixture("builtins.tl")}\n${fixture("emitter-cases.tl")}`);
    const out = join(dir, "out");
    const child = spawn(process.execPath, [join(PROJECT_ROOT, "bin", "tlgen.js"), "generate", "--watch", "--no-cache", "--all", "--schema", schema, "--out", out]);
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    try {
      await waitFor(() => log, /watching 1 files/, 60_000);
      appendFileSync(schema, "broken line without a semicolon\n");
      await waitFor(() => log, /nothing generated/, 30_000);
      writeFileSync(schema, `${fixture("builtins.tl")}\nwatched flags:# x:flags.0?int = Watched;\n${fixture("emitter-cases.tl")}\nuseWatched w:Watched = NoParams;\n`);
      await waitFor(() => log, /changes: \d+ added, \d+ changed/, 60_000);
      await waitFor(() => readFileSync(join(out, "src", "types.ts"), "utf8"), /export interface Watched\b/, 10_000);
    } finally {
      child.kill("SIGKILL");
    }
  }, 180_000);
});
