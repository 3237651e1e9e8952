// tlgen as a user gets it: `npm pack`, the tarball installed as a devDependency of a fresh
// project outside the repository, a tlgen.config.mjs and a bare `npx tlgen generate`, the output
// installed and used by a strict TypeScript consumer built with tsc and run with node (bytes
// compared with known vectors), the library API writing a second output, `npx tlgen check`, a
// .ts config on plain Node; and nothing ever written inside node_modules/tlgen.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { listTree } from "../../generator/base/files.ts";
import { runTsc } from "../support/tsc.ts";
import { installedProject, ok, removeProject, sh, type PackInfo, type Run } from "../support/packed-tlgen.ts";

/** Every file under `dir` with a hash of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(listTree(dir).map((f) => [f, createHash("sha256").update(readFileSync(join(dir, f))).digest("hex")]));
}

const CONFIG = `import { defineConfig } from "tlgen";

export default defineConfig({
  schema: ["schema/api.tl", "schema/mtproto.tl"],
  include: ["messages.exportChatInvite", "messages.importChatInvite"],
  out: "tl",
  name: "my-tl",
});
`;

const MAIN = `import { Api, LAYER } from "my-tl";

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
const exported = new Api.messages.ExportChatInvite({
  peer: { _: "inputPeerSelf" },
  legacyRevokePermanent: true,
  requestNeeded: true,
  expireDate: 43,
  usageLimit: 43,
  title: "My very normal title",
});
const imported = new Api.messages.ImportChatInvite({ hash: "AbCdEf" });
console.log(\`layer \${LAYER}\`);
console.log(\`messages.exportChatInvite \${hex(exported.serialize())}\`);
console.log(\`messages.importChatInvite \${hex(imported.serialize())}\`);
`;

const BUILD = `import { generate, defineConfig, type GenerateSummary, type TlgenConfig } from "tlgen";

const config: TlgenConfig = defineConfig({ schema: ["schema/api.tl", "schema/mtproto.tl"], include: ["help.getInviteText"], out: "tl-second", name: "tl-second" });
const summary: GenerateSummary = await generate(config);
console.log(JSON.stringify({ name: summary.name, layer: summary.layer, methods: summary.methods, written: summary.written, files: summary.files }));
`;

const TS_CONFIG = `import { defineConfig, type TlgenConfig } from "tlgen";

const methods: string[] = ["help.getInviteText"];
export default defineConfig({ schema: ["schema/api.tl", "schema/mtproto.tl"], include: methods, out: "tl-from-ts", name: "tl-from-ts" } satisfies TlgenConfig);
`;

const TSCONFIG = {
  compilerOptions: { strict: true, target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2022", "DOM"], types: [], rootDir: "src", outDir: "dist", skipLibCheck: false, noEmitOnError: true },
  include: ["src"],
};

describe("tlgen installed from its tarball into a fresh project", () => {
  let dir: string;
  let project: string;
  let installed: string;
  let pack: PackInfo;
  let before: Record<string, string>;
  let cold: Run;
  let cached: Run;

  beforeAll(async () => {
    ({ dir, project, pack } = await installedProject());
    installed = join(project, "node_modules", "tlgen");
    before = fingerprint(installed);
    writeFileSync(join(project, "tlgen.config.mjs"), CONFIG);
    cold = ok(sh("npx", ["tlgen", "generate"], project), "npx tlgen generate");
    cached = ok(sh("npx", ["tlgen", "generate"], project), "npx tlgen generate (again)");
    console.log(`tarball: ${pack.entryCount} files, ${(pack.size / 1024).toFixed(0)} KiB (${(pack.unpackedSize / 1024).toFixed(0)} KiB unpacked); generate: cold ${cold.seconds.toFixed(2)} s, cached ${cached.seconds.toFixed(2)} s`);
  }, 900_000);

  afterAll(() => removeProject(dir));

  it("packs only what a user needs: the compiled CLI and library, declarations, the bundled schema, runtime sources, the license, changelog and docs pages; no test or fixture", () => {
    const paths = pack.files.map((f) => f.path).sort();
    for (const p of paths) expect(p).toMatch(/^(README\.md|LICENSE|CHANGELOG\.md|docs\/[\w-]+\.md|package\.json|bin\/tlgen\.js|dist\/.+\.(m?js|d\.ts)|dist\/render-cache\.json|schema\/[^/]+\.(tl|json|txt)|generator\/(runtime|helpers)\/.+\.ts)$/);
    expect(paths).toEqual(expect.arrayContaining(["dist/cli.js", "dist/index.js", "dist/index.d.ts", "schema/api.tl", "schema/api-docs.json", "schema/ctor-id-allowlist.json", "generator/runtime/wire/reader.ts", "README.md", "LICENSE", "CHANGELOG.md", "docs/README.md", "docs/configuration.md"]));
    expect(paths.filter((p) => /(^|\/)(test|tests|fixtures?)\/|\.test\.ts$/.test(p))).toEqual([]);
    expect(relative(PROJECT_ROOT, dir).startsWith("..")).toBe(true);
  });

  it("generates the package from tlgen.config.mjs with a bare npx tlgen generate, then reuses the project's cache", () => {
    expect(cold.stdout).toMatch(/^tl: my-tl, layer 227, 2 methods, \d+ constructors, \d+ types, \d+ files in /);
    expect(cached.stdout).toContain("(unchanged inputs: reused the cache in node_modules/.cache/tlgen)");
    expect(existsSync(join(project, "tl", "package.json"))).toBe(true);
    expect(readFileSync(join(project, "tl", "src", "api.ts"), "utf8")).toContain("schema/api.tl, schema/mtproto.tl (layer 227). Do not edit by hand:\n// change the schema or the selection and run `tlgen generate`.");
  });

  it("builds a strict TypeScript consumer with tsc and prints the known bytes at layer 227", () => {
    ok(sh("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "./tl"], project), "npm install ./tl");
    mkdirSync(join(project, "src"), { recursive: true });
    writeFileSync(join(project, "src", "main.ts"), MAIN);
    writeFileSync(join(project, "src", "build.ts"), BUILD);
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
    const tsc = runTsc(["-p", join(project, "tsconfig.json")], project);
    expect(tsc.output).toBe("");
    expect(tsc.code).toBe(0);
    const run = ok(sh(process.execPath, [join(project, "dist", "main.js")], project), "node dist/main.js");
    expect(run.stdout).toBe(
      "layer 227\n" +
        "messages.exportChatInvite 90de55a41f000000c97ea07d2b0000002b000000144d792076657279206e6f726d616c207469746c65000000\n" +
        "messages.importChatInvite 6e4391de0641624364456600\n",
    );
  });

  // Runs src/build.ts, which the test above compiled.
  it('writes a second output with import { generate } from "tlgen"', () => {
    const run = ok(sh(process.execPath, [join(project, "dist", "build.js")], project), "node dist/build.js");
    expect(JSON.parse(run.stdout)).toMatchObject({ name: "tl-second", layer: 227, methods: 1, written: true });
    expect(JSON.parse(readFileSync(join(project, "tl-second", "manifest.json"), "utf8")).methods).toEqual({ "help.getInviteText": "help.getInviteText#4d392343 = help.InviteText;" });
  });

  it("checks a schema file with npx tlgen check", () => {
    const run = ok(sh("npx", ["tlgen", "check", "schema/api.tl"], project), "npx tlgen check");
    expect(run.stdout).toMatch(/^schema\/api\.tl: layer 227, \d+ constructors, \d+ functions, \d+ ids checked, 0 mismatched, 0 errors, parsed and checked in \d+ ms\n$/);
  });

  it("loads a tlgen config written in TypeScript on plain Node, without tsx", () => {
    expect(existsSync(join(project, "node_modules", "tsx"))).toBe(false);
    writeFileSync(join(project, "alt.config.ts"), TS_CONFIG);
    const run = ok(sh("npx", ["tlgen", "generate", "--config", "alt.config.ts"], project), "npx tlgen generate --config alt.config.ts");
    expect(run.stdout).toMatch(/^tl-from-ts: tl-from-ts, layer 227, 1 method,/);
  });

  it("writes nothing under node_modules/tlgen", () => {
    expect(Object.keys(before).length).toBe(pack.entryCount);
    expect(fingerprint(installed)).toEqual(before);
  });
});
