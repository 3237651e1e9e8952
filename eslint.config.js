// ESLint's rules for generator/, test/ and scripts/ (npm run lint; CI fails on any warning).
// A small set, each rule chosen because what it flags is a bug, not a matter of taste: formatting
// is prettier's, and tsc already checks types. The rules that need types (promises) read them from
// the project's tsconfig.json.
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    // Compiled or generated code, and what other tools own.
    ignores: [
      "generator/parse/tl-parser.js",
      "generator/parse/tl-parser.d.ts",
      "generated/**",
      "dist/**",
      "node_modules/**",
      "examples/**",
      "bench/**",
      "test/**/.tmp-*/**",
    ],
  },
  {
    // The sources carry a few `eslint-disable` comments for rules outside this set (no-explicit-any,
    // for editors that run a default set): they are not reported as unused.
    linterOptions: { reportUnusedDisableDirectives: "off" },
  },
  {
    files: ["generator/**/*.ts", "test/**/*.ts", "scripts/**/*.ts"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      // A promise nobody awaits or catches: its failure is lost, or crashes the process later.
      "@typescript-eslint/no-floating-promises": "error",
      // An async function where a void callback is expected (an event handler, forEach): its rejection goes nowhere.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: true, attributes: false } }],
      // `await` on something that is not a promise: usually a missing call or a wrong variable.
      "@typescript-eslint/await-thenable": "error",
      // A variable or import nobody reads: dead code, or a value computed and then forgotten.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { args: "none", caughtErrors: "none", ignoreRestSiblings: true, varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Type-level tests are compiled, never run: their values exist to be typed, and a call marked
    // @ts-expect-error is not meant to be awaited.
    files: ["test/types/**/*.ts"],
    rules: { "@typescript-eslint/no-unused-vars": "off", "@typescript-eslint/no-floating-promises": "off" },
  },
  {
    files: ["generator/**/*.{ts,js,mjs}", "test/**/*.{ts,js,mjs}", "scripts/**/*.{ts,js,mjs}"],
    rules: {
      // Code after return/throw/break that never runs.
      "no-unreachable": "error",
      // A case falling into the next without a comment saying it is meant.
      "no-fallthrough": "error",
      // `x === NaN` is always false; `x === x` says nothing.
      "use-isnan": "error",
      "no-self-compare": "error",
      // The second of two equal keys or cases silently wins or never runs.
      "no-dupe-keys": "error",
      "no-duplicate-case": "error",
      // A number literal JavaScript cannot hold exactly (an id past 2^53 written as a number).
      "no-loss-of-precision": "error",
      // return/throw in finally replaces the error or result it was meant to let through.
      "no-unsafe-finally": "error",
      // `!a in b`, `!a instanceof B`: the negation binds first.
      "no-unsafe-negation": "error",
      // `if (x = y)`: an assignment where a comparison was meant.
      "no-cond-assign": "error",
      // A test left focused makes the run skip every other test and still pass.
      "no-restricted-properties": [
        "error",
        ...["describe", "it", "test"].map((object) => ({
          object,
          property: "only",
          message: "a focused test skips the rest of the suite",
        })),
      ],
    },
  },
);
