// formatTypeScript: prettier with the project's pinned options, its failures naming the file.
import { describe, expect, it } from "vitest";
import { formatTypeScript, PRETTIER_OPTIONS } from "../../generator/render/format.ts";

describe("formatTypeScript", () => {
  it("formats with the pinned options: double quotes, semicolons, trailing commas, 120 columns", async () => {
    expect(await formatTypeScript("const a = {x: 'y'}\nf(a,\nb)", "a.ts")).toBe('const a = { x: "y" };\nf(a, b);\n');
    const long = `call(${Array.from({ length: 8 }, (_, i) => `argumentNumber${i}`).join(", ")});`;
    expect(long.length).toBeGreaterThan(120);
    expect(await formatTypeScript(long, "a.ts")).toBe(`call(\n${Array.from({ length: 8 }, (_, i) => `  argumentNumber${i},`).join("\n")}\n);\n`);
    expect(PRETTIER_OPTIONS).toMatchObject({ printWidth: 120, singleQuote: false, semi: true, trailingComma: "all", endOfLine: "lf" });
  });

  it("keeps TypeScript syntax: types, type-only imports, declarations", async () => {
    const text = 'import type {A} from "./a.js"\nexport declare function f(a: A): Promise<void>\n';
    expect(await formatTypeScript(text, "x.d.ts")).toBe('import type { A } from "./a.js";\nexport declare function f(a: A): Promise<void>;\n');
  });

  it("fails naming the file and prettier's reason", async () => {
    await expect(formatTypeScript("const = ;", "src/broken.ts")).rejects.toThrow(/^prettier failed on src\/broken\.ts: /);
  });
});
