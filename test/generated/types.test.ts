// Type-level behaviour of the generated package: test/types/requests.ts holds the cases
// (required parameters, result types, all-or-none flag groups, generic wrappers); each
// `@ts-expect-error` there must meet an error, so tsc passing proves both directions.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { writeFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { runTsc } from "../support/tsc.ts";

describe("types of the generated package", () => {
  it("accepts the valid calls and rejects every call marked @ts-expect-error", () => {
    const r = runTsc(["-p", join(PROJECT_ROOT, "test", "types", "tsconfig.json")]);
    expect(r.output).toBe("");
    expect(r.code).toBe(0);
  });

  it("really rejects a missing required parameter (the same check without the marker fails)", () => {
    const dir = mkdtempSync(join(PROJECT_ROOT, "test", "types", ".tmp-"));
    const file = join(dir, "missing-peer.ts");
    writeFileSync(file, 'import { Api } from "tl-invite";\nnew Api.messages.ExportChatInvite({ usageLimit: 43 });\n');
    const config = JSON.parse(readFileSync(join(PROJECT_ROOT, "test", "types", "tsconfig.json"), "utf8"));
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ ...config, files: ["missing-peer.ts"] }));
    const r = runTsc(["-p", join(dir, "tsconfig.json")]);
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/Property 'peer' is missing/);
  });
});
