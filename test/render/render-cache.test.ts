import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRenderCache, saveRenderCache } from "../../generator/render/render-cache.ts";
import { tempDir } from "../support/temp-dir.ts";

const folder = () => tempDir("tlgen-render-cache-");

describe("render cache kept between runs", () => {
  it("saves what a run used and loads it back", () => {
    const dir = folder();
    const warnings: string[] = [];
    const first = loadRenderCache(dir, (m) => warnings.push(m));
    first.entries.set("formatted:a", "formatted a");
    first.entries.set("formatted:stale", "not used");
    first.entries.set("js:m", "js");
    first.used.add("formatted:a").add("js:m");
    first.dirty = true;
    saveRenderCache(dir, first, (m) => warnings.push(m));
    const second = loadRenderCache(dir, (m) => warnings.push(m));
    expect(second.entries.get("formatted:a")).toBe("formatted a");
    expect(second.entries.has("formatted:stale")).toBe(false);
    expect(second.entries.get("js:m")).toBe("js");
    expect(warnings).toEqual([]);
  });

  it("writes nothing when the run added nothing", () => {
    const dir = folder();
    const cache = loadRenderCache(dir, () => {});
    cache.entries.set("a", "x");
    cache.used.add("a");
    saveRenderCache(dir, cache, () => {});
    expect(() => readFileSync(join(dir, "render-cache.json"))).toThrow();
  });

  it("leaves out, without a warning, what another tlgen wrote", () => {
    const dir = folder();
    const cache = loadRenderCache(dir, () => {});
    cache.entries.set("a", "x");
    cache.used.add("a");
    cache.dirty = true;
    saveRenderCache(dir, cache, () => {});
    const file = join(dir, "render-cache.json");
    const [headerLine, body] = readFileSync(file, "utf8").split("\n");
    const header = JSON.parse(headerLine);
    expect(header.generator).toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(file, `${JSON.stringify({ ...header, generator: "0".repeat(64) })}\n${body}`);
    const warnings: string[] = [];
    expect(loadRenderCache(dir, (m) => warnings.push(m)).entries.has("a")).toBe(false);
    expect(warnings).toEqual([]);
    // A file of another layout (an older tlgen's) is left out silently too.
    writeFileSync(file, JSON.stringify({ format: 1, sha256: "x", formatted: [], compiled: [] }));
    expect(loadRenderCache(dir, (m) => warnings.push(m)).entries.has("a")).toBe(false);
    expect(warnings).toEqual([]);
  });

  it("ignores an edited or damaged file with a warning that names it", () => {
    const dir = folder();
    const cache = loadRenderCache(dir, () => {});
    cache.entries.set("a", "good");
    cache.used.add("a");
    cache.dirty = true;
    saveRenderCache(dir, cache, () => {});
    const file = join(dir, "render-cache.json");
    writeFileSync(file, readFileSync(file, "utf8").replace("good", "evil"));
    const warnings: string[] = [];
    expect(loadRenderCache(dir, (m) => warnings.push(m)).entries.has("a")).toBe(false);
    expect(warnings).toEqual([`ignoring ${file}: its contents do not match its hash (edited or damaged)`]);
    writeFileSync(file, "{not json");
    warnings.length = 0;
    loadRenderCache(dir, (m) => warnings.push(m));
    expect(warnings).toEqual([`ignoring ${file}: it is not valid JSON`]);
  });

  it("warns and carries on when the folder cannot be written", () => {
    const dir = folder();
    const blocked = join(dir, "blocked");
    writeFileSync(blocked, "a file where the folder should be");
    const cache = loadRenderCache(null, () => {});
    cache.entries.set("a", "x");
    cache.used.add("a");
    cache.dirty = true;
    const warnings: string[] = [];
    expect(() => saveRenderCache(join(blocked, "cache"), cache, (m) => warnings.push(m))).not.toThrow();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^could not write .*render-cache\.json \(.+\); carrying on without it$/);
  });
});
