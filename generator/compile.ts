// TS source -> the JavaScript and declarations the package ships, file by file, with
// TypeScript's transpilers (no type-check pass: the generated code is written to need none;
// the tests type-check it with tsc).
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
  const js = ts.transpileModule(source, { compilerOptions: OPTIONS, fileName, reportDiagnostics: false }).outputText;
  const decl = ts.transpileDeclaration(source, { compilerOptions: OPTIONS, fileName, reportDiagnostics: true });
  const problems = decl.diagnostics ?? [];
  if (problems.length) {
    const first = problems[0];
    throw new Error(`declaration emit failed for ${fileName}: ${ts.flattenDiagnosticMessageText(first.messageText, "\n")}`);
  }
  return { js, dts: decl.outputText };
}
