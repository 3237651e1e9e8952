// tlgen generate --watch regenerates when an input changes, survives a broken edit, and keeps
// seeing a schema file that an editor saves by writing a new file and renaming it over the old.
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { appendFileSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { TLGEN } from "./tlgen.ts";
import { tempDir } from "../support/temp-dir.ts";

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

const fixture = (f: string) => readFileSync(join(PROJECT_ROOT, "schema", "fixtures", f), "utf8");
const base = () => `${fixture("builtins.tl")}\n${fixture("emitter-cases.tl")}`;

/** Starts `tlgen generate --watch` on a fixture schema; returns the schema, output and log. */
async function startWatch(): Promise<{ schema: string; out: string; log: () => string; stop: () => void }> {
  const dir = tempDir("tlgen-watch-");
  const schema = join(dir, "s.tl");
  writeFileSync(schema, base());
  const out = join(dir, "out");
  const child = spawn(process.execPath, [TLGEN, "generate", "--watch", "--no-cache", "--all", "--schema", schema, "--out", out], { cwd: dir });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  try {
    await waitFor(() => log, /watching \d+ inputs for changes/, 60_000);
  } catch (e) {
    child.kill("SIGKILL");
    throw e;
  }
  return { schema, out, log: () => log, stop: () => child.kill("SIGKILL") };
}

const runs = (log: string) => (log.match(/^out: /gm) ?? []).length;

describe("tlgen generate --watch", () => {
  it("regenerates on a schema change and reports a broken edit without stopping", async () => {
    const w = await startWatch();
    try {
      appendFileSync(w.schema, "broken line without a semicolon\n");
      await waitFor(w.log, /nothing generated/, 30_000);
      writeFileSync(w.schema, `${fixture("builtins.tl")}\nwatched flags:# x:flags.0?int = Watched;\n${fixture("emitter-cases.tl")}\nuseWatched w:Watched = NoParams;\n`);
      await waitFor(w.log, /changes: \d+ added, \d+ changed/, 60_000);
      await waitFor(() => readFileSync(join(w.out, "src", "types.ts"), "utf8"), /export interface Watched\b/, 10_000);
    } finally {
      w.stop();
    }
  }, 180_000);

  it("keeps regenerating after saves that replace the schema file by rename", async () => {
    const w = await startWatch();
    try {
      expect(runs(w.log())).toBe(1);
      for (const [i, name] of ["First", "Second"].entries()) {
        // As editors save: write a new file beside it, then rename it over the schema.
        const temp = `${w.schema}.swp`;
        writeFileSync(temp, `${base()}\n---types---\nsaved${name} = Saved${name};\n---functions---\nuse${name} s:Saved${name} = NoParams;\n`);
        renameSync(temp, w.schema);
        await waitFor(w.log, new RegExp(`(^out: [^\\n]*\\n[^]*){${i + 2}}`, "m"), 60_000);
        await waitFor(() => readFileSync(join(w.out, "src", "types.ts"), "utf8"), new RegExp(`export interface Saved${name}\\b`), 10_000);
      }
      expect(runs(w.log())).toBe(3);
    } finally {
      w.stop();
    }
  }, 180_000);

  it("keeps following the schema after it was renamed away (a backup-copy save) or deleted, and brought back", async () => {
    const w = await startWatch();
    try {
      const save = (name: string) => `${base()}\n---types---\nsaved${name} = Saved${name};\n---functions---\nuse${name} s:Saved${name} = NoParams;\n`;
      const regenerated = async (name: string) => waitFor(() => readFileSync(join(w.out, "src", "types.ts"), "utf8"), new RegExp(`export interface Saved${name}\\b`), 60_000);
      // As vim saves with a backup copy: the old file renamed away, a new one written in its place.
      renameSync(w.schema, `${w.schema}~`);
      writeFileSync(w.schema, save("Backup"));
      await regenerated("Backup");
      // Then edited in place, as any later save is.
      writeFileSync(w.schema, save("InPlace"));
      await regenerated("InPlace");
      // Deleted (a run reports it missing), then restored.
      rmSync(w.schema);
      await waitFor(w.log, /no such file/, 30_000);
      writeFileSync(w.schema, save("Restored"));
      await regenerated("Restored");
    } finally {
      w.stop();
    }
  }, 180_000);
});
