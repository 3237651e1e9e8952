// The committed parser (tl-parser.js) must be what peggy makes of tl.peggy today.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import peggy from "peggy";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";

describe("compiled parser", () => {
  it("is up to date with tl.peggy (run npm run build:grammar after editing the grammar)", () => {
    const dir = join(PROJECT_ROOT, "generator", "parse");
    const source = peggy.generate(readFileSync(join(dir, "tl.peggy"), "utf8"), {
      output: "source",
      format: "es",
      allowedStartRules: ["Schema", "Declaration", "Param", "TypeExpr"],
      grammarSource: "generator/parse/tl.peggy",
    });
    const committed = readFileSync(join(dir, "tl-parser.js"), "utf8");
    // The CLI adds a header comment naming itself; compare the generated code only.
    const body = (s: string) => s.slice(s.indexOf("function peg$subclass"));
    expect(body(committed)).toBe(body(source));
  });
});
