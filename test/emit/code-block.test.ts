// codeBlock and stringArray: body lines joined into one block, indented by brace depth.
import { describe, expect, it } from "vitest";
import { codeBlock, stringArray } from "../../generator/emit/code-block.ts";

describe("codeBlock", () => {
  it("indents two spaces per open brace, bracket or parenthesis, and closes a level on a closing line", () => {
    expect(codeBlock(["if (x) {", "a();", "}", "f(", "b,", ");"])).toBe("if (x) {\n  a();\n}\nf(\n  b,\n);");
  });

  it("nests, and keeps a line's own leading spaces on top of its depth", () => {
    expect(codeBlock(["switch (v) {", "case 1:", "  one();", "  break;", "}"])).toBe("switch (v) {\n  case 1:\n    one();\n    break;\n}");
    expect(codeBlock(["a({", "b: [", "1,", "],", "});"])).toBe("a({\n  b: [\n    1,\n  ],\n});");
  });

  it("splits multi-line items, trims trailing spaces and leaves blank lines empty", () => {
    expect(codeBlock(["x = {\np: 1,\n}  ", "", "y();"])).toBe("x = {\n  p: 1,\n}\n\ny();");
  });

  it("never indents below zero on a stray closing line", () => {
    expect(codeBlock(["}", "a();"])).toBe("}\na();");
  });
});

describe("stringArray", () => {
  it("prints strings as a JSON-quoted array on one line", () => {
    expect(stringArray(["a", 'b"c'])).toBe('["a", "b\\"c"]');
    expect(stringArray([])).toBe("[]");
  });
});
