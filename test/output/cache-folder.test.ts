// The cache folder is tlgen's only when it made it, found it empty, or finds its tag there: tlgen
// prunes entries and removes temporary files in it, so a cacheDir pointed at a folder of the
// user's own files is refused with a warning, and none of them is touched.
import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { claimCacheDir, writeCache } from "../../generator/output/cache.ts";
import { CACHE_TAG_FILE } from "../../generator/base/cache-folder.ts";
import { tempDir } from "../support/temp-dir.ts";

const FILES = [{ path: "manifest.json", content: "{}\n" }];
const warnings = () => {
  const said: string[] = [];
  return { said, warn: (m: string) => void said.push(m) };
};

describe("the cache folder", () => {
  it("is taken when missing, made and tagged only when an entry is written, and taken when empty", () => {
    const root = tempDir("tlgen-cache-folder-");
    const w = warnings();
    expect(claimCacheDir(join(root, "new", "cache"), w.warn)).toBe(true);
    expect(existsSync(join(root, "new"))).toBe(false);
    writeCache(join(root, "new", "cache"), "0".repeat(32), FILES, w.warn);
    expect(readFileSync(join(root, "new", "cache", CACHE_TAG_FILE), "utf8")).toMatch(/^Signature: 8a477f597d28d172789f06886806bc55\n/);
    mkdirSync(join(root, "empty"));
    expect(claimCacheDir(join(root, "empty"), w.warn)).toBe(true);
    expect(existsSync(join(root, "empty", CACHE_TAG_FILE))).toBe(true);
    expect(w.said).toEqual([]);
  });

  it("is refused, with a warning and nothing deleted, when it holds the user's files, even ones named like entries", () => {
    const root = tempDir("tlgen-cache-folder-");
    const mine = Array.from({ length: 8 }, (_, i) => `${i.toString(16).padStart(32, "0")}.json`).concat(["notes.json", "a.json.tmp-999999-abc"]);
    for (const f of mine) {
      writeFileSync(join(root, f), "mine");
      utimesSync(join(root, f), new Date("2020-01-01"), new Date("2020-01-01"));
    }
    const w = warnings();
    expect(claimCacheDir(root, w.warn)).toBe(false);
    expect(w.said).toEqual([expect.stringContaining(`holds files tlgen did not write (it has no ${CACHE_TAG_FILE})`)]);
    expect(readdirSync(root).sort()).toEqual([...mine].sort());
  });

  it("is taken when tagged, and then pruned to the newest entries", () => {
    const root = tempDir("tlgen-cache-folder-");
    expect(claimCacheDir(root)).toBe(true);
    for (let i = 0; i < 6; i++) writeCache(root, i.toString(16).padStart(32, "0"), FILES);
    expect(claimCacheDir(root)).toBe(true);
    expect(readdirSync(root).filter((f) => f.endsWith(".json"))).toHaveLength(4);
  });

  it("is refused when it is a file, or when its tag file is not a cache tag", () => {
    const root = tempDir("tlgen-cache-folder-");
    writeFileSync(join(root, "file"), "x");
    const w = warnings();
    expect(claimCacheDir(join(root, "file"), w.warn)).toBe(false);
    mkdirSync(join(root, "odd"));
    writeFileSync(join(root, "odd", CACHE_TAG_FILE), "my own notes");
    expect(claimCacheDir(join(root, "odd"), w.warn)).toBe(false);
    expect(readFileSync(join(root, "odd", CACHE_TAG_FILE), "utf8")).toBe("my own notes");
    expect(w.said).toHaveLength(2);
  });
});
