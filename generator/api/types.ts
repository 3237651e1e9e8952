// The types of tlgen's programmatic API (`import { generate } from "tlgen"`) and of its config
// file. Self-contained on purpose (no imports): the published declarations are this file and
// the entry point, nothing of the generator's internals.

/** A schema given as text instead of a path: `file` is the name diagnostics and headers show. */
export interface SchemaText {
  file: string;
  text: string;
}

/** What `tlgen.config.ts` (or `.mjs`, `.js`, `.json`) holds; relative paths are relative to that file. */
export interface TlgenConfig {
  /** Schema files read together as one schema. Default: the schema bundled with tlgen. */
  schema?: string | string[];
  /** Read the schema from an installed package instead: "telegram" is GramJS's TL text and layer. */
  schemaFrom?: "telegram";
  /** The methods to generate, as TL names where `*` matches any run of characters. */
  include?: string | string[];
  /** A roots file instead of `include`: one pattern per line, `#` comments. */
  selection?: string;
  /** Generate every method of the schema. */
  all?: boolean;
  /** The folder the package is written to. */
  out?: string;
  /** The generated package's npm name. Default: the output folder's name when it is a valid one. */
  name?: string;
  /** The layer, for schema files without a `// LAYER` line. */
  layer?: number;
  /**
   * Descriptions, errors and availability (the shape of tlgen's schema/api-docs.json). Default:
   * the data bundled with tlgen, applied to every declaration whose name and id match it;
   * `false` for none.
   */
  docs?: string | false;
  /** Where unchanged runs are cached. Default: node_modules/.cache/tlgen in the project; `false` for no cache. */
  cacheDir?: string | false;
  /**
   * The oldest layer whose forms of the package's constructors the readers also accept (from the
   * layer history tlgen ships); `false` for none. Default: the whole history.
   */
  olderLayers?: number | false;
}

/** Options of `generate`, `generateFiles` and `tlgen generate`. */
export interface GenerateOptions extends Omit<TlgenConfig, "schema"> {
  /** Schema files (paths), or schema texts. Default: the schema bundled with tlgen. */
  schema?: string | ReadonlyArray<string | SchemaText>;
  /** The folder relative paths are resolved against. Default: process.cwd(). */
  cwd?: string;
  /** The command the generated headers say regenerates the package. Default: built from these options. */
  command?: string;
  /** Compare instead of writing: the summary says what differs, nothing is written. */
  check?: boolean;
}

/** A problem found in the input: a schema error or warning, or a selection that matches nothing. */
export interface TlgenDiagnostic {
  severity: "error" | "warning";
  /** A stable code such as `TL011`. */
  code: string;
  message: string;
  file: string;
  line: number;
  column: number;
  /** Hints shown under the excerpt ("did you mean ..."). */
  notes: string[];
  /** The diagnostic as `tlgen` prints it: the message, the location and a caret excerpt. */
  text: string;
}

/**
 * The kinds of failure `TlgenError.kind` names. `internal`: generating failed inside tlgen (a
 * module that does not compile, a formatter that refuses it); nothing was written.
 */
export type TlgenErrorKind = "usage" | "input" | "schema" | "output" | "internal";

/** One generated file: its path relative to the output folder (`/`-separated) and its text. */
export interface GeneratedFile {
  path: string;
  content: string;
}

/** What was generated, without the files. */
export interface GenerateStats {
  layer: number;
  /** The selected methods (the roots). */
  methods: number;
  /** Every function in the package: the roots and what their parameters need (generic wrappers). */
  functions: number;
  constructors: number;
  types: number;
  /** The package's declarations (constructors and functions), and how many of them have docs. */
  declarations: number;
  documented: number;
}

/** What `generateFiles` resolves to: the files, nothing written. */
export interface GeneratedPackage {
  name: string;
  files: GeneratedFile[];
  stats: GenerateStats;
  /** Warnings about the input (errors reject instead). */
  diagnostics: TlgenDiagnostic[];
  /** Methods added (`+`), removed (`-`) or changed (`~`) since `previousManifest`. */
  signatureChanges: string[];
}

/** What `generate` resolves to. */
export interface GenerateSummary extends GenerateStats {
  name: string;
  /** The output folder, absolute. */
  out: string;
  /** Every file of the package. */
  files: number;
  /** Paths relative to `out`: new files, files whose content changed, files no longer generated. */
  added: string[];
  changed: string[];
  removed: string[];
  /** False when nothing needed writing, or with `check`. */
  written: boolean;
  /** True when the output already matched (always set; with `check` it is the answer). */
  upToDate: boolean;
  /** True when the files came from the cache. */
  cached: boolean;
  /** Methods added (`+`), removed (`-`) or changed (`~`) since the previous output's manifest. */
  signatureChanges: string[];
  diagnostics: TlgenDiagnostic[];
  milliseconds: number;
  /** Milliseconds by phase, in the order they ran (read, parse and check, …, write). */
  phases: Record<string, number>;
  /**
   * With `check`: why writing would be refused (the folder holds files tlgen did not write),
   * else null.
   */
  refusal: string | null;
}

/** Options of `check`. */
export interface CheckOptions {
  /** Schema files (read together as one schema), or schema texts. */
  schema: string | ReadonlyArray<string | SchemaText>;
  cwd?: string;
}

/** What `check` resolves to. Schema errors are in `diagnostics`, not thrown. */
export interface CheckResult {
  layer: number | null;
  constructors: number;
  functions: number;
  idsChecked: number;
  /** Names whose declared id differs from the computed one. */
  idsMismatched: string[];
  /** Mismatches known and accepted (tlgen's id allowlist). */
  idsAllowlisted: string[];
  errors: number;
  warnings: number;
  diagnostics: TlgenDiagnostic[];
  milliseconds: number;
}

/** Options of `diff`. */
export interface DiffOptions {
  from: string | SchemaText;
  to: string | SchemaText;
  /**
   * Only what a package uses: `true` for the roots of tlgen's bundled selection, patterns, or
   * `{ file }` for a roots file; with everything their parameters and results need, in either schema.
   */
  selection?: boolean | ReadonlyArray<string> | { file: string };
  cwd?: string;
}

/** One change of a declaration between two schemas. */
export interface SchemaChange {
  what: "id" | "param-added" | "param-removed" | "param-retyped" | "result" | "union";
  text: string;
  /** True when code written against the old schema stops compiling or means something else. */
  breaking: boolean;
}

/** A declaration added, removed or changed. */
export interface SchemaDiffEntry {
  kind: "method" | "constructor";
  name: string;
  status: "added" | "removed" | "changed";
  breaking: boolean;
  changes: SchemaChange[];
}

/** What `diff` resolves to. */
export interface DiffResult {
  fromLayer: number | null;
  toLayer: number | null;
  entries: SchemaDiffEntry[];
  /** The changelog as `tlgen diff` prints it. */
  text: string;
}
