// Long lines laid out as prettier lays them out, for the forms the emitters print: the printer
// writes every declaration on as few lines as it can, and a line past the print width is broken
// here by the same rules prettier follows (a union one member per line, a list one item per line
// with a trailing comma, type arguments one per line, parameters one per line, the statement of
// an `if` below it). What matches no rule here is left to prettier itself (render.ts), and a test
// checks that prettier changes nothing in the output.

/** Prettier's print width. */
export const WIDTH = 120;

/** The text with each over-long line broken by the first rule that fits it. */
export function layOut(text: string): string {
  if (!text.split("\n").some((l) => l.length > WIDTH || tuplesOnOneLine(l))) return text;
  return text
    .split("\n")
    .map((line) => (line.length > WIDTH || tuplesOnOneLine(line) ? breakLine(line) : line))
    .join("\n");
}

/** Prettier breaks an array of several arrays (each of several items) whatever its length. */
function tuplesOnOneLine(line: string): boolean {
  const m = /= \[(\[.*\])\];$/.exec(line);
  if (!m) return false;
  const items = splitTop(m[1], ", ");
  return items.length > 1 && items.every((x) => x.startsWith("[") && splitTop(x.slice(1, -1), ", ").length > 1);
}

/** True when some line (doc comments aside: prettier leaves those) is still too long. */
export function tooLong(text: string): boolean {
  return text.split("\n").some((l) => (l.length > WIDTH && !/^\s*(\/\*\*|\*)/.test(l)) || tuplesOnOneLine(l));
}

type Rule = (indent: string, rest: string) => string | null;

const RULES: Rule[] = [
  // export type X = A | B | C;
  (indent, rest) => {
    const m = /^((?:export )?(?:declare )?type [\w$]+(?:<[^=]*>)? =) (.+);$/.exec(rest);
    if (!m) return null;
    const members = splitTop(m[2], " | ");
    if (members.length < 2) return null;
    const inner = `${indent}  `;
    if (`${inner}${m[2]};`.length <= WIDTH) return `${indent}${m[1]}\n${inner}${m[2]};`;
    return `${indent}${m[1]}\n${members.map((x) => `${inner}| ${x}`).join("\n")};`;
  },
  // static readonly X: T = [a, b];   and   return f(value, [a, b]);
  (indent, rest) => {
    const m = /^(static readonly [\w$]+(?:: [^=]+)? = |return [\w$]+\([\w$]+, )\[(.*)\](\)?;)$/.exec(rest);
    if (!m) return null;
    return `${indent}${m[1]}[\n${splitTop(m[2], ", ").map((x) => `${indent}  ${x},`).join("\n")}\n${indent}]${m[3]}`;
  },
  // export class X extends Base<A, B> {
  (indent, rest) => {
    const m = /^((?:export )?(?:declare )?(?:abstract )?class [\w$]+(?:<[^>]*>)? extends [\w$]+)<(.*)> \{$/.exec(rest);
    if (!m) return null;
    return `${indent}${m[1]}<\n${splitTop(m[2], ", ").map((x) => `${indent}  ${x}`).join(",\n")}\n${indent}> {`;
  },
  // export function f(a: A, b: B): R {   (or ;)
  (indent, rest) => {
    const m = /^((?:export )?(?:declare )?function [\w$]+(?:<[^>]*>)?)\((.+)\)(: .*?)( \{|;)$/.exec(rest);
    if (!m) return null;
    return `${indent}${m[1]}(\n${splitTop(m[2], ", ").map((x) => `${indent}  ${x},`).join("\n")}\n${indent})${m[3]}${m[4]}`;
  },
  // if (test) statement;
  (indent, rest) => {
    const m = /^(if \(.*\)) ((?:throw|return) .*;)$/.exec(rest);
    if (!m || !balanced(m[1])) return null;
    return `${indent}${m[1]}\n${indent}  ${m[2]}`;
  },
  // throw f(a, b, c);   (no argument to hug last: one argument per line)
  (indent, rest) => {
    const m = /^((?:throw|return) [\w$]+)\((.*)\);$/.exec(rest);
    if (!m || !balanced(`(${m[2]})`)) return null;
    const args = splitTop(m[2], ", ");
    if (args.length < 2 || args.some((a) => `${indent}  ${a},`.length > WIDTH)) return null;
    return `${indent}${m[1]}(\n${args.map((a) => `${indent}  ${a},`).join("\n")}\n${indent});`;
  },
];

function breakLine(line: string): string {
  const indent = /^\s*/.exec(line)![0];
  const rest = line.slice(indent.length);
  for (const rule of RULES) {
    const out = rule(indent, rest);
    // A broken line may leave a line still too long (an if's statement): that one is broken in turn.
    if (out !== null) return out.split("\n").map((l) => (l.length > WIDTH && l !== line ? breakLine(l) : l)).join("\n");
  }
  return line;
}

/** `text` split at `separator` where it is not inside brackets, parentheses or a string. */
export function splitTop(text: string, separator: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if ("<([{".includes(c)) depth++;
    else if (">)]}".includes(c) && !(c === ">" && text[i - 1] === "=")) depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      out.push(text.slice(start, i));
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** True when the parentheses of `text` close where it ends (so `if (...)` is one test). */
function balanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0 && i !== text.length - 1) return false;
  }
  return depth === 0;
}
