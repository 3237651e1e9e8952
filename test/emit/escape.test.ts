// The escaping functions (generator/emit/escape.ts), one per context, fed hostile strings: each
// result, put in its context, is read by TypeScript's own scanner as exactly one comment or one
// string literal (with the same value), never as anything after it.
import { describe, expect, it } from "vitest";
import ts from "typescript";
import { codeSpan, docComment, htmlComment, lineComment, markdownText, stringLiteral } from "../../generator/emit/escape.ts";

/** Strings that have ended a comment, a literal or a Markdown construct somewhere. */
const HOSTILE = [
  "api\nconsole.log('injected');\n//",
  "a\rb",
  "a\r\nb",
  "a\u2028b",
  "a\u2029b",
  "*/ globalThis.x = 1; /*",
  "`backticks` and ``two``",
  "${globalThis.x = 1}",
  `quotes ' and " and \\" too`,
  "back\\slash\\",
  "bidi \u202eevil\u202c \u2066isolate\u2069 \u200fmark",
  "nul \0 byte and \x1b[31m escape",
  "--> <!-- --!> <script>alert(1)</script>",
  "```\nfenced\n```",
  "lone \ud800 surrogate",
  "",
];

/** The kinds of the tokens TypeScript's scanner reads in `text`, trivia included. */
function tokens(text: string): ts.SyntaxKind[] {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, false, ts.LanguageVariant.Standard, text);
  const kinds: ts.SyntaxKind[] = [];
  for (let k = scanner.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scanner.scan()) kinds.push(k);
  return kinds;
}

/** Characters that must never be written raw: controls but tab and LF, separators, bidi, lone surrogates. */
const RAW_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f]|[\ud800-\udbff](?![\udc00-\udfff])/;

describe.each(HOSTILE.map((s) => [JSON.stringify(s), s]))("escaping %s", (_, hostile) => {
  it("keeps a line comment one comment on one line, whatever follows it", () => {
    const text = lineComment(hostile);
    expect(text).not.toMatch(/[\n\r\u2028\u2029]/);
    expect(text).not.toMatch(RAW_UNSAFE);
    const k = ts.SyntaxKind;
    expect(tokens(`// ${text}\nx;`)).toEqual([k.SingleLineCommentTrivia, k.NewLineTrivia, k.Identifier, k.SemicolonToken]);
    expect(lineComment(text)).toBe(text);
  });

  it("keeps a doc comment one comment, ending where it should", () => {
    const text = docComment(hostile);
    expect(text).not.toContain("*/");
    expect(text).not.toMatch(RAW_UNSAFE);
    const k = ts.SyntaxKind;
    expect(tokens(`/** ${text} */ x;`).filter((t) => t !== k.WhitespaceTrivia)).toEqual([k.MultiLineCommentTrivia, k.Identifier, k.SemicolonToken]);
    expect(docComment(text)).toBe(text);
  });

  it("writes a string literal whose value is exactly the string", () => {
    const literal = stringLiteral(hostile);
    expect(literal).not.toMatch(RAW_UNSAFE);
    const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, literal);
    expect(scanner.scan()).toBe(ts.SyntaxKind.StringLiteral);
    expect(scanner.getTokenValue()).toBe(hostile);
    expect(scanner.scan()).toBe(ts.SyntaxKind.EndOfFileToken);
    expect(JSON.parse(literal)).toBe(hostile);
  });

  it("keeps Markdown text from opening raw HTML, a comment or a code fence", () => {
    const text = markdownText(hostile);
    expect(text).not.toMatch(RAW_UNSAFE);
    const outsideCode = text.replace(/(`+)[^]*?(?<!`)\1(?!`)/g, "");
    expect(outsideCode).not.toMatch(/<[A-Za-z/!?]/);
    expect(text).not.toMatch(/^\s*(```|~~~)/m);
    expect(markdownText(text)).toBe(text);
  });

  it("keeps an HTML comment one comment on one line", () => {
    const comment = `<!-- ${htmlComment(hostile)} -->`;
    expect(comment).not.toMatch(/[\n\r\u2028\u2029]/);
    expect(comment.indexOf("-->")).toBe(comment.length - 3);
    expect(comment.slice(4)).not.toContain("<!--");
    expect(comment).not.toContain("--!>");
  });

  it("fences a code span with more backticks than it holds", () => {
    const span = codeSpan(hostile);
    const fence = /^`+/.exec(span)![0];
    expect(span.endsWith(fence)).toBe(true);
    const inner = span.slice(fence.length, span.length - fence.length);
    expect(Math.max(0, ...(inner.match(/`+/g) ?? []).map((r) => r.length))).toBeLessThan(fence.length);
    expect(span).not.toMatch(/[\n\r]/);
  });
});

describe("escape text", () => {
  it("is readable: a newline shows as \\n, a bidi override as \\u{202e}, and a path stays as it is", () => {
    expect(lineComment("api\nv2.tl")).toBe("api\\nv2.tl");
    expect(lineComment("x\u202ey")).toBe("x\\u{202e}y");
    expect(lineComment("schema/api.tl")).toBe("schema/api.tl");
    expect(docComment("a\r\nb */ c")).toBe("a\nb *\u2215 c");
    expect(markdownText("x < y and `<T>`, <b>bold</b>")).toBe("x < y and `<T>`, &lt;b>bold&lt;/b>");
  });
});
