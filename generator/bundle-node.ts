// dist/node/: the package's JavaScript in a few modules, for runtimes that load it as it is (Node,
// a browser without a bundler). Loading costs per module and per binding imported across modules,
// and the module-per-file build is some forty modules whose root re-exports two thousand names:
// bundled, importing the root costs a fraction. The layout:
//   runtime.js     the whole runtime, one instance (its classes and errors are shared by all);
//   index.js       the root: requests, readers, writers, guards, helpers (imports runtime.js);
//   codecs.js      every codec: the root's readers and writers, and the result writers;
//   readers.js, writers.js, guards.js, types.js, requests/<ns>.js: the root's names, re-exported.
// Bundlers get the module-per-file build instead (the `module` export condition), which they
// tree-shake, `Api`'s nested namespaces included; a bundle's namespaces are objects, which they
// cannot.
import { build, type Plugin } from "esbuild";
import type { GeneratedFile } from "./pipeline.ts";
import type { PackagePlan } from "./plan/plan.ts";
import { CODEC_COMPANIONS } from "./emit/emit-codecs.ts";

export async function bundleForNode(files: readonly GeneratedFile[], plan: PackagePlan, header: string): Promise<GeneratedFile[]> {
  const js = new Map(files.filter((f) => f.path.startsWith("dist/") && f.path.endsWith(".js")).map((f) => [`/${f.path}`, f.content]));
  const runtimeModules = [...js.keys()].filter((p) => p.startsWith("/dist/runtime/") && p !== "/dist/runtime/index.js").sort();
  const out: GeneratedFile[] = [];
  const bundle = async (name: string, entry: string, external: (path: string) => string | null) => {
    out.push({ path: `dist/node/${name}.js`, content: await bundleOne(js, entry, external, header) });
  };
  js.set("/entry/runtime.js", runtimeModules.map((p) => `export * from "${p}";`).join("\n"));
  await bundle("runtime", "/entry/runtime.js", () => null);
  const toRuntime = (path: string) => (path.startsWith("/dist/runtime/") ? "./runtime.js" : null);
  await bundle("index", "/dist/index.js", toRuntime);
  const readers = plan.constructors.filter((c) => c.layout.length).map((c) => c.reader).concat(plan.unions.map((u) => u.reader));
  const writers = [...plan.constructors.filter((c) => c.sent && c.layout.length).map((c) => c.writer), ...plan.unions.filter((u) => u.sent).map((u) => u.writer)];
  const companions = CODEC_COMPANIONS.flatMap(([, names]) => names);
  js.set("/entry/codecs.js", [reexport([...readers, ...writers], "/dist/index.js"), reexport(companions, "/dist/runtime/index.js"), 'export * from "/dist/result-writers.js";'].join("\n"));
  await bundle("codecs", "/entry/codecs.js", (path) => toRuntime(path) ?? (path === "/dist/readers.js" || path === "/dist/writers.js" || path === "/dist/index.js" ? "./index.js" : null));
  const thin = (name: string, text: string) => out.push({ path: `dist/node/${name}.js`, content: `${header}\n${text}\n` });
  thin("readers", reexport(readers, "./index.js"));
  thin("writers", reexport(writers, "./index.js"));
  thin("guards", reexport(plan.unions.map((u) => u.guard), "./index.js"));
  thin("types", "export {};");
  for (const m of plan.modules.filter((x) => x.namespace !== null)) {
    const names = m.functions.map((f) => f.className);
    thin(`requests/${m.module}`, `import { Api } from "../index.js";\n\nexport const { ${names.join(", ")} } = Api.${m.module};\nexport { LAYER } from "../runtime.js";`);
  }
  return out;
}

function reexport(names: readonly string[], from: string): string {
  return names.length ? `export { ${names.join(", ")} } from "${from}";` : "export {};";
}

/** One module: `entry` and what it imports, bundled; `external` maps a path to an import of another bundle. */
async function bundleOne(js: ReadonlyMap<string, string>, entry: string, external: (path: string) => string | null, header: string): Promise<string> {
  const inMemory: Plugin = {
    name: "generated-files",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (!args.path.startsWith(".") && !args.path.startsWith("/")) return { path: args.path, external: true };
        const path = args.path.startsWith("/") ? args.path : new URL(args.path, `file://${args.importer}`).pathname;
        const to = args.kind === "entry-point" ? null : external(path);
        return to ? { path: to, external: true } : { path, namespace: "generated" };
      });
      b.onLoad({ filter: /.*/, namespace: "generated" }, (args) => {
        const contents = js.get(args.path);
        if (contents === undefined) throw new Error(`internal: ${args.path} is not among the generated files`);
        return { contents, loader: "js", resolveDir: "/" };
      });
    },
  };
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    write: false,
    outfile: "/out.js",
    legalComments: "none",
    plugins: [inMemory],
    logLevel: "silent",
    banner: { js: header },
  });
  return result.outputFiles[0].text;
}
