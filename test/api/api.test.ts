// The programmatic API as a build script uses it: generate() writes and summarizes,
// generateFiles() touches no file, errors carry their diagnostics as data, check() and diff()
// return data, and the cache lives in the caller's project.
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { check, diff, generate, generateFiles, TlgenError, type SchemaText } from "../../generator/index.ts";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { tempDir } from "../support/temp-dir.ts";

/** The small fixture schema, as text (read when a test runs, not at collection). */
let fixtureText: string | null = null;
const fixture = (): SchemaText => ({
  file: "fixture.tl",
  text: (fixtureText ??= ["builtins.tl", "emitter-cases.tl"].map((f) => readFileSync(join(PROJECT_ROOT, "schema", "fixtures", f), "utf8")).join("\n")),
});

function project(): string {
  const dir = tempDir("tlgen-api-");
  writeFileSync(join(dir, "package.json"), '{ "name": "consumer", "private": true }\n');
  return dir;
}

async function rejection(p: Promise<unknown>): Promise<TlgenError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TlgenError) return e;
    throw e;
  }
  throw new Error("expected a TlgenError, the call resolved");
}

describe("generateFiles", () => {
  it("returns the package's files and figures and writes nothing, not even a cache", async () => {
    const dir = project();
    const pkg = await generateFiles({ schema: [fixture()], include: "getThing", name: "pure", cwd: dir, layer: 7 });
    expect(pkg.name).toBe("pure");
    expect(pkg.stats).toMatchObject({ layer: 7, methods: 1, functions: 1 });
    expect(pkg.files.map((f) => f.path)).toContain("src/requests/root.ts");
    expect(JSON.parse(pkg.files.find((f) => f.path === "package.json")!.content)).toMatchObject({ name: "pure", version: "7.0.0" });
    expect(readdirSync(dir)).toEqual(["package.json"]);
  });

  it("makes every module a module, even one the selection leaves empty (no writers for a method that sends no objects)", async () => {
    const pkg = await generateFiles({ include: "messages.importChatInvite", cwd: project() });
    const writers = pkg.files.find((f) => f.path === "dist/writers.d.ts")!.content;
    expect(writers.trimEnd().endsWith("export {};")).toBe(true);
    // A d.ts with no import or export is a script, and `export * from` it fails to type-check.
    const scripts = pkg.files.filter((f) => f.path.endsWith(".d.ts") && !/^(import|export) /m.test(f.content)).map((f) => f.path);
    expect(scripts).toEqual([]);
  });

  it("reports signature changes against a previous manifest it is given", async () => {
    const previous = JSON.stringify({ layer: 0, methods: { getThing: "getThing#0 = Optional;", gone: "gone = X;" } });
    const pkg = await generateFiles({ schema: [fixture()], include: "getThing", cwd: project(), previousManifest: previous });
    expect(pkg.signatureChanges).toEqual(["~ getThing: getThing#0 = Optional; -> getThing flags:# a:flags.0?true thing:TrueFlag = Optional;", "- gone"]);
  });
});

describe("generate", () => {
  it("writes the package, summarizes it, then reuses the cache in the caller's node_modules/.cache/tlgen", async () => {
    const dir = project();
    const first = await generate({ schema: [fixture()], all: true, out: "pkg", cwd: dir });
    expect(first).toMatchObject({ name: "pkg", out: join(dir, "pkg"), layer: 0, methods: 3, written: true, upToDate: false, cached: false, changed: [], removed: [] });
    expect(first.added.length).toBe(first.files);
    const cached = readdirSync(join(dir, "node_modules", ".cache", "tlgen")).filter((f) => f.endsWith(".json"));
    expect(cached.filter((f) => f !== "render-cache.json")).toHaveLength(1);
    expect(cached).toContain("render-cache.json");
    const again = await generate({ schema: [fixture()], all: true, out: "pkg", cwd: dir });
    expect(again).toMatchObject({ written: false, upToDate: true, cached: true, added: [], changed: [], removed: [], methods: 3 });
  });

  it("with check: true, lists what differs and writes nothing", async () => {
    const dir = project();
    await generate({ schema: [fixture()], all: true, out: "pkg", cwd: dir, cacheDir: false });
    writeFileSync(join(dir, "pkg", "README.md"), "edited\n");
    const r = await generate({ schema: [fixture()], all: true, out: "pkg", cwd: dir, cacheDir: false, check: true });
    expect(r).toMatchObject({ upToDate: false, written: false, changed: ["README.md"], added: [], removed: [] });
    expect(readFileSync(join(dir, "pkg", "README.md"), "utf8")).toBe("edited\n");
  });

  it("rejects with the schema's diagnostics as data, and writes nothing", async () => {
    const dir = project();
    const e = await rejection(generate({ schema: [{ file: "bad.tl", text: "a x:Nope = A;\n---functions---\nf = A;\n" }], all: true, out: "pkg", cwd: dir }));
    expect(e.kind).toBe("schema");
    expect(e.message).toBe('1 error in the input: unknown type "Nope" in a.x; nothing was generated');
    expect(e.diagnostics).toEqual([expect.objectContaining({ severity: "error", code: "TL011", file: "bad.tl", line: 1, notes: [], text: expect.stringContaining("1 | a x:Nope = A;") })]);
    expect(existsSync(join(dir, "pkg"))).toBe(false);
  });

  it("rejects bad options with the field named and the nearest known one", async () => {
    const e = await rejection(generate({ scheam: "x.tl" } as never));
    expect(e.kind).toBe("usage");
    expect(e.message).toMatch(/^generate\(\) options: unknown field "scheam"; did you mean "schema"\?/);
    expect((await rejection(generate({ schema: [fixture()], cwd: project() }))).message).toMatch(/^which methods\? With your own schema, give "include"/);
    expect((await rejection(generate({ include: "x", all: true }))).message).toMatch(/^"include" and "all" cannot be used together/);
  });

  it("refuses package names npm refuses, and tlgen's own, which would replace the tool once installed", async () => {
    const opts = (name: string) => ({ schema: [fixture()], include: "getThing", name, cwd: project() });
    expect((await rejection(generateFiles(opts("node_modules")))).message).toBe('"node_modules" is not a valid npm package name (name)');
    expect((await rejection(generateFiles(opts("tlgen")))).message).toMatch(/^"tlgen" is tlgen's own name/);
    expect((await generateFiles(opts("tlgen-output"))).name).toBe("tlgen-output");
  });
});

describe("check and diff", () => {
  it("check returns counts and diagnostics as data", async () => {
    const r = await check({ schema: [{ file: "t.tl", text: "boolTrue#997275b5 = Bool;\na x:strin = A;\n" }] });
    expect(r).toMatchObject({ layer: null, constructors: 2, functions: 0, idsChecked: 1, idsMismatched: [], errors: 1, warnings: 0 });
    expect(r.diagnostics[0]).toMatchObject({ code: "TL011", file: "t.tl", line: 2 });
  });

  it("diff returns the entries and the printed changelog", async () => {
    const r = await diff({ from: { file: "a.tl", text: "a = A;\n---functions---\nf x:int = A;\n" }, to: { file: "b.tl", text: "a = A;\n---functions---\nf x:long = A;\n" } });
    expect(r.entries).toEqual([expect.objectContaining({ kind: "method", name: "f", status: "changed", breaking: true })]);
    expect(r.text).toContain("~ x: int -> long  (breaks callers)");
  });
});
