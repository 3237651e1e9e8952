// The small modules around the codecs: layer.ts, api.ts (the `Api` namespace tree),
// index.ts, and the package's package.json and README.
import type { EmitContext } from "./context.ts";
import type { RequestModule } from "./emit-requests.ts";
import { generatedHeaderLine } from "./header.ts";
import { printCombinator } from "../model/canonical.ts";

export function layerModule(ctx: EmitContext): string {
  return `/** The schema layer this package was generated from. */\nexport const LAYER = ${ctx.layer};\n`;
}

/** `Api.messages.ExportChatInvite`: namespaces are ES module namespaces, so bundlers keep only what is used. */
export function apiModule(modules: RequestModule[]): string {
  const lines = ['export { LAYER } from "./layer.js";'];
  for (const m of modules) {
    if (m.module === "root") lines.push('export * from "./requests/root.js";');
    else lines.push(`export * as ${m.module} from "./requests/${m.module}.js";`);
  }
  return lines.join("\n") + "\n";
}

export function indexModule(helpers: string[]): string {
  return [
    "/** Requests, GramJS-shaped: `new Api.messages.ExportChatInvite({ ... })`. */",
    'export * as Api from "./api.js";',
    'export { LAYER } from "./layer.js";',
    'export type * from "./types.js";',
    'export * from "./codecs.js";',
    'export * from "./guards.js";',
    'export * from "./runtime/index.js";',
    ...helpers.map((h) => `export * from "./${h.replace(/\.ts$/, ".js")}";`),
    "",
  ].join("\n");
}

export interface PackageOptions {
  name: string;
}

export function packageJson(ctx: EmitContext, options: PackageOptions): string {
  const pkg = {
    "//": generatedHeaderLine(ctx.schemaFiles, ctx.layer),
    name: options.name,
    version: `${ctx.layer}.0.0`,
    description: `Typed TL requests, codecs and errors for Telegram's chat-invite methods (layer ${ctx.layer}).`,
    type: "module",
    sideEffects: false,
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    // The root exports `Api` (GramJS-shaped). Bundlers cannot drop unused members of a nested
    // namespace (`Api.messages.X`), so each namespace is also its own entry point:
    // `import { ExportChatInvite } from "tl-invite/messages"` bundles only what it uses.
    exports: {
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      "./*": { types: "./dist/requests/*.d.ts", default: "./dist/requests/*.js" },
      "./package.json": "./package.json",
    },
    files: ["dist", "src", "docs"],
  };
  return JSON.stringify(pkg, null, 2) + "\n";
}

export function readme(ctx: EmitContext, options: PackageOptions, rootCount: number): string {
  return [
    `<!-- ${generatedHeaderLine(ctx.schemaFiles, ctx.layer)} -->`,
    "",
    `# ${options.name}`,
    "",
    `Typed requests, binary codecs and errors for ${rootCount} Telegram API methods and the ${ctx.closure.constructors.length} constructors and ${ctx.closure.unions.length} types they need (layer ${ctx.layer}).`,
    "",
    "```ts",
    `import { Api } from "${options.name}";`,
    "",
    'const request = new Api.messages.ImportChatInvite({ hash: "AbCdEf" });',
    "const bytes = request.serialize(); // send these as an MTProto request body",
    "// const result = request.decodeResult(responseBody);",
    "```",
    "",
    "`dist/` holds the JavaScript and declarations; `src/` the TypeScript they were compiled from.",
    "",
  ].join("\n");
}

/**
 * manifest.json: the layer and each generated method's TL line, so the next `generate` can say
 * which method signatures changed.
 */
export function manifest(ctx: EmitContext, stats: object): string {
  const methods = Object.fromEntries(ctx.closure.functions.map((f) => [f.name, printCombinator(f)]));
  return JSON.stringify({ "//": generatedHeaderLine(ctx.schemaFiles, ctx.layer), layer: ctx.layer, stats, methods }, null, 2) + "\n";
}
