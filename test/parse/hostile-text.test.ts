// Hostile and careless schema text: every case gives located diagnostics, never a crash, and
// one mistake costs one diagnostic while the declarations around it still count.
import { describe, expect, it } from "vitest";
import { parseSchemaText } from "../../generator/parse/parse.ts";
import { MAX_SCHEMA_CHARS, MAX_TYPE_NESTING } from "../../generator/parse/screen-text.ts";
import { analyzeSchema } from "../../generator/model/analyze.ts";
import { analyze, readSchema } from "../helpers.ts";

const where = (text: string) =>
  analyze(text).diagnostics.map((d) => ({ code: d.code, line: d.span.line, column: d.span.column, message: d.message }));
const names = (text: string) => analyze(text).model.constructors.map((c) => c.name);
const nested = (depth: number) => `${"Vector<".repeat(depth)}int${">".repeat(depth)}`;

describe("nesting depth", () => {
  it("reports Vector< nested 3,300 deep (which overflowed the parser's stack) where it passes the limit, and reads on", () => {
    const text = `a = A;\nb x:${nested(3300)} = B;\nc = C;\n`;
    expect(where(text)).toEqual([{ code: "TL006", line: 2, column: 4 + 7 * (MAX_TYPE_NESTING + 1), message: `type nested more than ${MAX_TYPE_NESTING} levels deep` }]);
    expect(names(text)).toEqual(["a", "c"]);
  });

  it("refuses 300 levels (which passed check and then killed generate in prettier) and accepts the limit itself", () => {
    expect(where(`b x:${nested(300)} = B;`).map((d) => d.code)).toEqual(["TL006"]);
    expect(where(`b x:${nested(MAX_TYPE_NESTING)} = B;`)).toEqual([]);
    expect(where(`b x:${nested(MAX_TYPE_NESTING + 1)} = B;`).map((d) => d.code)).toEqual(["TL006"]);
  });

  it("counts nesting per declaration and not inside comments", () => {
    const text = `// ${"<".repeat(100)}\n/* ${"<".repeat(100)} */\na x:${nested(20)} = A;\nb x:${nested(20)} = B;\n`;
    expect(where(text)).toEqual([]);
    expect(names(text)).toEqual(["a", "b"]);
  });
});

describe("recovery", () => {
  it("reports a stray ; (Bool;;) alone and goes on to report every other error of the file", () => {
    const text = "boolTrue#997275b5 = Bool;;\nfoo x:Nope = Foo;\nbar#zz = Bar;\nboolFalse#bc799737 = Bool;\n";
    expect(where(text).map(({ code, line, column }) => [code, line, column])).toEqual([
      ["TL001", 1, 26],
      ["TL011", 2, 7],
      ["TL001", 3, 5],
    ]);
    expect(names(text)).toEqual(["boolFalse", "boolTrue", "foo"]);
  });

  it("reports a missing ; in mid-file at the end of the unfinished declaration, and keeps the declarations around it", () => {
    const text = "a = A;\nb x:int = B\nc = C;\nd = D;\n";
    expect(where(text)).toEqual([{ code: "TL001", line: 2, column: 12, message: 'expected ";" at the end of the declaration' }]);
    expect(names(text)).toEqual(["a", "b", "c", "d"]);
  });

  it("finds the end of a declaration spread over lines, before a trailing comment, and at the end of the file", () => {
    expect(where("a x:int\n  y:int\n  = A // the first\nb = B;").map((d) => [d.line, d.column])).toEqual([[3, 6]]);
    expect(where("a = A;\nb = B\n\n").map((d) => [d.line, d.column])).toEqual([[2, 6]]);
    expect(names("a = A\nb = B\nc = C;")).toEqual(["a", "b", "c"]);
  });

  it("still reads a whole declaration that follows a broken line", () => {
    const text = "a = A;\n@@ junk\nb = B;\n";
    expect(where(text).map((d) => [d.code, d.line, d.column])).toEqual([["TL001", 2, 1]]);
    expect(names(text)).toEqual(["a", "b"]);
  });

  it("reports an id of more than 8 hex digits without losing the rest of the file", () => {
    const text = "a#123456789 = A;\nb = B;\nc x:Nope = C;\n";
    // (TL016 too: the id does not match its line.)
    expect(where(text).filter((d) => d.code !== "TL016")).toEqual([
      { code: "TL001", line: 1, column: 3, message: 'constructor id "123456789" has more than 8 hex digits' },
      { code: "TL011", line: 3, column: 5, message: 'unknown type "Nope" in c.x' },
    ]);
    expect(names(text)).toContain("b");
  });
});

describe("what text is read", () => {
  it("accepts a UTF-8 byte order mark, with columns counted after it", () => {
    expect(where("\uFEFFboolTrue#997275b5 = Bool;\n")).toEqual([]);
    expect(where("\uFEFFa x:Nope = A;").map((d) => [d.line, d.column])).toEqual([[1, 5]]);
  });

  it("refuses binary text as not a TL text file, naming its first NUL byte, without parsing it", () => {
    const { diagnostics, ast } = parseSchemaText("a = A;\nb = \u0000\u0001\u0002;", "x.bin");
    expect(diagnostics.map((d) => [d.code, d.message, d.span.line, d.span.column])).toEqual([["TL004", "not a TL text file: byte 0x00 at line 2, column 5", 2, 5]]);
    expect(ast.items).toEqual([]);
  });

  it("refuses text larger than the limit with a message", () => {
    const { diagnostics } = parseSchemaText(" ".repeat(MAX_SCHEMA_CHARS + 1), "huge.tl");
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([["TL008", "schema text is too large (4 MB; the limit is 4 MB)"]]);
  });

  it("stops after 1,000 syntax errors in a file (4 MB of ; is not 4 million diagnostics), still reading what is valid", () => {
    const { diagnostics, ast } = parseSchemaText(`a = A;
${";".repeat(1_000_000)}
b = B;
`, "semis.tl");
    expect(diagnostics).toHaveLength(1001);
    expect(diagnostics.at(-1)).toMatchObject({ code: "TL001", message: "too many syntax errors: the rest of the file is not read", span: { line: 2, column: 1001 } });
    expect(ast.items.filter((i) => i.kind === "combinator")).toHaveLength(1);
  });

  it("gives a non-ASCII name a message of its own", () => {
    expect(where("caf\u00e9 = Cafe;")).toEqual([
      { code: "TL001", line: 1, column: 4, message: 'non-ASCII character "\u00e9" (U+00E9) in a name: TL names use only ASCII letters, digits and _' },
    ]);
    expect(where("a x:int = \u{1F600};")[0].message).toBe('non-ASCII character "\u{1F600}" (U+1F600) outside a comment: TL text is ASCII');
  });

  it("warns about an empty file, or one of comments only, without failing", () => {
    for (const text of ["", "  \n\n", "// nothing here\n/* at all */\n"]) {
      const analysis = analyze(text);
      expect(analysis.diagnostics.map((d) => [d.severity, d.code])).toEqual([["warning", "TL005"]]);
      expect(analysis.failed).toBe(false);
    }
  });

  it("reports the same file given twice as one error, not one per declaration", () => {
    const text = readSchema("api.tl");
    const twice = analyzeSchema([{ file: "schema/api.tl", text }, { file: "schema/api.tl", text }]);
    expect(twice.diagnostics.map((d) => [d.code, d.message])).toEqual([["TL007", "schema/api.tl is given twice"]]);
    const aliased = analyzeSchema([{ file: "api.tl", text: "a = A;" }, { file: "./api.tl", text: "a = A;" }]);
    expect(aliased.diagnostics.map((d) => d.message)).toEqual(["./api.tl has the same text as api.tl"]);
  });
});

describe("unknown types", () => {
  it("underlines the type name alone, inside a vector too, with a did-you-mean", () => {
    const [d] = analyze("foo#1 x:Vector<strin> = Foo;").diagnostics.filter((x) => x.code === "TL011");
    expect(d).toMatchObject({ message: 'unknown type "strin" in foo.x', span: { line: 1, column: 16 }, notes: ['did you mean "string"?'] });
    expect(d.span.end - d.span.offset).toBe("strin".length);
  });
});
