// What the caches take on trust, and what not: an entry whose hash matches is whole, but only
// its signature under this user's secret (generator/base/cache-mac.ts) says tlgen wrote it, so an
// entry planted with a correct hash is a quiet miss; one whose manifest is not JSON is a miss with
// a warning; and the temporary files of killed runs (both caches') are removed by the next run.
import { afterEach, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkEntry, hashFiles, NOT_OURS, readCache, removeDeadTemps, writeCache } from "../../generator/output/cache.ts";
import { loadRenderCache, saveRenderCache } from "../../generator/render/render-cache.ts";
import { cacheMac, cacheSecretFile } from "../../generator/base/cache-mac.ts";
import { tlgen } from "../cli/tlgen.ts";

const KEY = "0123456789abcdef0123456789abcdef";
const FILES = [
  { path: "manifest.json", content: '{ "generator": "tlgen" }\n' },
  { path: "src/index.ts", content: "export const x = 1;\n" },
];

const folders: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "tlgen-cache-trust-"));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const collect = () => {
  const warnings: string[] = [];
  return { warn: (m: string) => warnings.push(m), warnings };
};

describe("the cache's signature", () => {
  it("is kept outside the project, in the user's cache home (this test run's)", () => {
    expect(cacheSecretFile()).toBe(join(process.env.XDG_CACHE_HOME!, "tlgen", "cache-key"));
    expect(cacheMac("x")).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(cacheSecretFile()!, "utf8")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("turns away an entry planted with a correct hash but no signature, or another's: a quiet miss", () => {
    const dir = folder();
    const planted = [FILES[0], { path: "src/index.ts", content: "globalThis.PWNED = 1;\n" }];
    for (const mac of [undefined, "0".repeat(64), cacheMac("another hash")]) {
      writeFileSync(join(dir, `${KEY}.json`), JSON.stringify({ format: 1, key: KEY, sha256: hashFiles(planted), mac, files: planted }));
      const { warn, warnings } = collect();
      expect(readCache(dir, KEY, warn)).toBeNull();
      expect(warnings).toEqual([]);
      expect(checkEntry(JSON.parse(readFileSync(join(dir, `${KEY}.json`), "utf8")), KEY)).toBe(NOT_OURS);
    }
    writeCache(dir, KEY, FILES, () => {});
    expect(readCache(dir, KEY, () => {})).toEqual(FILES);
  });

  it("is checked on the render cache too: a project's file without one is left out", () => {
    const dir = folder();
    const cache = loadRenderCache(dir, () => {});
    cache.entries.set("printed:x", "export const planted = 1;");
    cache.used.add("printed:x");
    cache.dirty = true;
    saveRenderCache(dir, cache, () => {});
    const file = join(dir, "render-cache.json");
    const [headerLine, body] = readFileSync(file, "utf8").split("\n");
    const { mac: _, ...unsigned } = JSON.parse(headerLine);
    writeFileSync(file, `${JSON.stringify(unsigned)}\n${body}`);
    const { warn, warnings } = collect();
    expect(loadRenderCache(dir, warn).entries.has("printed:x")).toBe(false);
    expect(warnings).toEqual([]);
  });
});

describe("a cache entry whose manifest is not JSON", () => {
  it("is a miss with a warning, and the next write replaces it", () => {
    const dir = folder();
    const broken = [{ path: "manifest.json", content: "{ not json" }, FILES[1]];
    writeCache(dir, KEY, broken, () => {});
    const { warn, warnings } = collect();
    expect(readCache(dir, KEY, warn)).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/: its manifest\.json is not a JSON object; generating afresh$/)]);
    writeCache(dir, KEY, FILES, () => {});
    expect(readCache(dir, KEY, () => {})).toEqual(FILES);
  });
});

describe("temporary files of killed runs", () => {
  it("are removed, the render cache's as well as the entries', and only when their writer is dead", () => {
    const dir = folder();
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid!;
    const names = [`render-cache.json.tmp-${dead}-ab12cd`, `${KEY}.json.tmp-${dead}-zz9`, `render-cache.json.tmp-${process.pid}-live`];
    for (const n of names) writeFileSync(join(dir, n), "partial");
    removeDeadTemps(dir);
    expect(readdirSync(dir)).toEqual([names[2]]);
  });

  it("go on the next generate run, even one that reuses the cache", () => {
    const dir = folder();
    const schema = join(dir, "s.tl");
    writeFileSync(schema, "// LAYER 1\nthing x:int = Thing;\n---functions---\ngetThing = Thing;\n");
    const args = ["generate", "--schema", schema, "--all", "--out", join(dir, "out"), "--cache-dir", join(dir, "cache"), "--no-docs"];
    expect(tlgen(args, { cwd: dir }).code).toBe(0);
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid!;
    const leftover = join(dir, "cache", `render-cache.json.tmp-${dead}-k1ll3d`);
    writeFileSync(leftover, "partial");
    const again = tlgen(args, { cwd: dir });
    expect(again.stdout).toContain("reused the cache");
    expect(existsSync(leftover)).toBe(false);
  }, 120_000);
});
