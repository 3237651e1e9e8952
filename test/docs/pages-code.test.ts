// Every TypeScript and JavaScript block of the project's pages type-checks, as examples/ does:
// each block is written as a module of its own into a folder inside the repository (so
// "tl-invite" and "telegram" resolve as a user's project resolves them, from node_modules) and
// one tsc run checks them all, strict, against the generated package's declarations and, for
// "tlgen", the generator's entry point. The few names the examples leave to the reader (their
// own transport, the bytes they received) are declared once, below.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { runTsc } from "../support/tsc.ts";
import { codeBlocks, projectPages } from "./markdown-pages.ts";

/** The reader's own names the examples use, with the types the package expects of them. */
const READERS_NAMES = `// The names the docs' examples leave to the reader.
declare const responseBytes: Uint8Array;
declare function mySend(body: Uint8Array, signal?: AbortSignal): Promise<Uint8Array>;
declare const transport: import("tl-invite").Transport;
declare const gramjsClient: import("telegram").TelegramClient;
declare const text: string;
`;

const TS = new Set(["ts", "typescript"]);
const JS = new Set(["js", "javascript", "mjs"]);

interface Written {
  file: string;
  where: string;
}

let dir: string;
let written: Written[];
let result: { code: number | null; output: string };

beforeAll(() => {
  dir = mkdtempSync(join(PROJECT_ROOT, "test", "docs", ".tmp-"));
  written = [];
  for (const page of projectPages()) {
    for (const block of codeBlocks(page)) {
      const ext = TS.has(block.lang) ? "ts" : JS.has(block.lang) ? "mjs" : null;
      if (!ext) continue;
      const file = `${page.path.replace(/[/.]/g, "_")}_line${block.line}.${ext}`;
      // A block without import or export would be a script sharing one scope with the others.
      const code = /^\s*(import|export)\b/m.test(block.code) ? block.code : `${block.code}\nexport {};`;
      writeFileSync(join(dir, file), code + "\n");
      written.push({ file, where: `${page.path}:${block.line}` });
    }
  }
  writeFileSync(join(dir, "readers-names.d.ts"), READERS_NAMES);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  const generatorEntry = relative(dir, join(PROJECT_ROOT, "generator", "index.ts"))
    .split("\\")
    .join("/");
  const tsconfig = {
    compilerOptions: {
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      lib: ["ES2022", "DOM"],
      types: ["node"],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      allowJs: true,
      checkJs: true,
      allowImportingTsExtensions: true,
      // "tlgen" is this repository: its sources stand in for the built package.
      paths: { tlgen: [generatorEntry] },
    },
    files: ["readers-names.d.ts", ...written.map((w) => w.file)],
  };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
  result = runTsc(["-p", join(dir, "tsconfig.json")], dir);
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the TypeScript and JavaScript blocks of the project's pages", () => {
  it("are found: the README's and each topic page's examples", () => {
    const pagesWithCode = new Set(written.map((w) => w.where.split(":")[0]));
    for (const page of [
      "README.md",
      "docs/configuration.md",
      "docs/generated-api.md",
      "docs/sending-requests.md",
      "docs/gramjs.md",
      "docs/bot-api.md",
    ])
      expect(pagesWithCode).toContain(page);
  });

  it("type-check with strict tsc against the generated package, each error named by its page and line", () => {
    // tsc names a block's file; say which page and line of the page that block came from.
    const output = written.reduce((text, w) => text.split(w.file).join(`${w.file} (${w.where})`), result.output);
    expect(output).toBe("");
    expect(result.code).toBe(0);
  });
});
