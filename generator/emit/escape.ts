// Every string that comes from outside tlgen (schema file names, `{ file, text }` labels, the
// `command` option, descriptions and error texts of the docs data, Bot API rule texts) reaches
// generated text through one of these, chosen by where it lands:
//   lineComment   inside a `//` (or `#`) comment: one line, nothing can end it
//   docComment    inside a `/** */` comment: lines kept, `*/` broken
//   stringLiteral a double-quoted JavaScript string literal, exact
//   markdownText  Markdown prose: no raw HTML, no fence, no comment
//   htmlComment   inside a Markdown `<!-- -->` comment
//   codeSpan      a Markdown inline code span, whatever backticks the text holds
// TL identifiers need none of them (the grammar allows only [A-Za-z0-9_.]); names.ts makes them
// safe as identifiers. What these escape, besides each context's own terminators: control
// characters, line and paragraph separators, bidi controls and other invisible formatting
// characters (a "Trojan Source" text that reads one way and runs another), and lone surrogates.
// Comment and Markdown escapes are shown as `\n` or `\u{202e}`: readable, and idempotent (an
// escaped text escapes to itself), so a text escaped twice on its way is no worse.

/** Characters never written raw: controls but tab and newline, separators, bidi and invisible formatting. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A character as escape text: `\n`, `\r`, `\t`, else `\u{hex}`. */
function shown(ch: string): string {
  if (ch === "\n") return "\\n";
  if (ch === "\r") return "\\r";
  if (ch === "\t") return "\\t";
  return `\\u{${ch.charCodeAt(0).toString(16)}}`;
}

/** `text` with every unsafe character (and, with `newline`, the newline too) as escape text. */
function escapeUnsafe(text: string, newline: boolean): string {
  const out = text.replace(UNSAFE, shown);
  return newline ? out.replace(/\n/g, "\\n") : out;
}

/**
 * Text for a line comment (`// ...`, `# ...`): on one line whatever it holds, so the comment
 * cannot end early and nothing after it can become code.
 */
export function lineComment(text: string): string {
  return escapeUnsafe(String(text), true);
}

/**
 * Text for a block or doc comment (`/** ... *\/`): its lines kept (CRLF as LF), `*\/` broken with a
 * division slash so that the comment cannot end early, unsafe characters escaped.
 */
export function docComment(text: string): string {
  return escapeUnsafe(String(text).replace(/\r\n/g, "\n"), false).replace(/\*\//g, "*\u2215");
}

/** Extra characters a string literal escapes as `\uXXXX` (JSON.stringify leaves them raw). */
const LITERAL_UNSAFE = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

/**
 * A double-quoted JavaScript (and TypeScript, and JSON) string literal whose value is exactly
 * `text`: JSON's escapes, plus the separators and invisible characters as `\uXXXX`.
 */
export function stringLiteral(text: string): string {
  return JSON.stringify(String(text)).replace(LITERAL_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A code span (kept as it is: Markdown shows its text literally), or a `<` that would open raw HTML. */
const CODE_SPAN_OR_TAG = /(`+)[^]*?(?<!`)\1(?!`)|<(?=[A-Za-z/!?])/g;

/** A line that would start a block of its own: a fence, heading, quote, table row, or a rule or setext underline. */
const BLOCK_START = /^(\s*)(`{3,}|~{3,}|#|>|\||([-=*_])(?:\s*\3){2,}\s*$)/gm;

/**
 * Markdown prose from outside (a description): unsafe characters escaped, and nothing that
 * Markdown would read as more than text in the page around it: a `<` that would open raw HTML or
 * a comment becomes `&lt;` (outside code spans, which show `<` as it is), and a line that would
 * start a block (a code fence, a heading, a quote, a table row, a rule) starts with a backslash.
 * Markdown the text means inline (links, emphasis, code spans) is kept.
 */
export function markdownText(text: string): string {
  return escapeUnsafe(String(text).replace(/\r\n/g, "\n"), false)
    .replace(BLOCK_START, "$1\\$2")
    .replace(CODE_SPAN_OR_TAG, (m) => (m === "<" ? "&lt;" : m));
}

/** Text for a Markdown (HTML) comment: one line, and never `-->`, `--!>` or `<!--`, which end or nest it. */
export function htmlComment(text: string): string {
  return lineComment(text).replace(/--(?=!?>)/g, "-\\-").replace(/<!--/g, "<!-\\-");
}

/** A Markdown inline code span showing `text` as it is, fenced by more backticks than it holds. */
export function codeSpan(text: string): string {
  const inner = escapeUnsafe(String(text), true);
  const longest = Math.max(0, ...(inner.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = inner.startsWith("`") || inner.endsWith("`") || inner === "" ? " " : "";
  return `${fence}${pad}${inner}${pad}${fence}`;
}
