// Room render/: emitted modules -> source, declarations and JavaScript: printer (and its thread),
// layout, prettier, the Node bundles, the render cache.
// Imports: base/, emit/, input/, plan/. Imported by: api/, output/, pipeline.ts.
//
// Emitted files -> the package's files: each TypeScript module printed once by ts-morph's
// structure printer into its final form (src/), its declarations (dist/*.d.ts, from the same
// structures with the bodies taken out) and its JavaScript (dist/*.js, esbuild stripping the
// types). Prettier, the formatter of what people read, runs only on the declarations the printer
// cannot leave in final form (a line longer than the print width). A test checks that prettier
// would change nothing in the output.
//
// Every piece of work is done once per distinct input and kept in the render cache: a
// statement's final text by its structure, prettier's output by its input, a module's JavaScript
// by its source. The shell keeps the cache between runs (render-cache.ts), so a run after a
// small schema change prints only the declarations that changed, and ts-morph (a third of a
// second to load) is loaded only when something is to be printed.
import type { StatementStructures } from "ts-morph";
import type { EmittedFile, TsModule } from "../emit/module.ts";
import type { GeneratedFile } from "./generated-file.ts";
import { compileJs, compileJsAsync, compileDeclarations } from "./compile.ts";
import { formatTypeScript } from "./format.ts";
import { layOut, tooLong, WIDTH } from "./layout.ts";
import { StructureKind } from "../emit/structure-kind.ts";
import { startPrinter, type Printer } from "./printer.ts";
import { emptyRenderCache, keyOf, remember, type RenderCache } from "./render-cache.ts";

export { emptyRenderCache, type RenderCache };

const PRINT = { indentNumberOfSpaces: 2 } as const;

/** One rendering's state: its cache, its printer, and the milliseconds spent per kind of work. */
interface Work {
  cache: RenderCache;
  printer: Printer;
  timings: Record<string, number>;
}

function timed<T>(work: Work, stage: string, f: () => T): T {
  const start = performance.now();
  try {
    return f();
  } finally {
    work.timings[stage] = (work.timings[stage] ?? 0) + (performance.now() - start);
  }
}

async function timedAsync<T>(work: Work, stage: string, f: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await f();
  } finally {
    work.timings[stage] = (work.timings[stage] ?? 0) + (performance.now() - start);
  }
}

/**
 * The files of the emitted modules; milliseconds per kind of work (print, format, declarations,
 * javascript) are added to `timings`. `printer` is the pipeline's (started when it started);
 * without one, a printer is started here and stopped at the end.
 */
export async function renderFiles(files: readonly EmittedFile[], header: string, cache: RenderCache, timings: Record<string, number> = {}, printer?: Printer): Promise<GeneratedFile[]> {
  const work: Work = { cache, timings, printer: printer ?? startPrinter() };
  try {
    return await renderWith(files, header, work);
  } finally {
    if (printer === undefined) work.printer.close();
  }
}

async function renderWith(files: readonly EmittedFile[], header: string, work: Work): Promise<GeneratedFile[]> {
  const out: GeneratedFile[] = [];
  const jsJobs: Promise<void>[] = [];
  // A module that fails to compile must fail the run, not the process: each job's failure is
  // kept as it happens (a rejection nobody awaits yet would end the process), and the first one
  // is thrown once every job has settled.
  const failures: unknown[] = [];
  try {
    for (const f of files) {
      if (f.kind === "text") out.push({ path: f.path, content: f.content });
      else if (f.kind === "copy") out.push(...(await copied(f.path, f.text, work)));
      else {
        const { src, dts } = f.kind === "ts-text" ? await renderText(f.path, f.text, header, work) : await renderModule(f, header, work);
        const base = f.path.replace(/\.ts$/, "");
        const js: GeneratedFile = { path: `dist/${base}.js`, content: "" };
        // esbuild compiles in its own process while later modules are printed.
        jsJobs.push(javascript(f.path, src, work).then((code) => void (js.content = withHeader(code, header)), (e: unknown) => void failures.push(e)));
        out.push({ path: `src/${f.path}`, content: src }, js, { path: `dist/${base}.d.ts`, content: withHeader(dts, header) });
      }
    }
  } finally {
    await timedAsync(work, "javascript", () => Promise.all(jsJobs));
  }
  if (failures.length) throw failures[0];
  return out;
}

/** A generated module's JavaScript. */
async function javascript(path: string, src: string, work: Work): Promise<string> {
  const key = keyOf(work.cache, "js", `${path}\0${src}`);
  return work.cache.entries.get(key) ?? remember(work.cache, key, await compileJsAsync(src, path));
}

/** A copied module (runtime, helper) as it is, with its JavaScript and formatted declarations. */
async function copied(path: string, text: string, work: Work): Promise<GeneratedFile[]> {
  const jsKey = keyOf(work.cache, "js", `${path}\0${text}`);
  const js = work.cache.entries.get(jsKey) ?? remember(work.cache, jsKey, timed(work, "javascript", () => compileJs(text, path)));
  const base = path.replace(/\.ts$/, "");
  return [
    { path: `src/${path}`, content: text },
    { path: `dist/${base}.js`, content: js },
    { path: `dist/${base}.d.ts`, content: await declarations(path, text, work) },
  ];
}

/** TypeScript's declarations of a module written as text, formatted. */
async function declarations(path: string, text: string, work: Work): Promise<string> {
  const key = keyOf(work.cache, "dts", `${path}\0${text}`);
  return work.cache.entries.get(key) ?? remember(work.cache, key, await formatCached(timed(work, "declarations", () => compileDeclarations(text, path)), work, path));
}

/** A module emitted as text (the Bot API and peer modules): formatted under the header. */
async function renderText(path: string, text: string, header: string, work: Work): Promise<{ src: string; dts: string }> {
  const src = await formatCached(`${header}\n\n${text}`, work, path);
  return { src, dts: await declarations(path, src, work) };
}

function withHeader(text: string, header: string): string {
  return text.startsWith(header) ? text : `${header}\n\n${text}`;
}

/** A module's source and declarations, each: header, imports, declarations a blank line apart. */
async function renderModule(m: TsModule, header: string, work: Work): Promise<{ src: string; dts: string }> {
  const imports = m.imports.structures();
  const srcDecls = await finalForms(m.statements, work, "print", m.path);
  // Types, interfaces and re-exports read the same in both: only statements with bodies are printed again.
  const bodied = m.statements.filter((s) => hasBody(s) && !isPrivateConstant(s));
  const ambient = await finalForms(bodied.map(toAmbient), work, "declarations", m.path);
  let next = 0;
  // A module's private constants (the request specs) are no part of its declarations: TypeScript
  // refuses an unexported `const` with an initializer in a .d.ts, and nothing outside may name them.
  const dtsDecls = m.statements.flatMap((s, i) => (isPrivateConstant(s) ? [] : [hasBody(s) ? ambient[next++] : srcDecls[i]]));
  const srcImports = imports.map(printImport);
  // The declarations need only the imports their text names (types, base classes).
  const used = wordsOf(dtsDecls.join("\n"));
  const dtsImports = imports.map((i) => narrowImport(i, used)).filter((i) => i !== null).map((i) => printImport(i!));
  // A module left empty by the selection (no writers for a package that sends no objects) is still
  // a module: index.ts re-exports it, and a d.ts without an import or export is not one.
  const empty = m.statements.length === 0 ? ["export {};"] : [];
  const join = (importLines: string[], decls: string[]) => [header, ...(importLines.length ? [importLines.join("\n")] : []), ...decls, ...empty].join("\n\n") + "\n";
  return { src: join(srcImports, srcDecls), dts: join(dtsImports, dtsDecls) };
}

/**
 * Each statement's final text: from the cache by its structure, else printed (all the misses in
 * one go) and, when the printer leaves a line too long, formatted by prettier.
 */
async function finalForms(statements: readonly StatementStructures[], work: Work, stage: string, path: string): Promise<string[]> {
  const { cache } = work;
  const keys = timed(work, "cache keys", () => statements.map((s) => keyOf(cache, "printed", JSON.stringify(s))));
  const texts = keys.map((k) => cache.entries.get(k));
  const missing = texts.flatMap((t, i) => (t === undefined ? [i] : []));
  if (missing.length === 0) return texts as string[];
  const printed = (await timedAsync(work, stage, () => printStatements(missing.map((i) => statements[i]), work.printer, path))).map(tidy);
  await Promise.all(
    missing.map(async (i, n) => {
      const text = printed[n];
      texts[i] = remember(cache, keys[i], tooLong(text) ? (await formatCached(text, work, path)).trimEnd() : text);
    }),
  );
  return texts as string[];
}

/**
 * ts-morph's printer over many statements at once, each returned on its own: one printer and
 * writer for them all (making one per statement was a third of the printing time). A multi-line
 * type (laid out already, object-shape.ts) goes in after printing, since the printer would
 * indent each of its lines after the first one level more.
 */
async function printStatements(statements: readonly StatementStructures[], printer: Printer, path: string): Promise<string[]> {
  if (statements.length === 0) return [];
  const types: string[] = [];
  const marked: (StatementStructures | string)[] = [];
  for (const s of statements) {
    if (marked.length) marked.push(SPLIT);
    if (s.kind === StructureKind.TypeAlias && typeof s.type === "string" && s.type.includes("\n")) {
      marked.push({ ...s, type: `${TYPE_PLACEHOLDER}${types.length}__` });
      types.push(s.type);
    } else marked.push(s);
  }
  let printed: string;
  try {
    printed = await printer.print({ kind: StructureKind.SourceFile, statements: marked }, PRINT);
  } catch (e) {
    throw new Error(`printing src/${path} failed: ${(e as Error)?.message ?? String(e)}`);
  }
  const texts = printed.split(SPLIT).map((t) => t.trim().replace(/__TLGEN_TYPE_(\d+)__/g, (_, i: string) => types[Number(i)]));
  if (texts.length !== statements.length) throw new Error(`internal: printed ${texts.length} statements of ${statements.length}`);
  return texts;
}
const SPLIT = "//__TLGEN_SPLIT__";
const TYPE_PLACEHOLDER = "__TLGEN_TYPE_";

/** Prettier's output for `text`. */
/** Prettier's output for `text`; `path` (the module it belongs to, under src/) only names it in errors. */
async function formatCached(text: string, work: Work, path: string): Promise<string> {
  const key = keyOf(work.cache, "formatted", text);
  const hit = work.cache.entries.get(key);
  if (hit !== undefined) return hit;
  return remember(work.cache, key, await timedAsync(work, "format", () => formatTypeScript(text, `src/${path}`)));
}

/** What the structure printer writes differently from prettier, in the forms the emitters use. */
function tidy(text: string): string {
  return layOut(text.trimEnd().replace(/\{\n\s*\}/g, "{}").replace(/[ \t]+$/gm, ""));
}

/** The declaration form of a statement: bodies and non-literal initializers taken out. */
function toAmbient(s: StatementStructures): StatementStructures {
  switch (s.kind) {
    case StructureKind.Function:
      return { ...s, statements: undefined, hasDeclareKeyword: true };
    case StructureKind.Class:
      return {
        ...s,
        hasDeclareKeyword: true,
        properties: s.properties?.map((p) => ({ ...p, hasDeclareKeyword: false, initializer: p.isReadonly && isLiteral(p.initializer) ? p.initializer : undefined })),
        methods: s.methods?.map((m) => ({ ...m, statements: undefined })),
        ctors: s.ctors?.map((c) => ({ ...c, statements: undefined })),
      };
    case StructureKind.VariableStatement:
      return {
        ...s,
        hasDeclareKeyword: true,
        declarations: s.declarations.map((d) => ({ ...d, initializer: isLiteral(d.initializer) ? d.initializer : undefined })),
      };
    default:
      return s;
  }
}

function isPrivateConstant(s: StatementStructures): boolean {
  return s.kind === StructureKind.VariableStatement && !s.isExported;
}

function isLiteral(initializer: unknown): boolean {
  return typeof initializer === "string" && /^(0x[0-9a-f]+|-?\d+|"(?:[^"\\]|\\.)*"|true|false)$/.test(initializer);
}

type ImportStructure = ReturnType<TsModule["imports"]["structures"]>[number];

/** An import as prettier prints it: one line when it fits, else one name per line. */
function printImport(i: ImportStructure): string {
  const type = i.isTypeOnly ? "type " : "";
  if (i.namespaceImport) return `import ${type}* as ${i.namespaceImport} from "${i.moduleSpecifier}";`;
  const names = i.namedImports as string[];
  const one = `import ${type}{ ${names.join(", ")} } from "${i.moduleSpecifier}";`;
  return one.length <= WIDTH ? one : `import ${type}{\n${names.map((n) => `  ${n},`).join("\n")}\n} from "${i.moduleSpecifier}";`;
}

/** A statement with code in it (a function or class body), which its declaration leaves out. */
function hasBody(s: StatementStructures): boolean {
  return s.kind === StructureKind.Function || s.kind === StructureKind.Class || s.kind === StructureKind.VariableStatement;
}

/** Every identifier-like word of `text`. */
function wordsOf(text: string): Set<string> {
  return new Set(text.match(/[\w$]+/g) ?? []);
}

/** An import keeping only the names `used` holds; null when none is left. */
function narrowImport(i: ImportStructure, used: ReadonlySet<string>): ImportStructure | null {
  if (i.namespaceImport) return used.has(i.namespaceImport) ? i : null;
  const names = (i.namedImports as string[] | undefined)?.filter((n) => used.has(n)) ?? [];
  return names.length ? { ...i, namedImports: names, isTypeOnly: true } : null;
}
