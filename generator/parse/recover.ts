// Recovery: the grammar captures a declaration that fails to parse, up to the next `;`, as a
// `recovery` node. Here that text is taken apart again, so that one mistake costs one
// diagnostic and the declarations around it still count:
// - a missing `;` (`a = A` on one line, `b = B;` on the next) is reported at the end of the
//   unfinished declaration, and both declarations are kept;
// - any other error is reported where the parser stopped (peggy's "Expected ... but ... found"),
//   and a complete declaration on a later line of the same text is still read;
// - a stray `;` (`Bool;;`) is reported alone.
import { parse as peggyParse, SyntaxError as PeggySyntaxError } from "./tl-parser.js";
import type { BuiltinNode, CombinatorNode, RecoveryNode, Span } from "./ast.ts";
import { error, type Diagnostic } from "./diagnostics.ts";
import type { LineIndex } from "./line-index.ts";

/** The file being parsed: its (screened) text and line index. */
export interface ParseContext {
  text: string;
  file: string;
  lines: LineIndex;
}

export interface Recovered {
  /** Declarations read from the skipped text. */
  items: (CombinatorNode | BuiltinNode)[];
  diagnostics: Diagnostic[];
}

/** How many line starts are tried around an error; keeps recovery linear in the text. */
const TRIES = 4;

type Attempt = { ok: true; node: CombinatorNode | BuiltinNode } | { ok: false; error: PeggySyntaxError };

/** Takes one recovery node apart; see the module comment. */
export function resolveRecovery(item: RecoveryNode, ctx: ParseContext): Recovered {
  const out: Recovered = { items: [], diagnostics: [] };
  const base = item.span.offset;
  const text = item.text;
  const hasSemicolon = item.span.end > base + text.length;
  if (text.trim() === "") {
    out.diagnostics.push(error("TL001", 'stray ";" with no declaration before it', spanOf(ctx, base + text.length, base + text.length + 1)));
    return out;
  }
  let pos = 0;
  while (pos < text.length && text.slice(pos).trim() !== "") {
    const piece = text.slice(pos);
    const whole = parseDeclaration(piece, base + pos, ctx);
    if (whole.ok) {
      out.items.push(whole.node);
      if (!hasSemicolon) out.diagnostics.push(missingSemicolon(piece, base + pos, ctx));
      break;
    }
    const failedAt = whole.error.location.start.offset;
    const cut = findMissingSemicolon(piece, base + pos, failedAt, ctx);
    if (cut) {
      out.items.push(cut.node);
      out.diagnostics.push(missingSemicolon(piece.slice(0, cut.at), base + pos, ctx));
      pos += cut.at;
      continue;
    }
    out.diagnostics.push(syntaxDiagnostic(whole.error, ctx, base + pos));
    const resync = findLaterDeclaration(piece, base + pos, failedAt, ctx);
    if (resync === null) break;
    pos += resync;
  }
  return out;
}

/**
 * Skipped text can be the rest of a file with no `;` at all: parsing it whole for each of its
 * declarations would be quadratic. A first try parses a window; when the parser stopped before
 * the window's end, it never saw the cut, and its answer is the answer for the whole text.
 */
const WINDOW = 4096;

/** Parses `piece` (which starts at `offset` of the file) as one declaration, adding its `;`. */
function parseDeclaration(piece: string, offset: number, ctx: ParseContext): Attempt {
  if (piece.length > WINDOW) {
    const windowed = parseWhole(piece.slice(0, WINDOW), offset, ctx);
    if (!windowed.ok && windowed.error.location.start.offset < WINDOW) return windowed;
  }
  return parseWhole(piece, offset, ctx);
}

function parseWhole(piece: string, offset: number, ctx: ParseContext): Attempt {
  try {
    const origin = { offset, ...ctx.lines.position(offset) };
    const node = peggyParse(`${piece};`, { grammarSource: ctx.file, startRule: "Declaration", origin }) as CombinatorNode | BuiltinNode;
    // The `;` was added here: the node ends where the text does.
    node.span.end = Math.min(node.span.end, offset + piece.length);
    return { ok: true, node };
  } catch (e) {
    if (e instanceof PeggySyntaxError) return { ok: false, error: e };
    throw e;
  }
}

/** Line starts in `piece`, from the last one at or before `limit` backwards. */
function lineStartsBefore(piece: string, limit: number): number[] {
  const starts: number[] = [];
  for (let i = piece.lastIndexOf("\n", limit - 1); i > 0 && starts.length < TRIES; i = piece.lastIndexOf("\n", i - 1)) {
    starts.push(i + 1);
  }
  return starts;
}

/**
 * A missing `;`: the text up to a line start before the error is a whole declaration, and
 * something follows it. Returns that declaration and where the rest starts.
 */
function findMissingSemicolon(piece: string, offset: number, failedAt: number, ctx: ParseContext) {
  for (const at of lineStartsBefore(piece, failedAt + 1)) {
    if (piece.slice(at).trim() === "") continue;
    const head = parseDeclaration(piece.slice(0, at), offset, ctx);
    if (head.ok) return { node: head.node, at };
  }
  return null;
}

/** The first line after the error from which the rest of the text is one whole declaration. */
function findLaterDeclaration(piece: string, offset: number, failedAt: number, ctx: ParseContext): number | null {
  let from = piece.indexOf("\n", failedAt);
  for (let tries = 0; from !== -1 && tries < TRIES; tries++, from = piece.indexOf("\n", from + 1)) {
    const rest = piece.slice(from + 1);
    if (rest.trim() !== "" && parseDeclaration(rest, offset + from + 1, ctx).ok) return from + 1;
  }
  return null;
}

/** `expected ";"` just past the last non-blank character of `head`. */
function missingSemicolon(head: string, offset: number, ctx: ParseContext): Diagnostic {
  const end = offset + contentLength(head);
  return error("TL001", 'expected ";" at the end of the declaration', spanOf(ctx, end, end + 1), [
    "every declaration ends with ;",
  ]);
}

/** The length of `head` without its trailing whitespace and line comments. */
function contentLength(head: string): number {
  let end = head.trimEnd().length;
  for (;;) {
    const lineStart = head.lastIndexOf("\n", end - 1) + 1;
    const comment = head.indexOf("//", lineStart);
    if (comment === -1 || comment >= end) return end;
    end = head.slice(0, comment).trimEnd().length;
  }
}

/**
 * A peggy error as a diagnostic; a non-ASCII character gets a message of its own. `offset` is
 * where the parsed piece starts in the file (peggy's own locations are relative to it).
 */
export function syntaxDiagnostic(e: PeggySyntaxError, ctx: ParseContext, offset: number): Diagnostic {
  const start = offset + e.location.start.offset;
  const end = Math.max(start + 1, offset + e.location.end.offset);
  return nonAsciiDiagnostic(start, ctx) ?? error("TL001", lowerFirst(e.message), spanOf(ctx, start, end));
}

function nonAsciiDiagnostic(offset: number, ctx: ParseContext): Diagnostic | null {
  const char = String.fromCodePoint(ctx.text.codePointAt(offset) ?? 0);
  if (char.charCodeAt(0) < 0x80) return null;
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  const nameChar = /[A-Za-z0-9_]/;
  const inName = nameChar.test(ctx.text[offset - 1] ?? "") || nameChar.test(ctx.text[offset + char.length] ?? "");
  const message = inName
    ? `non-ASCII character "${char}" (${code}) in a name: TL names use only ASCII letters, digits and _`
    : `non-ASCII character "${char}" (${code}) outside a comment: TL text is ASCII`;
  return error("TL001", message, spanOf(ctx, offset, offset + char.length));
}

function spanOf(ctx: ParseContext, offset: number, end: number): Span {
  return { file: ctx.file, ...ctx.lines.position(offset), offset, end };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
