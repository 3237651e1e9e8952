// Every string from outside that reaches a generated package, made hostile at once: schema labels
// (`{ file, text }`), the `command` option, and every text of the docs data (type, declaration and
// parameter descriptions, error names and descriptions). The package's JavaScript, comments
// aside, is byte for byte that of the same package made from harmless strings; its TypeScript
// compiles; importing it runs nothing; its Markdown stays the same Markdown. And the Bot API rules
// refuse what would become code, and escape what becomes a comment.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { transformSync } from "esbuild";
import ts from "typescript";
import { generateFiles, type GeneratedPackage } from "../../generator/index.ts";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { writeTreeAtomically } from "../../generator/output/write.ts";
import { checkBotApiRules, emitBotApi, type BotApiRules } from "../../generator/emit/emit-bot-api.ts";
import { BUILTINS, planFromTl } from "../support/small-schema.ts";
import { runTsc } from "../support/tsc.ts";

/** A text that ends every construct it can: comments, literals, templates, Markdown, HTML. */
const EVIL = "x\n;globalThis.PWNED=1;//\r\u2028\u2029 */ /* --> <!-- <script>PWNED()</script> `${globalThis.PWNED=2}` \"'\\ \u202eevil\u202c \0 ```\n| a | b |";
/** Error names are values in the code (ERRORS): as hostile in both packages, so the code matches. */
const ERROR_NAME = 'FLOOD_"*/`${x}`\u2028\\';

/** The fixture schema files, read when the tests run (not when they are collected). */
const fixtures = () => ["builtins.tl", "emitter-cases.tl"].map((f) => ({ name: f, text: readFileSync(join(PROJECT_ROOT, "schema", "fixtures", f), "utf8") }));

/** Docs for every declaration of the fixtures, every text `text`. */
function docsFor(text: string): object {
  const entries: Record<string, object> = {};
  const types: Record<string, string> = {};
  let kind = "constructor";
  for (const line of fixtures().map((f) => f.text).join("\n").split("\n")) {
    if (line.startsWith("---functions---")) kind = "function";
    const m = /^([a-zA-Z][\w.]*)(?:#[0-9a-f]+)?((?: [^=]*)?)= ([\w.]+)/.exec(line);
    if (!m || line.includes("?") && !line.includes(":")) continue;
    const params = Object.fromEntries([...m[2].matchAll(/(\w+):/g)].map(([, p]) => [p, text]));
    entries[m[1]] = { kind, description: text, params, throws: kind === "function" ? [{ code: 400, name: ERROR_NAME, description: text }] : [], available: "both" };
    if (kind === "constructor") types[m[3]] = text;
  }
  return { source: "test", layer: 0, types, entries, errors: {}, errorCodes: {} };
}

let dir: string;
let clean: GeneratedPackage;
let hostile: GeneratedPackage;
let out: string;

async function generateWith(label: (f: string) => string, command: string, text: string): Promise<GeneratedPackage> {
  const docs = join(dir, `docs-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(docs, JSON.stringify(docsFor(text)));
  return generateFiles({ schema: fixtures().map((f) => ({ file: label(f.name), text: f.text })), all: true, layer: 1, docs, command, name: "tl-hostile" });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tlgen-hostile-"));
  clean = await generateWith((f) => `schema/${f}`, "tlgen generate --all", "Plain words.");
  hostile = await generateWith((f) => `${f}${EVIL}`, `tlgen generate ${EVIL}`, EVIL);
  out = join(dir, "pkg");
  writeTreeAtomically(out, hostile.files);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** JavaScript without its comments, as esbuild prints it. */
const codeOf = (text: string, loader: "js" | "ts") => transformSync(text, { loader, format: "esm", legalComments: "none" }).code;
const byPath = (pkg: GeneratedPackage) => new Map(pkg.files.map((f) => [f.path, f.content]));

describe("a package generated from hostile labels, command and docs", () => {
  it("has the same files, and the same code apart from comments, as one made from harmless strings", () => {
    const a = byPath(clean);
    const b = byPath(hostile);
    expect([...b.keys()]).toEqual([...a.keys()]);
    let compared = 0;
    for (const [path, text] of b) {
      if (!/\.(js|ts)$/.test(path) || path.endsWith(".d.ts")) continue;
      expect(codeOf(text, path.endsWith(".ts") ? "ts" : "js"), path).toBe(codeOf(a.get(path)!, path.endsWith(".ts") ? "ts" : "js"));
      compared++;
    }
    expect(compared).toBeGreaterThan(40);
  });

  it("parses without an error in every TypeScript file and declaration, with the same statements", () => {
    const a = byPath(clean);
    for (const [path, text] of byPath(hostile)) {
      if (!path.endsWith(".ts")) continue;
      const file = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
      const diagnostics = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
      expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")), path).toEqual([]);
      const kinds = (t: string) => ts.createSourceFile(path, t, ts.ScriptTarget.ES2022).statements.map((s) => ts.SyntaxKind[s.kind]);
      expect(kinds(text), path).toEqual(kinds(a.get(path)!));
    }
  });

  it("type-checks with tsc --strict", () => {
    const r = runTsc(["--ignoreConfig", "--noEmit", "--strict", "--target", "ES2022", "--module", "NodeNext", "--moduleResolution", "NodeNext", "--types", "node", join(out, "src", "index.ts")]);
    expect(r.output).toBe("");
  }, 120_000);

  it("runs nothing when imported, and keeps the error names as they were given", async () => {
    const g = globalThis as { PWNED?: unknown };
    delete g.PWNED;
    const root = await import(pathToFileURL(join(out, "dist", "node", "index.js")).href);
    await import(pathToFileURL(join(out, "dist", "index.js")).href);
    expect(g.PWNED).toBeUndefined();
    expect(root.Api.GetThing.ERRORS).toEqual([ERROR_NAME]);
  });

  it("keeps its header one comment: a line comment per line, one HTML comment, one JSON string", () => {
    const files = byPath(hostile);
    const head = files.get("src/types.ts")!.split("\n").slice(0, 3);
    expect(head[0]).toMatch(/^\/\/ Generated by tlgen from builtins\.tlx\\n;globalThis\.PWNED=1;\/\/\\r\\u\{2028\}\\u\{2029\} \*\/ /);
    expect(head[1]).toMatch(/^\/\/ change the schema/);
    expect(head[2]).toBe("");
    for (const path of ["README.md", "docs/index.md", "docs/methods/getThing.md"]) {
      const first = files.get(path)!.split("\n")[0];
      expect(first, path).toMatch(/^<!-- Generated by tlgen .* -->$/);
      expect(first.indexOf("-->"), path).toBe(first.length - 3);
    }
    expect(JSON.parse(files.get("package.json")!)["//"]).toContain("builtins.tlx\\n;globalThis.PWNED=1;//");
  });

  it("keeps its Markdown pages' structure: no raw HTML or fence from the docs, the same tables and headings", () => {
    const a = byPath(clean);
    for (const [path, text] of byPath(hostile)) {
      if (!path.endsWith(".md")) continue;
      const prose = text.replace(/^```[^]*?^```$/gm, "").replace(/(`+)[^]*?(?<!`)\1(?!`)/g, "");
      // An HTML tag, closing tag, comment or instruction (not tlgen's own `Vector<Vector<int>>`, nor its <br>).
      const raw = /<(?!br>)(?:[A-Za-z][\w-]*[\s/>]|[/!?]).{0,40}/.exec(prose.split("\n").slice(1).join("\n"));
      expect(raw?.[0], path).toBeUndefined();
      const shape = (t: string) => t.split("\n").filter((l) => /^(#|\| |```)/.test(l)).map((l) => l.slice(0, 2));
      expect(shape(text), path).toEqual(shape(a.get(path)!));
    }
  });
});

describe("the Bot API rules", () => {
  const TL = `${BUILTINS}\ninputPeerSelf = InputPeer;\nchatInvite link:string = ExportedChatInvite;\n---functions---\nmessages.exportChatInvite flags:# peer:InputPeer title:flags.4?string = ExportedChatInvite;\n`;
  const rules = (params: object, doc = "Creates a link."): BotApiRules =>
    ({ methods: { createChatInviteLink: { doc, mtproto: ["messages.exportChatInvite"], params: { chat_id: { kind: "chatId", required: true }, ...params }, result: "string" } } }) as BotApiRules;

  it.each([
    ["a parameter name that is not an identifier", { "a); evil(": { kind: "string" } }, /is not a Bot API parameter name/],
    ["a limit that is code, not a number", { name: { kind: "string", maxLength: "1); evil(" } }, /maxLength: must be a whole number/],
    ["a oneOf that is not numbers", { period: { kind: "integer", oneOf: ["1]; evil(["] } }, /oneOf: must be a list of whole numbers/],
    ["a doc that is not text", { name: { kind: "string", doc: { evil: true } } }, /doc: must be a text/],
  ])("refuse %s, naming it", (_, params, message) => {
    expect(() => checkBotApiRules(rules(params))).toThrow(message);
  });

  it("escape texts that become doc comments: the modules parse, with nothing after the comments", () => {
    const files = emitBotApi(planFromTl(TL), rules({ name: { kind: "string", maxLength: 32, doc: EVIL } }, EVIL));
    for (const f of files) {
      const text = (f as { text: string }).text;
      const code = transformSync(text, { loader: "ts", format: "esm" }).code;
      expect(code).not.toContain("PWNED");
    }
  });
});
