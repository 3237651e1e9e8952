// TS source -> the JavaScript and declarations the package ships, file by file: esbuild strips
// the types (fast), TypeScript's transpileDeclaration writes the .d.ts (isolated declarations: no
// type-check pass; the generated code is written to need none, and the tests type-check it).
import { transformSync } from "esbuild";
import { ts } from "ts-morph";

export interface Compiled {
  js: string;
  dts: string;
}

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  declaration: true,
  isolatedDeclarations: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
  verbatimModuleSyntax: false,
};

export function compileModule(source: string, fileName: string): Compiled {
  // The JavaScript carries no comments (the declarations carry the docs): less to load at import.
  let js: string;
  try {
    js = transformSync(source, { loader: "ts", format: "esm", target: "es2022", legalComments: "none", sourcefile: fileName }).code;
  } catch (e) {
    throw new Error(`compiling ${fileName} failed: ${(e as Error).message}`);
  }
  const decl = ts.transpileDeclaration(source, { compilerOptions: OPTIONS, fileName, reportDiagnostics: true });
  const problems = decl.diagnostics ?? [];
  if (problems.length) {
    const first = problems[0];
    throw new Error(`declaration emit failed for ${fileName}: ${ts.flattenDiagnosticMessageText(first.messageText, "\n")}`);
  }
  return { js, dts: decl.outputText };
}
