// Type-level behaviour of the Bot API helpers: test/types/bot-api.ts holds the cases (result
// types, the maintained Bot API types, the official parameters accepted); each `@ts-expect-error`
// there must meet an error, so tsc passing proves both directions.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { runTsc } from "../support/tsc.ts";

describe("types of the Bot API helpers", () => {
  it("type the results per method, reuse @grammyjs/types and accept every official call", () => {
    const r = runTsc(["-p", join(PROJECT_ROOT, "test", "types", "bot-api.tsconfig.json")]);
    expect(r.output).toBe("");
    expect(r.code).toBe(0);
  }, 60_000);
});
