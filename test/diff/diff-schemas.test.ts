// tlgen diff: a changelog of what changed between two layers, and what breaks callers.
// Nothing runs at collection time: the models and the CLI runs are made in beforeAll, so a
// skipped block costs nothing and a missing reference file cannot break the file's other tests.
import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { diffSchemas, formatSchemaDiff, type SchemaDiff } from "../../generator/diff/diff-schemas.ts";
import { HAS_SHARED, SHARED_TL, analyze } from "../helpers.ts";
import { tlgen } from "../cli/tlgen.ts";

const model = (text: string) => analyze(text).model;

describe("diffSchemas", () => {
  let diff: SchemaDiff;
  beforeAll(() => {
    const before = model("a = A;\nb x:int = B;\n---functions---\nf x:int = A;\ng y:string = B;\nh = A;");
    const after = model("b x:int flags:# y:flags.0?int = B;\nc = A;\n---functions---\nf x:int z:long = A;\ng y:int = B;\nh = B;");
    diff = diffSchemas(before, after);
  });
  const entry = (name: string) => diff.entries.find((e) => e.name === name);

  it("reports added and removed constructors; removing one breaks callers", () => {
    expect(entry("c")).toMatchObject({ status: "added", breaking: false });
    expect(entry("a")).toMatchObject({ status: "removed", breaking: true });
  });
  it("reports a new required parameter as breaking and a new optional one as not", () => {
    expect(entry("f")!.changes.map((c) => [c.text, c.breaking])).toContainEqual(["+ z:long (required)", true]);
    expect(entry("b")!.changes.map((c) => [c.text, c.breaking])).toContainEqual(["+ y:flags.0?int (optional)", false]);
  });
  it("reports a retyped parameter and a changed result as breaking, and the id change", () => {
    expect(entry("g")!.changes.map((c) => c.text)).toContain("~ y: string -> int");
    expect(entry("h")!.changes.map((c) => [c.what, c.text, c.breaking])).toContainEqual(["result", "result A -> B", true]);
    expect(entry("h")!.changes[0].what).toBe("id");
  });
  it("formats a readable changelog", () => {
    expect(formatSchemaDiff(diff, null)).toContain("  ~ h  BREAKING\n");
  });
});

describe.skipIf(!HAS_SHARED)("tlgen diff layer 223 -> 228 --selection", () => {
  const run = (...args: string[]) => tlgen(["diff", ...args]);
  let json: { entries: { name: string; kind: string; breaking: boolean; changes: { text: string }[] }[] };
  beforeAll(() => {
    json = JSON.parse(run("--selection", "--json", join(SHARED_TL, "api-layer223.tl"), join(SHARED_TL, "api.tl")).stdout);
  });
  const entry = (name: string) => json.entries.find((e: { name: string }) => e.name === name)!;

  it("reports messages.importChatInvite: new id, result Updates -> messages.ChatInviteJoinResult, breaking", () => {
    const e = entry("messages.importChatInvite");
    expect(e.breaking).toBe(true);
    expect(e.changes.map((c: { text: string }) => c.text)).toEqual(["id 6c50051c -> de91436e", "result Updates -> messages.ChatInviteJoinResult"]);
  });

  it("reports channels.toggleJoinRequest: new id and two new parameters", () => {
    const texts = entry("channels.toggleJoinRequest").changes.map((c: { text: string }) => c.text);
    expect(texts).toEqual(["id 4c2985b6 -> 0ecc2618", "+ apply_to_invites:flags.1?true (optional)", "+ guard_bot:flags.0?InputUser (optional)"]);
  });

  it("reports updateBotChatInviteRequester, and no unchanged invite method", () => {
    expect(entry("updateBotChatInviteRequester").changes.map((c: { text: string }) => c.text)).toContain("+ query_id:flags.0?long (optional)");
    const methods = json.entries.filter((e: { kind: string }) => e.kind === "method").map((e: { name: string }) => e.name);
    expect(methods.sort()).toEqual(["channels.toggleJoinRequest", "messages.importChatInvite"]);
  });

  it("prints the same as text, marking the breaking change", () => {
    const text = run("--selection", join(SHARED_TL, "api-layer223.tl"), join(SHARED_TL, "api.tl")).stdout;
    expect(text).toContain("  ~ messages.importChatInvite  BREAKING\n      id 6c50051c -> de91436e\n      result Updates -> messages.ChatInviteJoinResult  (breaks callers)\n");
    expect(text).not.toContain("messages.exportChatInvite");
  });
});
