// The Node build's readers, compiled on first use. Importing a module costs the time V8 takes
// to parse its text, and the readers of every constructor a package reaches are most of it
// (measured: 254 KB of the root's 470 KB; import time is parse time, the rest is under 0.5 ms).
// Most programs decode a few types, and many import the root only to encode. So in dist/node/
// the readers live in readers.cjs, a CommonJS factory that Node, Bun and Deno load synchronously
// (createRequire) the first time any reader is called, and the root holds one small trampoline
// per reader instead: its exported binding, reassigned to the real reader when they load, so
// every later call goes straight to it. Bundlers never see this: they take the module build.

/** The root's stand-in for the readers module: every reader a trampoline until readers.cjs loads. */
export function lazyReadersModule(names: readonly string[], runtimeModule: string): string {
  // Short local names (r0, r1, ...) exported under the readers' own: half the text to parse.
  const local = names.map((_, i) => `r${i}`);
  // A package whose selection decodes nothing has no readers: nothing to load.
  if (names.length === 0) return "export {};\n";
  return [
    'import { createRequire } from "node:module";',
    `import * as runtime from ${JSON.stringify(runtimeModule)};`,
    "",
    "let readers;",
    "/** Loads readers.cjs (its factory takes the runtime it reads with) and rebinds every reader. */",
    "function load() {",
    '  readers = createRequire(import.meta.url)("./readers.cjs")(runtime);',
    `  [${local.join(", ")}] = readers;`,
    "  return readers;",
    "}",
    "const lazy = (i) => (r) => (readers ?? load())[i](r);",
    `let ${local.map((n, i) => `${n} = lazy(${i})`).join(", ")};`,
    `export { ${names.map((n, i) => `${local[i]} as ${n}`).join(", ")} };`,
    "",
  ].join("\n");
}

/**
 * readers.cjs from the readers' ES module bundle: its imports of the runtime become names taken
 * from the runtime the factory is given, and its exports an array in `names`' order.
 */
export function readersFactory(esm: string, names: readonly string[], runtimeModule: string, header: string): string {
  if (names.length === 0) return [header, '"use strict";', "module.exports = function () {", "  return [];", "};", ""].join("\n");
  const from = runtimeModule.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const imports = new RegExp(`^import \\{([^}]*)\\} from "${from}";\\n`, "gm");
  const bindings: string[] = [];
  let body = esm.replace(imports, (_, list: string) => {
    for (const item of list.split(",").map((s) => s.trim()).filter(Boolean)) {
      const [name, local] = item.split(/\s+as\s+/);
      bindings.push(local ? `${name}: ${local}` : name);
    }
    return "";
  });
  const exported = /^export \{([^}]*)\};\s*$/m.exec(body);
  if (!exported || /^(?:import|export) /m.test(body.replace(exported[0], "")))
    throw new Error("internal: the readers bundle is not one import list and one export list");
  const locals = new Map(
    exported[1]
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((item) => {
        const [local, name] = item.split(/\s+as\s+/);
        return [name ?? local, local] as const;
      }),
  );
  const missing = names.filter((n) => !locals.has(n));
  if (missing.length) throw new Error(`internal: the readers bundle does not export ${missing.slice(0, 3).join(", ")}`);
  body = body.replace(exported[0], "").replace(header, "").trim();
  return [
    header,
    '"use strict";',
    "// The readers, for dist/node/index.js to load on first use (see its load()).",
    "module.exports = function (runtime) {",
    `  const { ${bindings.join(", ")} } = runtime;`,
    body,
    `  return [${names.map((n) => locals.get(n)).join(", ")}];`,
    "};",
    "",
  ].join("\n");
}
