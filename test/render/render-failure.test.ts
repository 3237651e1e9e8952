// A module that does not compile fails the rendering, not the process: its JavaScript is compiled
// while later modules are printed, and that compilation's failure must reject renderFiles (naming
// the module) once every job has settled, never float as an unhandled rejection that ends the
// process of whoever called generate().
import { describe, expect, it } from "vitest";
import { StructureKind, type StatementStructures } from "ts-morph";
import { emptyRenderCache, renderFiles } from "../../generator/render/render.ts";
import { tsModule, type TsModule } from "../../generator/emit/module.ts";

function moduleWith(path: string, ...statements: StatementStructures[]): TsModule {
  const m = tsModule(path);
  m.statements.push(...statements);
  return m;
}

/** Prints, but esbuild cannot compile it. */
const broken: StatementStructures = { kind: StructureKind.Function, name: "f", isExported: true, statements: ["return (;"] };
const fine = (name: string): StatementStructures => ({ kind: StructureKind.Function, name, isExported: true, returnType: "number", statements: ["return 1;"] });

describe("a generated module that does not compile", () => {
  it("rejects renderFiles naming the module, after the modules printed after it, with no unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const listen = (e: unknown) => unhandled.push(e);
    process.on("unhandledRejection", listen);
    try {
      // Many modules after the broken one: its compilation fails while they are still printed.
      const later = Array.from({ length: 30 }, (_, i) => moduleWith(`m${i}.ts`, fine(`g${i}`), fine(`h${i}`)));
      await expect(renderFiles([moduleWith("requests/broken.ts", broken), ...later], "// test", emptyRenderCache())).rejects.toThrow(/^compiling requests\/broken\.ts failed: /);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", listen);
    }
  });
});
