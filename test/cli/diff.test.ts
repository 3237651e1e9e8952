// The tlgen diff command, run as a user runs it: the changelog as text, the same as JSON, limited
// to the bundled selection and its closure with --selection, and its usage and schema errors.
import { beforeAll, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readSchema } from "../helpers.ts";
import { tlgen } from "./tlgen.ts";
import { tempDir } from "../support/temp-dir.ts";

const OLD = "boolTrue#997275b5 = Bool;\na = A;\n---functions---\nf x:int = A;\ng = A;\n";
const NEW = "boolTrue#997275b5 = Bool;\na = A;\nb = B;\n---functions---\nf x:long = A;\nh flags:# y:flags.0?int = A;\n";

let dir: string;
beforeAll(() => {
  dir = tempDir("tlgen-diff-");
  writeFileSync(join(dir, "old.tl"), OLD);
  writeFileSync(join(dir, "new.tl"), NEW);
});

describe("tlgen diff", () => {
  it("prints what was added, removed and changed, marking what breaks callers, and exits 0", () => {
    const r = tlgen(["diff", "old.tl", "new.tl"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Methods\n  ~ f  BREAKING\n");
    expect(r.stdout).toContain("      ~ x: int -> long  (breaks callers)\n");
    expect(r.stdout).toContain("  - g (removed)  BREAKING\n  + h (added)\n");
    expect(r.stdout).toContain("Constructors\n  + b (added)\n");
    expect(r.stdout).toContain("2 added, 1 removed, 1 changed; 2 breaking.");
  });

  it("prints the same as data with --json: layers and entries, without the text", () => {
    const r = tlgen(["diff", "--json", "old.tl", "new.tl"], { cwd: dir });
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(Object.keys(data).sort()).toEqual(["entries", "fromLayer", "toLayer"]);
    expect(data).toMatchObject({ fromLayer: null, toLayer: null });
    expect(data.entries.map((e: { kind: string; name: string; status: string; breaking: boolean }) => `${e.kind} ${e.name} ${e.status}${e.breaking ? " breaking" : ""}`)).toEqual([
      "method f changed breaking",
      "method g removed breaking",
      "method h added",
      "constructor b added",
    ]);
    expect(data.entries[0].changes).toEqual([
      { what: "id", text: "id fb916d75 -> 9f2fcfa6", breaking: false },
      { what: "param-retyped", text: "~ x: int -> long", breaking: true },
    ]);
  });

  it("limits the changelog to the bundled selection and what it needs with --selection", () => {
    // Two methods changed, their ids dropped so that the edited lines check: one is a chat-invite root, one is not.
    const api = readSchema("api.tl");
    const edit = (text: string, name: string) =>
      text.replace(new RegExp(`^(${name.replace(".", "\\.")})#[0-9a-f]+ (.*) = (\\S+;)$`, "m"), (_, n: string, params: string, result: string) => `${n} ${params} note:flags.30?string = ${result}`);
    const edited = edit(edit(api, "messages.exportChatInvite"), "messages.sendMessage");
    expect(edited).not.toBe(api);
    writeFileSync(join(dir, "api-old.tl"), api);
    writeFileSync(join(dir, "api-new.tl"), edited);

    const all = JSON.parse(tlgen(["diff", "--json", "api-old.tl", "api-new.tl"], { cwd: dir }).stdout);
    expect(all.entries.map((e: { name: string }) => e.name)).toEqual(["messages.exportChatInvite", "messages.sendMessage"]);
    const selected = tlgen(["diff", "--selection", "--json", "api-old.tl", "api-new.tl"], { cwd: dir });
    expect(selected.code).toBe(0);
    expect(JSON.parse(selected.stdout).entries.map((e: { name: string; breaking: boolean }) => [e.name, e.breaking])).toEqual([["messages.exportChatInvite", false]]);
    const text = tlgen(["diff", "--selection", "api-old.tl", "api-new.tl"], { cwd: dir }).stdout;
    expect(text).toContain("messages.exportChatInvite");
    expect(text).not.toContain("messages.sendMessage");
    expect(text).toMatch(/the selection and its closure/);
  });

  it("exits 1 with the schema's errors, comparing nothing", () => {
    writeFileSync(join(dir, "bad.tl"), "a x:Nope = A;\n");
    const r = tlgen(["diff", "old.tl", "bad.tl"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('error[TL011]: unknown type "Nope" in a.x\n --> bad.tl:1:5');
    expect(r.stderr).toContain("tlgen: 1 error in the schemas; nothing was compared");
  });

  it("exits 2 on bad usage, pointing at its --help", () => {
    for (const args of [["diff", "old.tl"], ["diff", "old.tl", "new.tl", "third.tl"], ["diff", "--selecton", "old.tl", "new.tl"], ["diff", "old.tl", "missing.tl"]]) {
      const r = tlgen(args, { cwd: dir });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toMatch(/^tlgen: .+\nRun "tlgen diff --help" for usage\.\n$/);
    }
    expect(tlgen(["diff", "--selecton", "a", "b"], { cwd: dir }).stderr).toContain("did you mean --selection?");
  });

  it("explains itself with --help", () => {
    const r = tlgen(["diff", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: tlgen diff \[options\] OLD\.tl NEW\.tl/);
    expect(r.stdout).toContain("--selection");
    expect(r.stdout).toContain("--json");
  });
});
