// Parses TL text into an AST, reporting every syntax error of the file at once.
// The grammar recovers at the next `;`; the skipped text is then parsed alone with the
// `Declaration` start rule, which yields peggy's precise "Expected ... but ... found" message.
import { parse as peggyParse, SyntaxError as PeggySyntaxError } from "./tl-parser.js";
import type { ItemNode, SchemaNode, Span } from "./ast.ts";
import { error, type Diagnostic } from "../diagnostics.ts";

export interface ParseResult {
  ast: SchemaNode;
  diagnostics: Diagnostic[];
}

const KNOWN_SECTIONS = new Set(["types", "functions"]);

/** Parses one schema file. Never throws on bad input; problems come back as diagnostics. */
export function parseSchemaText(text: string, file: string): ParseResult {
  let ast: SchemaNode;
  try {
    ast = peggyParse(text, { grammarSource: file, startRule: "Schema" }) as SchemaNode;
  } catch (e) {
    // The Schema rule accepts any text (recovery eats everything up to `;`), so this is a
    // parser bug, or an unterminated comment at the very end; report it with its place.
    if (!(e instanceof PeggySyntaxError)) throw e;
    return { ast: emptySchema(file), diagnostics: [syntaxDiagnostic(e, file, null)] };
  }
  const diagnostics: Diagnostic[] = [];
  for (const item of ast.items) diagnostics.push(...itemDiagnostics(item, file));
  return { ast, diagnostics };
}

function itemDiagnostics(item: ItemNode, file: string): Diagnostic[] {
  if (item.kind === "section" && !KNOWN_SECTIONS.has(item.name)) {
    return [error("TL002", `unknown section marker "---${item.name}---"`, item.span, ["expected ---types--- or ---functions---"])];
  }
  if (item.kind === "recovery") return [explainRecovery(item.text, item.span, file)];
  return [];
}

/** Re-parses skipped text alone to find out exactly what is wrong with it. */
function explainRecovery(text: string, span: Span, file: string): Diagnostic {
  try {
    peggyParse(text + ";", { grammarSource: file, startRule: "Declaration" });
  } catch (e) {
    if (e instanceof PeggySyntaxError) return syntaxDiagnostic(e, file, span);
    throw e;
  }
  // Parses alone but not in context: it is missing its `;`.
  return error("TL001", `expected ";" at the end of the declaration`, { ...span, offset: span.end, column: span.column + text.length });
}

/** Converts a peggy error to a diagnostic, shifting its location to where the chunk starts. */
function syntaxDiagnostic(e: PeggySyntaxError, file: string, chunk: Span | null): Diagnostic {
  const start = e.location.start;
  const line = chunk ? chunk.line + start.line - 1 : start.line;
  const column = chunk && start.line === 1 ? chunk.column + start.column - 1 : start.column;
  const offset = (chunk?.offset ?? 0) + start.offset;
  const length = Math.max(1, e.location.end.offset - start.offset);
  return error("TL001", lowerFirst(e.message), { file, line, column, offset, end: offset + length });
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function emptySchema(file: string): SchemaNode {
  return { kind: "schema", items: [], span: { file, line: 1, column: 1, offset: 0, end: 0 } };
}
