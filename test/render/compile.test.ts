// compileJs and compileDeclarations: TypeScript source to the JavaScript and the declarations the
// package ships; failures name the file.
import { describe, expect, it, vi } from "vitest";
import { compileDeclarations, compileJs } from "../../generator/render/compile.ts";

/** How many times TypeScript's declaration emit ran. */
const calls = vi.hoisted(() => ({ transpileDeclaration: 0 }));
vi.mock("../../generator/render/ts-morph.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../generator/render/ts-morph.ts")>();
  const tsMorph = original.tsMorph();
  const transpileDeclaration: typeof tsMorph.ts.transpileDeclaration = (...args) => {
    calls.transpileDeclaration++;
    return tsMorph.ts.transpileDeclaration(...args);
  };
  const wrapped = { ...tsMorph, ts: { ...tsMorph.ts, transpileDeclaration } };
  return { tsMorph: () => wrapped };
});

describe("compileJs", () => {
  it("strips types and type-only imports, keeping ES modules", () => {
    const js = compileJs('import type { A } from "./a.js";\nimport { b } from "./b.js";\nexport function f(a: A): number {\n  return b(a as never) satisfies number;\n}\n', "x.ts");
    expect(js.replace(/\s+/g, " ").trim()).toBe('import { b } from "./b.js"; function f(a) { return b(a); } export { f };');
  });

  it("keeps modern syntax as it is (ES2022): class fields, bigint literals", () => {
    expect(compileJs("export class C { static readonly n: bigint = 1n; #p = 2; }", "c.ts")).toContain("static n = 1n;");
  });

  it("fails naming the file", () => {
    expect(() => compileJs("export const = 1;", "src/bad.ts")).toThrow(/^compiling src\/bad\.ts failed: /);
  });
});

describe("compileDeclarations", () => {
  it("writes the declarations of a module with explicit types, comments kept", () => {
    const d = compileDeclarations("/** Doubles. */\nexport function twice(x: number): number {\n  return x * 2;\n}\nconst hidden = 1;\nexport const shown: number = hidden;\n", "twice.ts");
    expect(d).toBe("/** Doubles. */\nexport declare function twice(x: number): number;\nexport declare const shown: number;\n");
  });

  it("fails, naming the file, on a module whose declarations would need type inference", () => {
    expect(() => compileDeclarations("export const list = [1, 2].map(String);\n", "runtime/inferred.ts")).toThrow(/^compiling runtime\/inferred\.ts failed: /);
  });

  it("computes the declarations of one text once per process", () => {
    const source = "export const once: number = 1;\n";
    const before = calls.transpileDeclaration;
    const first = compileDeclarations(source, "once.ts");
    expect(compileDeclarations(source, "once.ts")).toBe(first);
    expect(calls.transpileDeclaration - before).toBe(1);
    compileDeclarations(source, "other-name.ts");
    expect(calls.transpileDeclaration - before).toBe(2);
  });
});
