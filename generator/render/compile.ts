// TypeScript source -> what the package ships: esbuild strips the types for the JavaScript (fast,
// comments dropped: the declarations carry the docs); TypeScript's transpileDeclaration writes
// the declarations of the copied runtime modules (isolated declarations: no type-check pass; the
// runtime is written to need none, and the tests type-check it). Generated modules get their
// declarations from their structures instead (render.ts).
import { createHash } from "node:crypto";
import { transform, transformSync } from "esbuild";
import { tsMorph } from "./ts-morph.ts";
import type { ts as TsTypes } from "ts-morph";

/** TypeScript's options for declarations (TypeScript comes with ts-morph, loaded on first use). */
function declarationOptions(ts: typeof TsTypes): TsTypes.CompilerOptions {
  return {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    declaration: true,
    isolatedDeclarations: true,
    removeComments: false,
    newLine: ts.NewLineKind.LineFeed,
    verbatimModuleSyntax: false,
  };
}

/** The JavaScript of one module. */
export function compileJs(source: string, fileName: string): string {
  try {
    return transformSync(source, { loader: "ts", format: "esm", target: "es2022", legalComments: "none", sourcefile: fileName }).code;
  } catch (e) {
    throw new Error(`compiling ${fileName} failed: ${(e as Error).message}`);
  }
}

/** The JavaScript of one module, asynchronously: many at once run on every core. */
export async function compileJsAsync(source: string, fileName: string): Promise<string> {
  try {
    return (await transform(source, { loader: "ts", format: "esm", target: "es2022", legalComments: "none", sourcefile: fileName })).code;
  } catch (e) {
    throw new Error(`compiling ${fileName} failed: ${(e as Error).message}`);
  }
}

// The runtime is the same text in every run: its declarations are computed once per process.
const declarations = new Map<string, string>();

/** The declarations of one hand-written module (the runtime, the helpers). */
export function compileDeclarations(source: string, fileName: string): string {
  const key = createHash("sha256").update(fileName).update("\0").update(source).digest("hex");
  const known = declarations.get(key);
  if (known !== undefined) return known;
  const { ts } = tsMorph();
  const decl = ts.transpileDeclaration(source, { compilerOptions: declarationOptions(ts), fileName, reportDiagnostics: true });
  const problems = decl.diagnostics ?? [];
  if (problems.length) {
    throw new Error(`compiling ${fileName} failed: ${ts.flattenDiagnosticMessageText(problems[0].messageText, "\n")}`);
  }
  declarations.set(key, decl.outputText);
  return decl.outputText;
}
