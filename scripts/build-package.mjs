// npm run build (and prepack): compiles what the published package runs. The CLI and the library
// are bundled by esbuild into dist/ (packages stay external: they are the package's
// dependencies); the library's declarations are written from its entry point and the modules its
// types reach, which must stay a handful of self-contained files (api/types.ts). Nothing here
// runs at a user's site.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const generator = join(root, "generator");
const dist = join(root, "dist");

rmSync(dist, { recursive: true, force: true });
const result = await build({
  entryPoints: { cli: join(generator, "cli", "cli.ts"), index: join(generator, "index.ts") },
  outdir: dist,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  chunkNames: "chunks/[name]-[hash]",
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
});
// The printing thread's script sits beside the module that starts it (printer.ts: new URL("./print-worker.mjs")).
for (const [output, meta] of Object.entries(result.metafile.outputs)) {
  if (Object.keys(meta.inputs).some((i) => i.endsWith("generator/render/printer.ts"))) copyFileSync(join(generator, "render", "print-worker.mjs"), join(root, dirname(output), "print-worker.mjs"));
}
const external = new Set(Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external && !i.path.startsWith("node:")).map((i) => i.path.split("/").slice(0, i.path.startsWith("@") ? 2 : 1).join("/"))));
const deps = Object.keys(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).dependencies ?? {});
const undeclared = [...external].filter((p) => !deps.includes(p));
if (undeclared.length) throw new Error(`dist/ imports packages that are not dependencies: ${undeclared.join(", ")}`);

// Declarations: from generator/index.ts, following the relative imports the declarations keep.
const pending = [join(generator, "index.ts")];
const written = new Set();
while (pending.length) {
  const file = pending.pop();
  if (written.has(file)) continue;
  written.add(file);
  const out = ts.transpileDeclaration(readFileSync(file, "utf8"), {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: { declaration: true, isolatedDeclarations: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, allowImportingTsExtensions: true },
  });
  if (out.diagnostics?.length) throw new Error(`${relative(root, file)}: ${ts.flattenDiagnosticMessageText(out.diagnostics[0].messageText, "\n")}`);
  const text = out.outputText.replace(/(from\s+["'])(\.{1,2}\/[^"']+)\.ts(["'])/g, (_, a, path, b) => {
    pending.push(join(dirname(file), `${path}.ts`));
    return `${a}${path}.js${b}`;
  });
  const target = join(dist, relative(generator, file).replace(/\.ts$/, ".d.ts"));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}
const names = [...written].map((f) => relative(generator, f)).sort();
console.log(`dist/: ${Object.keys(result.metafile.outputs).length} JavaScript files, declarations from ${names.join(", ")}; external: ${[...external].sort().join(", ")}`);

// The runtime's compiled JavaScript and formatted declarations are the same for every package of
// this tlgen version: computed once here, shipped as dist/render-cache.json, so a generation at a
// user's site does not pay for them (render-cache.ts).
{
  const { mkdtempSync, readFileSync: read, writeFileSync: write, rmSync: rm } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { spawnSync } = await import("node:child_process");
  const scratch = mkdtempSync(join(tmpdir(), "tlgen-build-"));
  const runner = join(scratch, "run.mjs");
  write(runner, `const { main } = await import(${JSON.stringify(new URL("file://" + join(dist, "cli.js")).href)}); process.exitCode = await main(process.argv.slice(2));`);
  const gen = spawnSync(process.execPath, [runner, "generate", "--config", join(root, "tlgen.config.ts"), "--out", join(scratch, "out"), "--cache-dir", join(scratch, "cache")], { cwd: root, encoding: "utf8" });
  if (gen.status !== 0) throw new Error(`building the render cache failed:\n${gen.stderr}`);
  // The file's layout (render-cache.ts): a JSON header line, then the entries' JSON.
  const text = read(join(scratch, "cache", "render-cache.json"), "utf8");
  const header = JSON.parse(text.slice(0, text.indexOf("\n")));
  // Only what every package shares: the copied modules' JavaScript and declarations (their keys
  // name the module: js:/dts: of "runtime/..." or "helpers/..." text), not this package's own.
  const { createHash } = await import("node:crypto");
  const copiedKeys = new Set(copiedModuleKeys(createHash));
  const entries = JSON.parse(text.slice(text.indexOf("\n") + 1)).filter(([k]) => copiedKeys.has(k));
  const body = JSON.stringify(entries);
  const sha256 = createHash("sha256").update(body).digest("hex");
  write(join(dist, "render-cache.json"), `${JSON.stringify({ format: header.format, generator: null, sha256 })}\n${body}`);
  rm(scratch, { recursive: true, force: true });
  console.log(`dist/render-cache.json: ${entries.length} entries (JavaScript and declarations of ${copiedKeys.size / 2} runtime and helper modules)`);
}

/** The render cache's keys of every copied module's JavaScript and declarations (render.ts's keyOf). */
function copiedModuleKeys(createHash) {
  const keys = [];
  for (const folder of ["runtime", "helpers"]) {
    // Every .ts file below the folder, named by its path (wire/reader.ts); the layer module is
    // written per package, so it is not shared.
    const names = readdirSync(join(generator, folder), { recursive: true }).map((f) => f.split(sep).join("/"));
    for (const name of names.filter((f) => f.endsWith(".ts") && `${folder}/${f}` !== "runtime/wire/layer.ts")) {
      // keyOf hashes each part of its input followed by a NUL.
      const input = `${folder}/${name}\0${readFileSync(join(generator, folder, name), "utf8")}\0`;
      const sha = createHash("sha256").update(input).digest("hex");
      keys.push(`js:${sha}`, `dts:${sha}`);
    }
  }
  return keys;
}
