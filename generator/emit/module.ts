// Room emit/: one emitter per concept, each (plan, options) -> EmittedFile[]; the statement
// builders.
// Imports: base/, model/, plan/. Imported by: api/, output/, pipeline.ts, render/.
//
// The one contract every emitter follows: a function from the plan to files. A TypeScript module
// is data (its imports and ts-morph statement structures), printed later, in one place
// (render.ts), into its source, its declarations and its JavaScript. Other files are text.
import type { StatementStructures } from "ts-morph";
import type { PackagePlan } from "../plan/plan.ts";
import { ImportMap } from "./imports.ts";

/** A generated TypeScript module under src/. */
export interface TsModule {
  kind: "ts";
  /** Under src/, `/`-separated: `codecs.ts`, `requests/messages.ts`. */
  path: string;
  imports: ImportMap;
  statements: StatementStructures[];
}

/** A runtime or helper module copied into src/ byte for byte (not formatted, no header). */
export interface CopiedModule {
  kind: "copy";
  /** Under src/: `runtime/reader.ts`. */
  path: string;
  text: string;
}

/** Any other file of the package: docs, package.json, README, manifest. */
export interface TextFile {
  kind: "text";
  /** Relative to the package folder: `docs/index.md`, `package.json`. */
  path: string;
  content: string;
}

/** A TypeScript module emitted as text (formatted by prettier as a whole). */
export interface TsTextModule {
  kind: "ts-text";
  /** Under src/. */
  path: string;
  text: string;
}

export type EmittedFile = TsModule | CopiedModule | TsTextModule | TextFile;

/** Every emitter: the plan (and its own options) in, files out. */
export type Emitter<O = void> = (plan: PackagePlan, options: O) => EmittedFile[];

/** A new, empty module at `path` (under src/). */
export function tsModule(path: string): TsModule {
  return { kind: "ts", path, imports: new ImportMap(), statements: [] };
}

/** `./` or `../../` from a module at `path` (under src/) back to src/. */
export function toRoot(path: string): string {
  const depth = path.split("/").length - 1;
  return depth === 0 ? "./" : "../".repeat(depth);
}
