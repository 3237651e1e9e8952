// Prettier, with the project's pinned options, inside the pipeline: what --check compares is
// the final formatted text. Loaded on first use: most runs print everything in final form
// already (render.ts, layout.ts) and never need it.
import type { Options } from "prettier";

export const PRETTIER_OPTIONS: Options = {
  // babel-ts formats the same TypeScript as the typescript parser, about 1.6x faster here.
  parser: "babel-ts",
  printWidth: 120,
  trailingComma: "all",
  semi: true,
  singleQuote: false,
  endOfLine: "lf",
};

let prettier: Promise<typeof import("prettier")> | null = null;

export async function formatTypeScript(text: string, file: string): Promise<string> {
  prettier ??= import("prettier");
  try {
    return await (await prettier).format(text, { ...PRETTIER_OPTIONS, filepath: file });
  } catch (e) {
    throw new Error(`prettier failed on ${file}: ${(e as Error).message}`);
  }
}
