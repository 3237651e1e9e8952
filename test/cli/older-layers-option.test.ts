// The olderLayers option: the config's `olderLayers: N | false`, `tlgen generate --older-layers N`
// and `--no-older-layers`; what each does to the package, and its mistakes named.
import { describe, expect, it } from "vitest";
import { generateFiles } from "../../generator/api/generate.ts";
import { commandOf } from "../../generator/api/command.ts";
import { validateConfig } from "../../generator/api/options.ts";
import { tlgen } from "./tlgen.ts";

const fileOf = (files: { path: string; content: string }[], path: string) => files.find((f) => f.path === path)?.content;

describe("olderLayers", () => {
  it("reads the whole shipped history by default, back to a given layer with N, and none with false", async () => {
    const include = ["messages.checkChatInvite"];
    const all = await generateFiles({ include, cacheDir: false });
    const from200 = await generateFiles({ include, cacheDir: false, olderLayers: 200 });
    const none = await generateFiles({ include, cacheDir: false, olderLayers: false });
    expect(fileOf(all.files, "src/runtime/wire/layer.ts")).toContain("export const OLDEST_LAYER: number = 160;");
    expect(fileOf(all.files, "src/older-readers.ts")).toContain("export function readUserLayer198(");
    expect(fileOf(from200.files, "src/runtime/wire/layer.ts")).toContain("export const OLDEST_LAYER: number = 200;");
    expect(fileOf(from200.files, "src/older-readers.ts")).not.toContain("readUserLayer198(");
    expect(fileOf(from200.files, "src/older-readers.ts")).toContain("export function readUserLayer216(");
    // The older ids are named in the User reader's unknown-id message, not read.
    expect(fileOf(from200.files, "src/readers.ts")).toMatch(/"User",\s+"[^"]*4b46c37e user 198 198 o;/);
    expect(fileOf(none.files, "src/older-readers.ts")).toBeUndefined();
    expect(fileOf(none.files, "src/runtime/wire/layer.ts")).toContain("export const OLDEST_LAYER: number = 227;");
    // The headers name the option in the command that regenerates the package.
    expect(fileOf(none.files, "src/readers.ts")).toContain("tlgen generate --include messages.checkChatInvite --no-older-layers");
    expect(commandOf({ olderLayers: 200 })).toBe("tlgen generate --older-layers 200");
    expect(commandOf({ include: ["messages.importChatInvite"], out: "out6", name: "x6" })).toBe("tlgen generate --include messages.importChatInvite --name x6 --out <this folder>");
  });

  it("is checked in a config: a layer number or false", () => {
    expect(validateConfig({ olderLayers: 198 }, "tlgen.config.ts")).toEqual({ olderLayers: 198 });
    expect(() => validateConfig({ olderLayers: "198" }, "tlgen.config.ts")).toThrow('tlgen.config.ts: "olderLayers" must be a layer number, or false, got "198"');
    expect(() => validateConfig({ olderLayer: 198 }, "tlgen.config.ts")).toThrow('did you mean "olderLayers"');
  });

  it("refuses --older-layers that is not a layer number, or given with --no-older-layers, with exit 2", () => {
    const bad = tlgen(["generate", "--older-layers", "old", "--out", "/tmp/never-written"]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--older-layers must be a layer number (got "old"); --no-older-layers reads none')]);
    const both = tlgen(["generate", "--older-layers", "200", "--no-older-layers", "--out", "/tmp/never-written"]);
    expect([both.code, both.stderr]).toEqual([2, expect.stringContaining("--older-layers and --no-older-layers cannot be used together")]);
  });
});
