// Emitted files -> the package's files: each TypeScript module printed once by ts-morph's
// structure printer into its final form (src/), its declarations (dist/*.d.ts, from the same
// structures with the bodies taken out) and its JavaScript (dist/*.js, esbuild stripping the
// types). Prettier, the formatter of what people read, runs only on the declarations the printer
// cannot leave in final form (a line longer than the print width), each at most once per text:
// `formatCache` keeps what it gave, keyed by the declaration's text. A test checks that
// prettier would change nothing in the output.
import { createHash } from "node:crypto";
import { printStructure, StructureKind, type StatementStructures } from "ts-morph";
import type { EmittedFile, TsModule } from "./emit/module.ts";
import type { GeneratedFile } from "./pipeline.ts";
import { compileJs, compileJsAsync, compileDeclarations } from "./compile.ts";
import { formatTypeScript } from "./format.ts";
import { layOut, tooLong, WIDTH } from "./layout.ts";

/**
 * Work render.ts does once per distinct input, kept between runs by the shell (render-cache.ts):
 * prettier's output by the SHA-256 of its input, and the compiled JavaScript and formatted
 * declarations of each copied module (the runtime, the helpers) by the SHA-256 of its text.
 */
export interface RenderCache {
  formatted: Map<string, string>;
  compiled: Map<string, { js: string; dts: string }>;
  /** Set when an entry was added: worth saving. */
  dirty: boolean;
  /** The keys this run looked up: what is saved, so the cache holds one run's worth. */
  used: Set<string>;
}

/** An empty render cache. */
export function emptyRenderCache(): RenderCache {
  return { formatted: new Map(), compiled: new Map(), dirty: false, used: new Set() };
}

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

const PRINT = { indentNumberOfSpaces: 2 } as const;

/** Milliseconds spent per kind of work, added to `timings` (print, format, declarations, javascript). */
let timings: Record<string, number> = {};
function timed<T>(stage: string, f: () => T): T {
  const start = performance.now();
  try {
    return f();
  } finally {
    timings[stage] = (timings[stage] ?? 0) + (performance.now() - start);
  }
}

export async function renderFiles(files: readonly EmittedFile[], header: string, cache: RenderCache, into: Record<string, number> = {}): Promise<GeneratedFile[]> {
  timings = into;
  const out: GeneratedFile[] = [];
  jsJobs = [];
  for (const f of files) {
    if (f.kind === "text") out.push({ path: f.path, content: f.content });
    else if (f.kind === "copy") out.push(...(await copied(f.path, f.text, cache)));
    else if (f.kind === "ts-text") {
      const src = await formatCached(`${header}\n\n${f.text}`, cache);
      out.push(...compiled(f.path, src, await formatCached(timed("declarations", () => compileDeclarations(src, f.path)), cache), header));
    } else {
      const { src, dts } = await renderModule(f, header, cache);
      out.push(...compiled(f.path, src, dts, header));
    }
  }
  // The JavaScript of every module at once: esbuild compiles them in parallel.
  const start = performance.now();
  await Promise.all(jsJobs.map((job) => job()));
  timings.javascript = (timings.javascript ?? 0) + (performance.now() - start);
  return out;
}

let jsJobs: (() => Promise<void>)[] = [];

/** A copied module (runtime, helper) as it is, with its JavaScript and formatted declarations (cached). */
async function copied(path: string, text: string, cache: RenderCache): Promise<GeneratedFile[]> {
  const key = sha256(`${path}\0${text}`);
  cache.used.add(key);
  let hit = cache.compiled.get(key);
  if (hit === undefined) {
    const dts = await formatCached(timed("declarations", () => compileDeclarations(text, path)), cache);
    hit = { js: timed("javascript", () => compileJs(text, path)), dts };
    cache.compiled.set(key, hit);
    cache.dirty = true;
  }
  const base = path.replace(/\.ts$/, "");
  return [
    { path: `src/${path}`, content: text },
    { path: `dist/${base}.js`, content: hit.js },
    { path: `dist/${base}.d.ts`, content: hit.dts },
  ];
}

/** A module's three files; generated ones (with a header) keep it in all three, copies carry their own. */
function compiled(path: string, src: string, dts: string, header: string | null): GeneratedFile[] {
  const base = path.replace(/\.ts$/, "");
  const js: GeneratedFile = { path: `dist/${base}.js`, content: "" };
  jsJobs.push(async () => {
    const code = await compileJsAsync(src, path);
    js.content = header === null ? code : withHeader(code, header);
  });
  return [{ path: `src/${path}`, content: src }, js, { path: `dist/${base}.d.ts`, content: header === null ? dts : withHeader(dts, header) }];
}

function withHeader(text: string, header: string): string {
  return text.startsWith(header) ? text : `${header}\n\n${text}`;
}

/** A module's source and declarations, each: header, imports, declarations a blank line apart. */
async function renderModule(m: TsModule, header: string, cache: RenderCache): Promise<{ src: string; dts: string }> {
  const imports = m.imports.structures();
  const srcDecls: string[] = [];
  const dtsDecls: string[] = [];
  for (const s of m.statements) {
    const src = await printFinal(s, cache, "print");
    srcDecls.push(src);
    // Types, interfaces and re-exports read the same in both: print them once.
    dtsDecls.push(hasBody(s) ? await printFinal(toAmbient(s), cache, "declarations") : src);
  }
  const srcImports = imports.map(printImport);
  // The declarations need only the imports their text names (types, base classes).
  const used = wordsOf(dtsDecls.join("\n"));
  const dtsImports = imports.map((i) => narrowImport(i, used)).filter((i) => i !== null).map((i) => printImport(i!));
  const join = (importLines: string[], decls: string[]) => [header, ...(importLines.length ? [importLines.join("\n")] : []), ...decls].join("\n\n") + "\n";
  return { src: join(srcImports, srcDecls), dts: join(dtsImports, dtsDecls) };
}

/** Prints one statement; prettier formats it when the printer leaves a line too long. */
async function printFinal(s: StatementStructures, cache: RenderCache, stage = "print"): Promise<string> {
  const text = timed(stage, () => tidy(printStructure(s, PRINT)));
  // A type literal spread over lines (all-or-none alternatives) is laid out by prettier.
  const multiLineType = s.kind === StructureKind.TypeAlias && typeof s.type === "string" && s.type.includes("\n") && s.type.includes("{");
  if (!multiLineType && !tooLong(text)) return text;
  return (await formatCached(text, cache)).trimEnd();
}

/** Prettier's output for `text`, computed once per distinct text. */
async function formatCached(text: string, cache: RenderCache): Promise<string> {
  const key = sha256(text);
  cache.used.add(key);
  const hit = cache.formatted.get(key);
  if (hit !== undefined) return hit;
  const start = performance.now();
  const formatted = await formatTypeScript(text, "module.ts");
  timings.format = (timings.format ?? 0) + (performance.now() - start);
  cache.formatted.set(key, formatted);
  cache.dirty = true;
  return formatted;
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
    default:
      return s;
  }
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
