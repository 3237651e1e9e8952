// examples/basic: a consumer that imports the package by name, type-checks with tsc and runs
// with plain node.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { runTsc } from "../support/tsc.ts";

const dir = join(PROJECT_ROOT, "examples", "basic");

describe("examples/basic", () => {
  it("type-checks with tsc and runs with plain node, printing the serialized exportChatInvite", () => {
    const build = runTsc(["-p", join(dir, "tsconfig.json")]);
    expect(build.output).toBe("");
    const run = spawnSync(process.execPath, [join(dir, "dist", "index.js")], { encoding: "utf8", cwd: dir });
    expect(run.stderr).toBe("");
    const lines = run.stdout.trim().split("\n");
    // The same bytes GramJS's own Api.messages.ExportChatInvite produces for this input.
    expect(lines[0]).toBe("messages.exportChatInvite#a455de90: 90de55a41f000000c97ea07d2b0000002b000000144d792076657279206e6f726d616c207469746c65000000");
    expect(lines[1]).toBe("decoded chatInviteExported: https://t.me/+AbCdEf (usage limit 43)");
    expect(lines[2]).toMatch(/^rejected: unknown constructor 0x04030201 for ExportedChatInvite \(this package reads layers 160 to 227/);
  });
});
