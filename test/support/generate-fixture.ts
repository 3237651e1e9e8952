// Generates a package from schema files in-process (the same pipeline the CLI runs) into a
// temporary folder, for tests that compile or import what was generated.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generate, type GenerateResult } from "../../generator/pipeline.ts";
import { loadHelpers, loadIdAllowlist, loadRuntime, PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { EMPTY_DOCS } from "../../generator/model/schema-docs.ts";
import { writeTreeAtomically } from "../../generator/output/write.ts";
import { tempDir } from "./temp-dir.ts";

export async function generateFixture(files: string[], options: { all?: boolean; include?: string[] } = {}): Promise<GenerateResult> {
  const sources = files.map((f) => ({ file: f, text: readFileSync(join(PROJECT_ROOT, f), "utf8") }));
  return generate({
    sources,
    selection: (options.include ?? []).map((pattern) => ({ pattern, span: { file: "--include", line: 1, column: 1, offset: 0, end: 0 } })),
    all: options.all ?? !options.include,
    docs: EMPTY_DOCS,
    idAllowlist: loadIdAllowlist(),
    runtime: loadRuntime(),
    helpers: loadHelpers(),
    packageName: "tl-fixture",
    layer: 0, // the fixtures declare no layer: say it, rather than be warned of it
  });
}

/** Writes a result into a fresh temporary folder and returns it. */
export function writeFixture(result: GenerateResult): string {
  const dir = join(tempDir("tlgen-fixture-"), "pkg");
  writeTreeAtomically(dir, result.files);
  return dir;
}

export function fileOf(result: GenerateResult, path: string): string {
  const f = result.files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path} among ${result.files.map((x) => x.path).join(", ")}`);
  return f.content;
}
