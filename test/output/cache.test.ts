// The generate cache is verified and never fails a run: a damaged, edited, empty or escaping
// entry is a miss with a warning; a cache that cannot be written (full, read-only, forbidden)
// is a warning, and its temporary file is gone afterwards.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { tempDir } from "../support/temp-dir.ts";

/** Makes the next writes of cache temporary files fail with `code`, after writing part of them. */
const failing = vi.hoisted(() => ({ code: null as string | null }));

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const writeFileSync = ((path: string, data: string, options?: unknown) => {
    if (failing.code && String(path).includes(".json.tmp-")) {
      fs.writeFileSync(path, String(data).slice(0, 100)); // a full disk takes part of it first
      throw Object.assign(new Error(`${failing.code}: simulated`), { code: failing.code });
    }
    return fs.writeFileSync(path, data, options as never);
  }) as typeof fs.writeFileSync;
  return { ...fs, writeFileSync, default: { ...fs, writeFileSync } };
});

const { cacheKey, hashFiles, readCache, writeCache } = await import("../../generator/output/cache.ts");

const KEY = "0123456789abcdef0123456789abcdef";
const FILES = [
  { path: "manifest.json", content: '{ "generator": "tlgen" }\n' },
  { path: "src/runtime/reader.ts", content: "export const MAX_DEPTH = 64;\n" },
];

function cacheDir(): string {
  return tempDir("tlgen-cache-");
}

/** Writes an entry file by hand, with the right hash unless one is given. */
function writeEntry(dir: string, entry: unknown): void {
  writeFileSync(join(dir, `${KEY}.json`), typeof entry === "string" ? entry : JSON.stringify(entry));
}

function collect(): { warn: (m: string) => void; warnings: string[] } {
  const warnings: string[] = [];
  return { warn: (m) => warnings.push(m), warnings };
}

beforeEach(() => {
  failing.code = null;
});

describe("cache keys", () => {
  const inputs = { schema: [{ file: "a.tl", text: "a = A;\n" }], selection: ["f"], options: { all: false } };

  it("are 32 hex digits, the same for the same inputs", () => {
    expect(cacheKey(inputs)).toMatch(/^[0-9a-f]{32}$/);
    expect(cacheKey(JSON.parse(JSON.stringify(inputs)))).toBe(cacheKey(inputs));
  });

  it("change with any input: a schema byte, the selection, an option", () => {
    const keys = [
      cacheKey(inputs),
      cacheKey({ ...inputs, schema: [{ file: "a.tl", text: "a = A; \n" }] }),
      cacheKey({ ...inputs, selection: ["g"] }),
      cacheKey({ ...inputs, options: { all: true } }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("the hash of an entry's files", () => {
  it("covers paths, contents and order, with lengths so that no two file lists run together", () => {
    const hashes = [
      hashFiles(FILES),
      hashFiles([...FILES].reverse()),
      hashFiles([{ path: "ab", content: "c" }]),
      hashFiles([{ path: "a", content: "bc" }]),
      hashFiles([{ path: "a", content: "b" }, { path: "c", content: "" }]),
      hashFiles([{ path: "a", content: "b\u0000c" }]),
    ];
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(hashFiles(FILES)).toBe(hashFiles(FILES.map((f) => ({ ...f }))));
  });
});

describe("reading the cache", () => {
  it("returns the files written under a key, checked against their hash", () => {
    const dir = cacheDir();
    const { warn, warnings } = collect();
    writeCache(dir, KEY, FILES, warn);
    const entry = JSON.parse(readFileSync(join(dir, `${KEY}.json`), "utf8"));
    expect(entry).toMatchObject({ format: 1, key: KEY, sha256: hashFiles(FILES) });
    expect(readCache(dir, KEY, warn)).toEqual(FILES);
    expect(readCache(dir, "f".repeat(32), warn)).toBeNull();
    expect(warnings).toEqual([]);
  });

  it("ignores an entry whose content was edited after it was written, with a warning", () => {
    const dir = cacheDir();
    writeCache(dir, KEY, FILES, () => {});
    const file = join(dir, `${KEY}.json`);
    writeFileSync(file, readFileSync(file, "utf8").replace("MAX_DEPTH = 64", "MAX_DEPTH = 6400"));
    const { warn, warnings } = collect();
    expect(readCache(dir, KEY, warn)).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/^ignoring the cache entry .+: its contents do not match its hash \(edited or damaged\); generating afresh$/)]);
  });

  it.each([
    ["[]", "[]", "it is an empty list, not an entry"],
    ["truncated JSON", '{"format":1,"key":"', "it is not valid JSON"],
    ["null", "null", "it is not an entry"],
    ["the old format (a bare list of files)", JSON.stringify(FILES), "it is a list, not an entry"],
    ["another format", { format: 2, key: KEY, sha256: hashFiles(FILES), files: FILES }, "its format is 2, not 1"],
    ["another key", { format: 1, key: "x", sha256: hashFiles(FILES), files: FILES }, "it was stored under another key"],
    ["no files", { format: 1, key: KEY, sha256: hashFiles([]), files: [] }, "it holds no files"],
    ["a file without content", { format: 1, key: KEY, sha256: "", files: [{ path: "a" }] }, "a file in it has no path or content"],
    ["no manifest", { format: 1, key: KEY, sha256: hashFiles(FILES.slice(1)), files: FILES.slice(1) }, "it has no manifest.json"],
  ])("treats %s as a miss with a warning", (_name, entry, why) => {
    const dir = cacheDir();
    writeEntry(dir, entry);
    const { warn, warnings } = collect();
    expect(readCache(dir, KEY, warn)).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`: ${why}; generating afresh`);
  });

  it.each(["../ESCAPED.txt", "src/../../ESCAPED.txt", "/tmp/ESCAPED.txt", "src\\..\\..\\x"])("refuses an entry naming %j, even with a matching hash", (path) => {
    const dir = cacheDir();
    const files = [...FILES, { path, content: "escaped" }];
    writeEntry(dir, { format: 1, key: KEY, sha256: hashFiles(files), files });
    const { warn, warnings } = collect();
    expect(readCache(dir, KEY, warn)).toBeNull();
    expect(warnings[0]).toContain(`it names a path outside the output folder: ${JSON.stringify(path)}`);
  });
});

describe("writing the cache", () => {
  it.each(["ENOSPC", "EROFS", "EACCES"])("warns and carries on when the write fails with %s, leaving no temporary file", (code) => {
    const dir = cacheDir();
    failing.code = code;
    const { warn, warnings } = collect();
    expect(() => writeCache(dir, KEY, FILES, warn)).not.toThrow();
    expect(warnings).toEqual([expect.stringMatching(/^could not write the cache in .+ \((no space left on the device|read-only file system|permission denied)\); carrying on without it$/)]);
    expect(readdirSync(dir)).toEqual(["CACHEDIR.TAG"]); // the folder is tlgen's: only the entry failed
  });

  it("warns and carries on when the cache folder cannot even be made (its path runs through a file)", () => {
    const parent = cacheDir();
    writeFileSync(join(parent, "file"), "x");
    const { warn, warnings } = collect();
    expect(() => writeCache(join(parent, "file", "cache"), KEY, FILES, warn)).not.toThrow();
    expect(warnings).toHaveLength(1);
    expect(readdirSync(parent)).toEqual(["file"]);
  });

  it("removes temporary files left by writers that died, and keeps only the newest entries", () => {
    const dir = cacheDir();
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
    writeFileSync(join(dir, `${KEY}.json.tmp-${dead}-abc`), "partial");
    writeFileSync(join(dir, "render-cache.json"), "{}");
    for (let i = 0; i < 6; i++) writeCache(dir, `${i}`.repeat(32), FILES, () => {});
    const left = readdirSync(dir);
    expect(left.filter((f) => f.includes(".tmp-"))).toEqual([]);
    expect(left.filter((f) => f.endsWith(".json") && f !== "render-cache.json")).toHaveLength(4);
    expect(left).toContain("render-cache.json"); // not an entry: the render cache's own file
    expect(existsSync(join(dir, `${"5".repeat(32)}.json`))).toBe(true);
  });
});
