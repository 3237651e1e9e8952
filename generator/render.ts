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
import { compileJs, compileDeclarations } from "./compile.ts";
import { formatTypeScript, PRETTIER_OPTIONS } from "./format.ts";

/** Formatted text by the SHA-256 of the unformatted text; the shell persists it between runs. */
export type FormatCache = Map<string, string>;

const PRINT = { indentNumberOfSpaces: 2 } as const;
const WIDTH = PRETTIER_OPTIONS.printWidth ?? 80;

export async function renderFiles(files: readonly EmittedFile[], header: string, cache: FormatCache): Promise<GeneratedFile[]> {
  const out: GeneratedFile[] = [];
  for (const f of files) {
    if (f.kind === "text") out.push({ path: f.path, content: f.content });
    else if (f.kind === "copy") out.push(...compiled(f.path, f.text, await formatCached(compileDeclarations(f.text, f.path), cache), null));
    else if (f.kind === "ts-text") {
      const src = await formatCached(`${header}\n\n${f.text}`, cache);
      out.push(...compiled(f.path, src, await formatCached(compileDeclarations(src, f.path), cache), header));
    } else {
      const { src, dts } = await renderModule(f, header, cache);
      out.push(...compiled(f.path, src, dts, header));
    }
  }
  return out;
}

/** A module's three files; generated ones (with a header) keep it in all three, copies carry their own. */
function compiled(path: string, src: string, dts: string, header: string | null): GeneratedFile[] {
  const base = path.replace(/\.ts$/, "");
  const js = compileJs(src, path);
  return [
    { path: `src/${path}`, content: src },
    { path: `dist/${base}.js`, content: header === null ? js : withHeader(js, header) },
    { path: `dist/${base}.d.ts`, content: header === null ? dts : withHeader(dts, header) },
  ];
}

function withHeader(text: string, header: string): string {
  return text.startsWith(header) ? text : `${header}\n\n${text}`;
}

/** A module's source and declarations, each: header, imports, declarations a blank line apart. */
async function renderModule(m: TsModule, header: string, cache: FormatCache): Promise<{ src: string; dts: string }> {
  const imports = m.imports.structures();
  const srcDecls: string[] = [];
  const dtsDecls: string[] = [];
  for (const s of m.statements) {
    srcDecls.push(await printFinal(s, cache));
    dtsDecls.push(await printFinal(toAmbient(s), cache));
  }
  const srcImports = await Promise.all(imports.map((i) => printFinal(i, cache)));
  // The declarations need only the imports their text names (types, base classes).
  const used = dtsDecls.join("\n");
  const dtsImports = await Promise.all(imports.map((i) => narrowImport(i, used)).filter((i) => i !== null).map((i) => printFinal(i!, cache)));
  const join = (importLines: string[], decls: string[]) => [header, ...(importLines.length ? [importLines.join("\n")] : []), ...decls].join("\n\n") + "\n";
  return { src: join(srcImports, srcDecls), dts: join(dtsImports, dtsDecls) };
}

/** Prints one statement; prettier formats it when the printer leaves a line too long. */
async function printFinal(s: StatementStructures, cache: FormatCache): Promise<string> {
  const text = tidy(printStructure(s, PRINT));
  // A multi-line type (all-or-none alternatives) is laid out by prettier's rules for unions.
  const multiLineType = s.kind === StructureKind.TypeAlias && typeof s.type === "string" && s.type.includes("\n");
  if (!multiLineType && !needsFormatting(text)) return text;
  return (await formatCached(text, cache)).trimEnd();
}

/** Prettier's output for `text`, computed once per distinct text. */
async function formatCached(text: string, cache: FormatCache): Promise<string> {
  const key = createHash("sha256").update(text).digest("hex");
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const formatted = await formatTypeScript(text, "module.ts");
  cache.set(key, formatted);
  return formatted;
}

/** What the structure printer writes differently from prettier, in the forms the emitters use. */
function tidy(text: string): string {
  return text.trimEnd().replace(/\{\n\s*\}/g, "{}");
}

/** A line longer than the print width (doc comment lines excepted: prettier leaves those). */
function needsFormatting(text: string): boolean {
  for (const line of text.split("\n")) {
    if (line.length > WIDTH && !/^\s*(\/\*\*|\*)/.test(line)) return true;
  }
  return false;
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

/** An import keeping only the names `text` mentions; null when none is left. */
function narrowImport(i: ReturnType<TsModule["imports"]["structures"]>[number], text: string): typeof i | null {
  const mentions = (name: string) => new RegExp(`\\b${name.replace(/\$/g, "\\$")}\\b`).test(text);
  if (i.namespaceImport) return mentions(i.namespaceImport) ? i : null;
  const names = (i.namedImports as string[] | undefined)?.filter(mentions) ?? [];
  return names.length ? { ...i, namedImports: names, isTypeOnly: true } : null;
}
