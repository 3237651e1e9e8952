// The project's own TypeScript (generator, tests, benchmarks, scripts) type-checks under strict.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { runTsc } from "../support/tsc.ts";

describe("the project's sources", () => {
  it("type-check with tsc --noEmit -p tsconfig.json", () => {
    const r = runTsc(["--noEmit", "-p", join(PROJECT_ROOT, "tsconfig.json")]);
    expect(r.output).toBe("");
    expect(r.code).toBe(0);
  }, 120_000);
});
