// bench/serialize-memory.ts in its smoke mode, as CI runs it: every implementation's bytes are
// checked against serialize()'s, serialize() is checked to share no buffer, and the tables print.
// Speed is not asserted (the figures live in the benchmark's output).
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";

const require = createRequire(import.meta.url);

describe("npm run bench:memory -- --smoke", () => {
  it("checks the bytes of every case and prints a table per workload", () => {
    const tsx = require.resolve("tsx/cli");
    const r = spawnSync(process.execPath, [tsx, join(PROJECT_ROOT, "bench", "serialize-memory.ts"), "--smoke"], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
    });
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(0);
    expect(r.stdout.match(/^exportChatInvite, title .*: 68 bytes, 2 rounds$/gm)).toHaveLength(2);
    expect(r.stdout).toMatch(/^\| ours, serialize\(\) \(memory of its own\) \| [\d.]+ (ns|µs) \|/m);
    expect(r.stdout).toMatch(/^\| ours, a pooled slab \(the former default\) \| /m);
    expect(r.stdout).toMatch(/^memory of its own costs -?[\d.]+ (ns|µs) more than the pooled slab/m);
  }, 120_000);
});
