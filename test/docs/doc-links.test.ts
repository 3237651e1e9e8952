// Every link in generated/ resolves: a `{@link X}` in the sources and declarations names something
// declared in its module or imported into it (or a member of an imported namespace); a Markdown
// link in docs/ names an existing page, and a heading of it for an #anchor, or is an https URL.
// And no upstream leftovers: no mirror links, no "»", no `_w`/`_v` parameter names, hex ids.
import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { ts } from "ts-morph";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { listTree } from "../../generator/base/files.ts";

const GENERATED = join(PROJECT_ROOT, "generated");

interface TsFile {
  path: string;
  text: string;
}

// Read before the tests run, not while they are collected.
let sources: TsFile[];
let declarations: TsFile[];
let pages: TsFile[];
beforeAll(() => {
  const read = (dir: string, pattern: RegExp) =>
    listTree(join(GENERATED, dir))
      .filter((f) => pattern.test(f))
      .map((f) => ({ path: `${dir}/${f}`, text: readFileSync(join(GENERATED, dir, f), "utf8") }));
  sources = read("src", /\.ts$/);
  declarations = read("dist", /\.d\.ts$/);
  pages = [...read("docs", /\.md$/), { path: "README.md", text: readFileSync(join(GENERATED, "README.md"), "utf8") }];
});

/** The names a module has in scope at its top level: what it declares and what it imports, namespaces apart. */
function scopeOf(file: TsFile): { names: Set<string>; namespaces: Set<string> } {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names = new Set<string>();
  const namespaces = new Set<string>();
  for (const s of source.statements) {
    if (ts.isImportDeclaration(s) && s.importClause) {
      const clause = s.importClause;
      if (clause.name) names.add(clause.name.text);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) names.add(e.name.text);
    } else if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name)) names.add(d.name.text);
    } else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s) || ts.isEnumDeclaration(s) || ts.isModuleDeclaration(s)) && s.name) {
      names.add(s.name.text);
    }
  }
  return { names, namespaces };
}

/** The `{@link ...}` targets of a text (a URL, or a name before an optional `|` text). */
function linkTargets(text: string): string[] {
  return [...text.matchAll(/\{@link(?:code|plain)?\s+([^\s|}]+)[^}]*\}/g)].map((m) => m[1]);
}

/** What is wrong with each `{@link}` of `file`, as `path: target` lines. */
function danglingLinks(file: TsFile): string[] {
  const targets = linkTargets(file.text);
  if (targets.length === 0) return [];
  const { names, namespaces } = scopeOf(file);
  return targets
    .filter((target) => {
      if (/^https:\/\//.test(target)) return false;
      const [head, ...rest] = target.split(".");
      if (rest.length === 0) return !names.has(head);
      // `ns.Name` through an imported namespace, or a member of a declared class (`C.member`).
      return !(namespaces.has(head) || names.has(head));
    })
    .map((target) => `${file.path}: {@link ${target}}`);
}

/** A heading's anchor as GitHub computes it (written here independently of the generator). */
function githubAnchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const [, heading] of withoutCode(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** Markdown without fenced blocks and inline code, where brackets are code, not links. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "``");
}

function markdownLinks(markdown: string): string[] {
  return [...withoutCode(markdown).matchAll(/\]\(([^)\s]*)\)/g)].map((m) => m[1]);
}

/** What is wrong with each Markdown link of a page under generated/. */
function danglingPageLinks(page: TsFile): string[] {
  const problems: string[] = [];
  for (const href of markdownLinks(page.text)) {
    if (/^[a-z][a-z+.-]*:/i.test(href)) {
      if (!/^https:\/\/[^/\s]+\.[^/\s]+/.test(href)) problems.push(`${page.path}: ${href} is not an https URL`);
      continue;
    }
    const [file, anchor] = href.split("#");
    const target = file === "" ? page.path : posix.normalize(posix.join(posix.dirname(page.path), file));
    const absolute = join(GENERATED, target);
    if (!existsSync(absolute)) {
      problems.push(`${page.path}: ${href} names no file (${target})`);
      continue;
    }
    if (anchor !== undefined && !githubAnchors(readFileSync(absolute, "utf8")).has(anchor)) problems.push(`${page.path}: ${href} names no heading of ${target}`);
  }
  return problems;
}

describe("links in generated/", () => {
  it("resolve in every source and declaration file: each {@link} is declared, imported, or in an imported namespace", () => {
    const files = [...sources, ...declarations];
    const dangling = files.flatMap(danglingLinks);
    expect(dangling).toEqual([]);
    expect(files.reduce((n, f) => n + linkTargets(f.text).length, 0)).toBeGreaterThan(1000);
  });

  it("are found dangling by this test when they are (the check itself)", () => {
    const file = { path: "x.ts", text: 'import type * as ns from "./ns.js";\nimport { A } from "./a.js";\n/** {@link A}, {@link ns.B}, {@link C}, {@link Gone}, {@link other.D}, {@link https://core.telegram.org} */\nexport class C {}\n' };
    expect(danglingLinks(file)).toEqual(["x.ts: {@link Gone}", "x.ts: {@link other.D}"]);
  });

  it("resolve in every page of docs/: files that exist, headings that exist, https URLs", () => {
    const problems = pages.flatMap(danglingPageLinks);
    expect(problems).toEqual([]);
    const count = pages.reduce((n, p) => n + markdownLinks(p.text).length, 0);
    expect(count).toBeGreaterThan(500);
    expect(pages.some((p) => markdownLinks(p.text).some((href) => href.includes("#")))).toBe(true);
  });

  it("are found dangling in a page when they are (the check itself)", () => {
    const page = { path: "docs/methods/x.md", text: "[ok](../index.md) [no](../nope.md) [bad anchor](../index.md#nope) [http](http://core.telegram.org) [in code]`x`\n```ts\n[a](b)\n```\n" };
    expect(danglingPageLinks(page)).toEqual(["docs/methods/x.md: ../nope.md names no file (docs/nope.md)", "docs/methods/x.md: ../index.md#nope names no heading of docs/index.md", "docs/methods/x.md: http://core.telegram.org is not an https URL"]);
    expect([...githubAnchors("# messages.exportChatInvite\n## Can bots use this method\n## A\n## A\n")]).toEqual(["messagesexportchatinvite", "can-bots-use-this-method", "a", "a-1"]);
  });
});

describe("text in generated/", () => {
  it("has no mirror links and no leftover » from the upstream pages", () => {
    for (const f of [...sources, ...declarations, ...pages]) {
      expect(f.text.includes("corefork.telegram.org"), f.path).toBe(false);
      expect(f.text.includes("»"), f.path).toBe(false);
    }
  });

  it("names no parameter `_w` or `_v` in the declarations", () => {
    const leaks = declarations.flatMap((f) => [...f.text.matchAll(/[(,]\s*(_[wv])\??\s*:/g)].map((m) => `${f.path}: ${m[1]}`));
    expect(leaks).toEqual([]);
  });

  it("writes every constructor id in hex in the declarations", () => {
    const ids = declarations.flatMap((f) => [...f.text.matchAll(/CONSTRUCTOR_ID = ([^;]+);/g)].map((m) => ({ path: f.path, id: m[1] })));
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.filter((x) => !/^0x[0-9a-f]{8}$/.test(x.id))).toEqual([]);
  });

  it("reads the declarations from generated/dist, which has one per source module", () => {
    for (const f of sources.filter((s) => !s.path.startsWith("src/runtime/layer"))) {
      expect(existsSync(join(GENERATED, f.path.replace(/^src\//, "dist/").replace(/\.ts$/, ".d.ts"))), f.path).toBe(true);
    }
    expect(dirname(declarations[0].path).startsWith("dist")).toBe(true);
  });
});
