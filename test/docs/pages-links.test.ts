// The project's pages (README.md, CHANGELOG.md, docs/*.md) hold together: every relative link
// names a file of the repository, and its #anchor (or a page's own #anchor) a heading of that
// page; every `npm run NAME` in their shell blocks is a script of package.json; the README stays
// short; and every topic page is linked from the README and from docs/README.md.
import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { anchors, codeBlocks, links, projectPages, slug, type Page } from "./markdown-pages.ts";

let pages: Page[];
beforeAll(() => {
  pages = projectPages();
});

/** What is wrong with one link of `page`, or null when it resolves. */
function problem(page: Page, target: string): string | null {
  if (/^(https?:|mailto:)/.test(target)) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return "a link with a scheme other than https, http or mailto";
  const [path, anchor] = target.split("#", 2) as [string, string | undefined];
  let file = page.path;
  if (path !== "") {
    if (path.startsWith("/")) return "an absolute path (links are relative to the page)";
    file = posix.normalize(posix.join(posix.dirname(page.path), decodeURIComponent(path)));
    if (file.startsWith("../")) return "a path outside the repository";
    if (!existsSync(join(PROJECT_ROOT, file))) return `no such file: ${file}`;
  }
  if (anchor === undefined) return null;
  if (!file.endsWith(".md") || statSync(join(PROJECT_ROOT, file)).isDirectory())
    return "an #anchor into a file that is not a Markdown page";
  const target_ = { path: file, text: readFileSync(join(PROJECT_ROOT, file), "utf8") };
  return anchors(target_).has(anchor) ? null : `${file} has no heading whose anchor is #${anchor}`;
}

describe("the project's pages", () => {
  it("make GitHub's anchors of headings: lower case, punctuation and code marks dropped, spaces to hyphens", () => {
    expect(slug("`tlgen generate`")).toBe("tlgen-generate");
    expect(slug("Where schema/ comes from")).toBe("where-schema-comes-from");
    expect(slug("Entry points, and what each bundler drops")).toBe("entry-points-and-what-each-bundler-drops");
    expect([...anchors({ path: "x.md", text: "# A\n\n## Same\n\n```sh\n# not a heading\n```\n\n## Same\n" })]).toEqual([
      "a",
      "same",
      "same-1",
    ]);
  });

  it("link only to files and headings that exist", () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const link of links(page)) {
        checked++;
        const why = problem(page, link.target);
        if (why) broken.push(`${page.path}:${link.line}: (${link.target}) ${why}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(30);
  });

  it("name only scripts that package.json has in their shell blocks (npm run NAME)", () => {
    const scripts = Object.keys(JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")).scripts);
    const unknown: string[] = [];
    for (const page of pages) {
      for (const block of codeBlocks(page).filter((b) => ["sh", "bash", "shell", ""].includes(b.lang))) {
        for (const m of block.code.matchAll(/\bnpm run ([\w:-]+)/g))
          if (!scripts.includes(m[1])) unknown.push(`${page.path}:${block.line}: npm run ${m[1]}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it("keep the README short: at most 200 lines", () => {
    const readme = pages.find((p) => p.path === "README.md")!;
    expect(readme.text.split("\n").length).toBeLessThanOrEqual(200);
  });

  it("link every docs page from the README and from docs/README.md", () => {
    const topics = pages.filter((p) => p.path.startsWith("docs/") && p.path !== "docs/README.md").map((p) => p.path);
    expect(topics.length).toBeGreaterThanOrEqual(9);
    const linked = (from: string) =>
      new Set(
        links(pages.find((p) => p.path === from)!)
          .map((l) => l.target.split("#")[0])
          .filter((t) => t !== "")
          .map((t) =>
            relative(PROJECT_ROOT, join(PROJECT_ROOT, dirname(from), t))
              .split("\\")
              .join("/"),
          ),
      );
    expect(topics.filter((t) => !linked("README.md").has(t))).toEqual([]);
    expect(topics.filter((t) => !linked("docs/README.md").has(t))).toEqual([]);
  });
});
