// The project's own Markdown pages (README.md, CHANGELOG.md, docs/*.md) read as the docs tests
// need them: fenced code blocks with their language and line, links outside code, and the anchors
// GitHub makes of headings. docs/drafts/ is left out: drafts are notes waiting to be merged into
// the pages, not pages.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";

/** One page: its path from the project root, `/`-separated, and its text. */
export interface Page {
  path: string;
  text: string;
}

/** A fenced code block: its language tag (lower case, "" for none), first line of code, and code. */
export interface CodeBlock {
  lang: string;
  line: number;
  code: string;
}

/** A link outside code: its target as written and the line it is on. */
export interface Link {
  target: string;
  line: number;
}

/** The pages the docs tests hold to their rules. */
export function projectPages(): Page[] {
  const docs = readdirSync(join(PROJECT_ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/${f}`);
  return ["README.md", "CHANGELOG.md", ...docs].map((path) => ({
    path,
    text: readFileSync(join(PROJECT_ROOT, path), "utf8"),
  }));
}

/** Splits a page into its fenced code blocks and the prose lines around them (code lines blanked). */
function scan(text: string): { blocks: CodeBlock[]; prose: string[] } {
  const blocks: CodeBlock[] = [];
  const prose: string[] = [];
  let open: { fence: string; indent: number; lang: string; line: number; lines: string[] } | null = null;
  text.split("\n").forEach((raw, i) => {
    const fence = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)/.exec(raw);
    if (open) {
      if (fence && fence[2].startsWith(open.fence) && raw.trim() === fence[2]) {
        blocks.push({ lang: open.lang, line: open.line, code: open.lines.join("\n") });
        open = null;
      } else open.lines.push(raw.slice(Math.min(open.indent, raw.length - raw.trimStart().length)));
      prose.push("");
    } else if (fence) {
      // A block inside a list item is indented with it: its lines lose that indentation.
      open = { fence: fence[2], indent: fence[1].length, lang: fence[3].toLowerCase(), line: i + 2, lines: [] };
      prose.push("");
    } else prose.push(raw);
  });
  if (open) throw new Error(`a code block opened on line ${(open as { line: number }).line - 1} is never closed`);
  return { blocks, prose };
}

/** The fenced code blocks of a page. */
export function codeBlocks(page: Page): CodeBlock[] {
  return scan(page.text).blocks;
}

/** The Markdown links of a page's prose (inline code left out): `[text](target)` and `<https://...>`. */
export function links(page: Page): Link[] {
  const found: Link[] = [];
  scan(page.text).prose.forEach((raw, i) => {
    const line = raw.replace(/`[^`]*`/g, "");
    for (const m of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
      found.push({ target: m[1], line: i + 1 });
    for (const m of line.matchAll(/<(https?:\/\/[^>\s]+)>/g)) found.push({ target: m[1], line: i + 1 });
  });
  return found;
}

/** GitHub's anchor for a heading's text: lower case, markup and punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** Every anchor a page has: one per heading outside code, repeats numbered as GitHub numbers them. */
export function anchors(page: Page): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const line of scan(page.text).prose) {
    const m = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const base = slug(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}
