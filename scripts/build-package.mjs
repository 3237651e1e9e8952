// npm run build (and prepack): compiles what the published package runs. The CLI and the library
// are bundled by esbuild into dist/ (packages stay external: they are the package's
// dependencies); the library's declarations are written from its entry point and the modules its
// types reach, which must stay a handful of self-contained files (api/types.ts). Nothing here
// runs at a user's site.
import { build } from "esbuild";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const generator = join(root, "generator");
const dist = join(root, "dist");

rmSync(dist, { recursive: true, force: true });
const result = await build({
  entryPoints: { cli: join(generator, "cli.ts"), index: join(generator, "index.ts") },
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
