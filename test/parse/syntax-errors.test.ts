// Broken input: each case asserts the diagnostic's code, message, line and column, and that
// the parser recovered at the next `;` so that later problems are reported too.
import { describe, expect, it } from "vitest";
import { analyze } from "../helpers.ts";
import { parseSchemaText } from "../../generator/parse/parse.ts";

interface Case {
  name: string;
  text: string;
  code: string;
  message: string | RegExp;
  line: number;
  column: number;
}

const cases: Case[] = [
  { name: "missing =", text: "ok#be5cd629 = A;\nfoo#2 x:int;", code: "TL001", message: 'expected ".", "<", "=", or identifier but ";" found.', line: 2, column: 12 },
  { name: "bad id", text: "foo#zz = Bar;", code: "TL001", message: /constructor id but "z" found/, line: 1, column: 5 },
  { name: "id longer than 8 hex digits", text: "foo#123456789 = Bar;", code: "TL001", message: 'constructor id "123456789" has more than 8 hex digits', line: 1, column: 5 },
  { name: "unclosed <", text: "foo#1 x:Vector<int = Bar;", code: "TL001", message: 'expected "," or ">" but "=" found.', line: 1, column: 20 },
  { name: "flags.0? without a type", text: "foo#1 flags:# x:flags.0? = Bar;", code: "TL001", message: 'expected "!", "%", or name but " " found.', line: 1, column: 25 },
  { name: "flag bit 32", text: "foo flags:# x:flags.32?int = Bar;", code: "TL012", message: "flag bit 32 out of range (0..31) in foo.x", line: 1, column: 15 },
  { name: "unknown section marker", text: "---typse---\nfoo = Bar;", code: "TL002", message: 'unknown section marker "---typse---"', line: 1, column: 1 },
  { name: "stray characters", text: "foo = Bar;\n@@ bar = Baz;", code: "TL001", message: 'expected name but "@" found.', line: 2, column: 1 },
  { name: "missing ;", text: "foo = Bar\nbaz = Qux;", code: "TL001", message: 'expected ";" at the end of the declaration', line: 1, column: 10 },
  { name: "missing parameter type", text: "foo x: = Bar;", code: "TL001", message: 'expected "!", "#", "%", identifier, or name but " " found.', line: 1, column: 7 },
  { name: "missing result type", text: "foo x:int = ;", code: "TL001", message: 'expected "!", "%", or name but ";" found.', line: 1, column: 13 },
  { name: "flag condition without a bit", text: "foo flags:# x:flags.?int = Bar;", code: "TL001", message: 'expected flag bit number but "?" found.', line: 1, column: 21 },
  { name: "unterminated generic", text: "foo {X:Type q:!X = X;", code: "TL001", message: /expected "}" but "q" found/, line: 1, column: 13 },
  { name: "empty type argument list", text: "foo x:Vector<> = Bar;", code: "TL001", message: 'expected "!", "%", or name but ">" found.', line: 1, column: 14 },
  { name: "name starting with a digit", text: "9foo = Bar;", code: "TL001", message: /but "9" found/, line: 1, column: 1 },
  { name: "hash without id", text: "foo# x:int = Bar;", code: "TL001", message: /constructor id but " " found/, line: 1, column: 5 },
  { name: "unterminated block comment", text: "foo = Bar; /* never closed", code: "TL001", message: /expected/, line: 1, column: 12 },
  { name: "parameter without a name", text: "foo :int = Bar;", code: "TL001", message: /but ":" found/, line: 1, column: 5 },
];

describe("syntax errors", () => {
  it.each(cases)("reports $name with its message, line and column", (c) => {
    const { diagnostics } = analyze(c.text);
    const d = diagnostics.find((x) => x.code === c.code);
    expect(d, JSON.stringify(diagnostics, null, 1)).toBeDefined();
    if (typeof c.message === "string") expect(d!.message).toBe(c.message);
    else expect(d!.message).toMatch(c.message);
    expect({ line: d!.span.line, column: d!.span.column }).toEqual({ line: c.line, column: c.column });
  });

  it("reports every broken declaration of a file at once, recovering at the next ;", () => {
    const text = "a#zz = A;\nb x:int = ;\nc#3 x:Vector<int = C;\ngood#4 = D;";
    const { diagnostics } = parseSchemaText(text, "t.tl");
    expect(diagnostics.map((d) => [d.code, d.span.line])).toEqual([
      ["TL001", 1],
      ["TL001", 2],
      ["TL001", 3],
    ]);
  });

  it("never throws on arbitrary text", () => {
    for (const text of ["", ";;;", "{", "---", "/*", "a:b:c", "#", "= = =", "\u0000\uffff"]) {
      expect(() => parseSchemaText(text, "t.tl")).not.toThrow();
    }
  });
});
