import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRenderCache, saveRenderCache } from "../../generator/render-cache.ts";

const folder = () => mkdtempSync(join(tmpdir(), "tlgen-render-cache-"));

describe("render cache kept between runs", () => {
  it("saves what a run used and loads it back", () => {
    const dir = folder();
    const warnings: string[] = [];
    const first = loadRenderCache(dir, (m) => warnings.push(m));
    first.formatted.set("a", "formatted a");
    first.formatted.set("stale", "not used");
    first.compiled.set("m", { js: "js", dts: "dts" });
    first.used.add("a").add("m");
    first.dirty = true;
    saveRenderCache(dir, first, (m) => warnings.push(m));
    const second = loadRenderCache(dir, (m) => warnings.push(m));
    expect(second.formatted.get("a")).toBe("formatted a");
    expect(second.formatted.has("stale")).toBe(false);
    expect(second.compiled.get("m")).toEqual({ js: "js", dts: "dts" });
    expect(warnings).toEqual([]);
  });

  it("writes nothing when the run added nothing", () => {
    const dir = folder();
    const cache = loadRenderCache(dir, () => {});
    cache.formatted.set("a", "x");
    cache.used.add("a");
    saveRenderCache(dir, cache, () => {});
    expect(() => readFileSync(join(dir, "render-cache.json"))).toThrow();
  });

  it("ignores an edited or damaged file with a warning that names it", () => {
    const dir = folder();
    const cache = loadRenderCache(dir, () => {});
    cache.formatted.set("a", "good");
    cache.used.add("a");
    cache.dirty = true;
    saveRenderCache(dir, cache, () => {});
    const file = join(dir, "render-cache.json");
    writeFileSync(file, readFileSync(file, "utf8").replace("good", "evil"));
    const warnings: string[] = [];
    expect(loadRenderCache(dir, (m) => warnings.push(m)).formatted.has("a")).toBe(false);
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
    cache.formatted.set("a", "x");
    cache.used.add("a");
    cache.dirty = true;
    const warnings: string[] = [];
    expect(() => saveRenderCache(join(blocked, "cache"), cache, (m) => warnings.push(m))).not.toThrow();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^could not write .*render-cache\.json \(.+\); carrying on without it$/);
  });
});
