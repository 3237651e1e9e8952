// dist/node/: the package's JavaScript in a few modules, for runtimes that load it as it is (Node,
// a browser without a bundler). Loading costs per module and per binding imported across modules,
// and the module-per-file build is some forty modules whose root re-exports two thousand names:
// bundled, importing the root costs a fraction. The layout:
//   runtime.js     the whole runtime, one instance (its classes and errors are shared by all);
//   index.js       the root: requests, writers, guards, helpers (imports runtime.js), and the
//                  readers as trampolines that load readers.cjs on first use (lazy-readers.ts);
//   readers.cjs    the readers, compiled only when something is decoded;
//   codecs.js      every codec: the root's readers and writers, and the result writers;
//   readers.js, writers.js, guards.js, types.js, requests/<ns>.js: the root's names, re-exported.
// Bundlers get the module-per-file build instead (the `module` export condition), which they
// tree-shake, `Api`'s nested namespaces included; a bundle's namespaces are objects, which they
// cannot.
import { build, type Plugin } from "esbuild";
import type { GeneratedFile } from "./generated-file.ts";
import { keyOf, remember, type RenderCache } from "./render-cache.ts";
import type { PackagePlan } from "../plan/plan.ts";
import { CODEC_COMPANIONS } from "../emit/emit-codecs.ts";
import { lazyReadersModule, readersFactory } from "./lazy-readers.ts";

/**
 * The bundles of dist/node/, from the package's JavaScript. With a render cache, a bundle whose
 * inputs are all unchanged is taken from it (the JavaScript of a run that changed only a
 * comment is the same).
 */
export async function bundleForNode(files: readonly GeneratedFile[], plan: PackagePlan, header: string, cache?: RenderCache): Promise<GeneratedFile[]> {
  const js = new Map(files.filter((f) => f.path.startsWith("dist/") && f.path.endsWith(".js")).map((f) => [`/${f.path}`, f.content]));
  const runtimeModules = [...js.keys()].filter((p) => p.startsWith("/dist/runtime/") && p !== "/dist/runtime/index.js").sort();
  const out: GeneratedFile[] = [];
  const jobs: Promise<void>[] = [];
  // What every bundle is made from, hashed once: a bundle's key is this and its name.
  const inputs = cache ? keyOf(cache, "bundle-inputs", [header, ...[...js.keys()].sort().flatMap((p) => [p, js.get(p)!])]) : "";
  // The three bundles at once: esbuild builds them in parallel.
  const bundle = (name: string, entry: string, external: (path: string) => string | null, sources = js, finish = (text: string) => text, path = `dist/node/${name}.js`) => {
    const file: GeneratedFile = { path, content: "" };
    out.push(file);
    jobs.push(bundleCached(sources, name, entry, external, header, cache, inputs).then((text) => void (file.content = finish(text))));
  };
  js.set("/entry/runtime.js", runtimeModules.map((p) => `export * from "${p}";`).join("\n"));
  bundle("runtime", "/entry/runtime.js", () => null);
  // runtime/index.js (the runtime's public names) is bundled into the root, its imports left to
  // runtime.js: so the root re-exports those names only, not every runtime internal.
  const toRuntime = (path: string) => (path.startsWith("/dist/runtime/") && path !== "/dist/runtime/index.js" ? "./runtime.js" : null);
  const readers = plan.constructors.filter((c) => c.layout.length).map((c) => c.reader).concat(plan.unions.map((u) => u.reader));
  // The root's readers are trampolines to readers.cjs, which holds them (and the older forms').
  const RUNTIME_ANY = "/dist/runtime/wire/codec.js"; // any runtime module stands for runtime.js
  const rooted = new Map(js).set("/dist/readers.js", lazyReadersModule(readers, RUNTIME_ANY));
  bundle("index", "/dist/index.js", toRuntime, rooted);
  js.set("/entry/readers.js", 'export * from "/dist/readers.js";');
  bundle("readers-cjs", "/entry/readers.js", toRuntime, js, (text) => readersFactory(text, readers, "./runtime.js", header), "dist/node/readers.cjs");
  const writers = [...plan.constructors.filter((c) => c.sent && c.layout.length).map((c) => c.writer), ...plan.unions.filter((u) => u.sent).map((u) => u.writer)];
  const companions = CODEC_COMPANIONS.flatMap(([, names]) => names);
  js.set("/entry/codecs.js", [reexport([...readers, ...writers], "/dist/index.js"), reexport(companions, "/dist/runtime/index.js"), 'export * from "/dist/result-writers.js";'].join("\n"));
  bundle("codecs", "/entry/codecs.js", (path) => toRuntime(path) ?? (path === "/dist/readers.js" || path === "/dist/writers.js" || path === "/dist/index.js" ? "./index.js" : null));
  await Promise.all(jobs);
  const thin = (name: string, text: string) => out.push({ path: `dist/node/${name}.js`, content: `${header}\n${text}\n` });
  thin("readers", reexport(readers, "./index.js"));
  thin("writers", reexport(writers, "./index.js"));
  thin("guards", reexport(plan.unions.map((u) => u.guard), "./index.js"));
  thin("types", "export {};");
  for (const m of plan.modules.filter((x) => x.namespace !== null)) {
    // Each method's class, its size-first function and its result's reader.
    const names = m.functions.flatMap((f) => [f.className, f.functionName, ...(f.queryField ? [] : [f.resultReader])]);
    thin(`requests/${m.module}`, `import { Api } from "../index.js";\n\nexport const { ${names.join(", ")} } = Api.${m.module};\nexport { LAYER } from "../runtime.js";`);
  }
  return out;
}

function reexport(names: readonly string[], from: string): string {
  return names.length ? `export { ${names.join(", ")} } from "${from}";` : "export {};";
}

/** bundleOne, or its output of an earlier run on the same JavaScript (`inputs`; `name` fixes entry and externals). */
async function bundleCached(js: ReadonlyMap<string, string>, name: string, entry: string, external: (path: string) => string | null, header: string, cache: RenderCache | undefined, inputs: string): Promise<string> {
  if (!cache) return bundleOne(js, entry, external, header);
  // The entry modules (runtime.js, codecs.js) are added to js after the inputs were hashed.
  const key = keyOf(cache, "bundle", [name, inputs, js.get(entry) ?? ""]);
  return cache.entries.get(key) ?? remember(cache, key, await bundleOne(js, entry, external, header));
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
