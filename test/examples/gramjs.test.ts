// examples/gramjs: GramJS code with only the import changed, passing peers by id, as a result's
// chat and as a Peer, type-checks against the generated package (it runs in
// test/interop/gramjs-peers.test.ts, on a package generated at GramJS's layer).
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { runTsc } from "../support/tsc.ts";

describe("examples/gramjs", () => {
  it("type-checks with tsc against the generated package and GramJS's own types", () => {
    const r = runTsc(["-p", join(PROJECT_ROOT, "examples", "gramjs", "tsconfig.json")]);
    expect(r.output).toBe("");
    expect(r.code).toBe(0);
  });
});
