// The printing thread: what it prints is what ts-morph prints on the main thread, a structure
// ts-morph refuses is an error that says so, and after close() printing carries on in-thread.
import { describe, expect, it } from "vitest";
import { printStructure, StructureKind, type SourceFileStructure } from "ts-morph";
import { startPrinter } from "../../generator/render/printer.ts";

const OPTIONS = { indentNumberOfSpaces: 2 };
const file: SourceFileStructure = {
  kind: StructureKind.SourceFile,
  statements: [
    { kind: StructureKind.Interface, name: "A", isExported: true, properties: [{ name: "x", type: "number", docs: ["The x."] }] },
    "//__SPLIT__",
    { kind: StructureKind.Function, name: "f", isExported: true, parameters: [{ name: "a", type: "A" }], returnType: "number", statements: ["return a.x;"] },
  ],
};

describe("startPrinter", () => {
  it("prints on its thread exactly what ts-morph prints, for many requests at once", async () => {
    const printer = startPrinter();
    try {
      const texts = await Promise.all(Array.from({ length: 5 }, () => printer.print(file, OPTIONS)));
      for (const text of texts) expect(text).toBe(printStructure(file, OPTIONS));
      expect(texts[0]).toContain("export function f(a: A): number {\n  return a.x;\n}");
    } finally {
      printer.close();
    }
  });

  it("refuses a structure ts-morph cannot print, saying so", async () => {
    const printer = startPrinter();
    try {
      const bad = { kind: StructureKind.SourceFile, statements: [{ kind: 9999 }] } as unknown as SourceFileStructure;
      await expect(printer.print(bad, OPTIONS)).rejects.toThrow(/^printing failed: /);
    } finally {
      printer.close();
    }
  });

  it("prints on the main thread after close()", async () => {
    const printer = startPrinter();
    printer.close();
    expect(await printer.print(file, OPTIONS)).toBe(printStructure(file, OPTIONS));
  });
});
