// examples/invoker: the invoker against a loopback server, GramJS-style and Bot API-style calls.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { runTsc } from "../support/tsc.ts";

const dir = join(PROJECT_ROOT, "examples", "invoker");

describe("examples/invoker", () => {
  it("type-checks, runs with plain node against its loopback server, and prints typed results and errors", () => {
    expect(runTsc(["-p", join(dir, "tsconfig.json")]).output).toBe("");
    const run = spawnSync(process.execPath, [join(dir, "dist", "index.js")], { encoding: "utf8", cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim().split("\n")).toEqual([
      'exported https://t.me/+Example "My very normal title"',
      "import failed: 406 INVITE_HASH_EXPIRED",
      "Bot API: https://t.me/+Example member_limit=10 name=Bot link by @example_bot",
    ]);
  });
});
