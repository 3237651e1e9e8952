// Room parse/: the grammar and its compiled parser, the AST with spans, recovery, diagnostics.
// Imports: base/. Imported by: api/, cli/, input/, layers/, model/, pipeline.ts, plan/.
//
// Parses TL text into an AST, reporting every problem of the file at once. The text is screened
// first (size, binary content, nesting: screen-text.ts); the grammar then accepts any text,
// capturing what it cannot read as recovery nodes, which recover.ts takes apart again.
import { parse as peggyParse, SyntaxError as PeggySyntaxError } from "./tl-parser.js";
import type { ItemNode, SchemaNode } from "./ast.ts";
import { error, warning, type Diagnostic } from "./diagnostics.ts";
import { LineIndex } from "./line-index.ts";
import { screenSchemaText } from "./screen-text.ts";
import { resolveRecovery, syntaxDiagnostic, type ParseContext } from "./recover.ts";

export interface ParseResult {
  ast: SchemaNode;
  diagnostics: Diagnostic[];
}

const KNOWN_SECTIONS = new Set(["types", "functions"]);

/** Parses one schema file. Never throws on bad input; problems come back as diagnostics. */
export function parseSchemaText(text: string, file: string): ParseResult {
  const lines = new LineIndex(text);
  const screened = screenSchemaText(text, file, lines);
  if (screened.refused) return { ast: emptySchema(file), diagnostics: screened.diagnostics };
  const ctx: ParseContext = { text: screened.text, file, lines };
  let ast: SchemaNode;
  try {
    // A byte order mark is skipped by starting after it; spans still count it as offset 0.
    const origin = { offset: screened.start, line: 1, column: 1 };
    ast = peggyParse(screened.start ? screened.text.slice(screened.start) : screened.text, { grammarSource: file, startRule: "Schema", origin }) as SchemaNode;
  } catch (e) {
    // The Schema rule accepts any text (recovery eats everything up to `;`), so this is a
    // parser bug or a stack overflow: still a located diagnostic, never a crash.
    if (e instanceof PeggySyntaxError) return { ast: emptySchema(file), diagnostics: [...screened.diagnostics, syntaxDiagnostic(e, ctx, screened.start)] };
    if (e instanceof RangeError) return { ast: emptySchema(file), diagnostics: [...screened.diagnostics, tooComplex(file)] };
    throw e;
  }
  const diagnostics: Diagnostic[] = [...screened.diagnostics];
  const items: ItemNode[] = [];
  for (const item of ast.items) {
    if (item.kind === "recovery") {
      const recovered = resolveRecovery(item, ctx);
      items.push(...recovered.items);
      diagnostics.push(...recovered.diagnostics);
    } else {
      items.push(item);
    }
  }
  for (const item of items) diagnostics.push(...itemDiagnostics(item));
  if (!items.some((i) => i.kind === "combinator" || i.kind === "builtin") && diagnostics.length === 0) {
    diagnostics.push(warning("TL005", `${file} declares nothing${text.trim() === "" ? " (the file is empty)" : ""}`, emptySchema(file).span));
  }
  return { ast: { ...ast, items }, diagnostics };
}

function itemDiagnostics(item: ItemNode): Diagnostic[] {
  if (item.kind === "section" && !KNOWN_SECTIONS.has(item.name)) {
    return [error("TL002", `unknown section marker "---${item.name}---"`, item.span, ["expected ---types--- or ---functions---"])];
  }
  if (item.kind === "giveUp") {
    return [error("TL001", "too many syntax errors: the rest of the file is not read", { ...item.span, end: item.span.offset + 1 })];
  }
  if ((item.kind === "combinator" || item.kind === "builtin") && item.id && item.id.text.length > 8) {
    return [error("TL001", `constructor id "${item.id.text}" has more than 8 hex digits`, item.id.span)];
  }
  return [];
}

function tooComplex(file: string): Diagnostic {
  return error("TL001", "the schema is too complex to parse (the parser ran out of stack)", emptySchema(file).span);
}

function emptySchema(file: string): SchemaNode {
  return { kind: "schema", items: [], span: { file, line: 1, column: 1, offset: 0, end: 0 } };
}
