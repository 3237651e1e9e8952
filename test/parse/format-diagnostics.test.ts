// Printing diagnostics: the excerpt is safe for a terminal (escapes shown, never sent raw), cut
// around the column on long lines with the caret still aligned, and a long list is bounded
// with the rest counted. The line index behind it is built once per file.
import { describe, expect, it } from "vitest";
import { error, formatDiagnostic, formatDiagnostics, PRINT_LIMIT, warning, type Diagnostic } from "../../generator/parse/diagnostics.ts";
import { escapeForTerminal, EXCERPT_WIDTH, renderExcerpt } from "../../generator/parse/excerpt.ts";
import { LineIndex } from "../../generator/parse/line-index.ts";
import { analyze } from "../helpers.ts";

/** Formats the first diagnostic of `text` with code `code`. */
function printed(text: string, code: string): string {
  const d = analyze(text).diagnostics.find((x) => x.code === code);
  if (!d) throw new Error(`no ${code} in ${JSON.stringify(analyze(text).diagnostics)}`);
  return formatDiagnostic(d, text);
}

/** The excerpt line and the underline of a printed diagnostic. */
function excerptOf(out: string): { text: string; underline: string } {
  const lines = out.split("\n");
  const at = lines.findIndex((l) => /^\d+ \| /.test(l));
  return { text: lines[at].replace(/^\d+ \| /, ""), underline: lines[at + 1].replace(/^\s+\| /, "") };
}

describe("excerpts", () => {
  it("never prints an escape sequence from the schema raw: control characters are shown escaped", () => {
    const out = printed("a#1 = A;\nfoo x:\u001b[31mred = Foo;\n", "TL001");
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(excerptOf(out)).toEqual({ text: "foo x:\\x1b[31mred = Foo;", underline: "      ^^^^" });
  });

  it("escapes bidi overrides, zero-width characters and lone surrogates, in the message and the notes too", () => {
    expect(escapeForTerminal("a\u202eb\u200bc\ud800d\u{1F600}")).toBe("a\\u{202e}b\\u{200b}c\\u{d800}d\u{1F600}");
    const d = error("TL001", "bad \u001b]0;title\u0007", { file: "x\u001b.tl", line: 1, column: 1, offset: 0, end: 1 }, ["note \u009b"]);
    const out = formatDiagnostic(d, undefined);
    expect(out).toBe("error[TL001]: bad \\x1b]0;title\\x07\n --> x\\x1b.tl:1:1\n  = note: note \\x9b");
  });

  it("keeps the caret aligned after tabs and escaped characters", () => {
    expect(renderExcerpt("\ta\u0001b x:Nope", 8, 4)).toEqual({ text: " a\\x01b x:Nope", underline: "          ^^^^" });
  });

  it("cuts a long line to the column's surroundings, caret included", () => {
    const line = `${"x".repeat(5000)} bad ${"y".repeat(5000)}`;
    const { text, underline } = renderExcerpt(line, 5002, 3);
    expect(text.length).toBeLessThanOrEqual(EXCERPT_WIDTH + 2);
    expect(text.startsWith("…") && text.endsWith("…")).toBe(true);
    expect(text.slice(underline.indexOf("^"), underline.length)).toBe("bad");
  });

  it("puts the caret just past the end of the line for a missing ;", () => {
    expect(excerptOf(printed("a = A\nb = B;", "TL001"))).toEqual({ text: "a = A", underline: "     ^" });
  });
});

describe("long lists", () => {
  const list = (n: number, severity: "error" | "warning" = "error"): Diagnostic[] =>
    Array.from({ length: n }, (_, i) => (severity === "error" ? error : warning)("TL016", `bad ${i}`, { file: "x.tl", line: i + 1, column: 1, offset: 0, end: 1 }));

  it("prints the first 200 in full and counts the rest (and 19,800 more)", () => {
    const out = formatDiagnostics(list(20_000), new Map([["x.tl", "a\n".repeat(20_000)]]));
    expect(out.match(/^error\[TL016\]/gm)).toHaveLength(PRINT_LIMIT);
    expect(out.endsWith("... and 19,800 more errors not shown\n\n")).toBe(true);
  });

  it("says what the hidden ones are when errors and warnings are mixed, and prints everything under the limit", () => {
    const mixed = [...list(PRINT_LIMIT), ...list(3), ...list(2, "warning")];
    expect(formatDiagnostics(mixed, new Map())).toContain("... and 5 more diagnostics (3 errors) not shown");
    expect(formatDiagnostics(list(3), new Map())).not.toContain("not shown");
  });
});

describe("line index", () => {
  it("turns offsets into lines and columns and lines into their text, CRLF and BOM aside", () => {
    const index = new LineIndex("\uFEFFab\r\ncd\n\nef");
    expect(index.lineCount).toBe(4);
    expect([index.position(1), index.position(2), index.position(5), index.position(8), index.position(99)]).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 3 },
    ]);
    expect([1, 2, 3, 4, 5].map((l) => index.lineText(l))).toEqual(["ab", "cd", "", "ef", ""]);
  });
});
