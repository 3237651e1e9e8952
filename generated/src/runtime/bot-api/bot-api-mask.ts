// Masking the bot token in text that came from elsewhere (a server's description or error page,
// fetch's own errors). Servers and proxies echo the URL in many spellings: as sent, percent-encoded
// (either case, or the colon alone, or twice over), JSON-escaped (`\u003a`), as HTML entities; and
// a server that cuts its echo short leaves only the start of the token. So the token is matched
// character by character in any of those spellings, and any start of it that reaches past the
// public bot id (the digits before the colon) is masked too, as is the secret after the colon
// when it is echoed alone.

/** What a masked token reads as. */
export const TOKEN_MASK = "<token>";

/** How many characters a start of a token without a colon must have to be masked. */
const MIN_PREFIX_WITHOUT_ID = 8;

/** A function that replaces every spelling of `token`, or of a start of it, with `<token>`. */
export function tokenMasker(token: string): (text: string) => string {
  const chars = [...token];
  const colon = chars.indexOf(":");
  // The bot id before the colon is public (it is the bot's user id): a start of the token that
  // stops there reveals nothing, and masking it would hide ordinary numbers.
  const whole = startsOf(chars, colon >= 0 ? colon + 2 : Math.min(chars.length, MIN_PREFIX_WITHOUT_ID));
  // The part after the colon is the secret: echoed without the bot id, it is masked on its own.
  const secret = colon >= 0 ? chars.slice(colon + 1) : [];
  const alone = secret.length >= MIN_PREFIX_WITHOUT_ID ? startsOf(secret, MIN_PREFIX_WITHOUT_ID) : null;
  return (text) => {
    const masked = text.replace(whole, TOKEN_MASK);
    return alone ? masked.replace(alone, TOKEN_MASK) : masked;
  };
}

/** Every spelling of a start of `chars` at least `required` characters long. */
function startsOf(chars: readonly string[], required: number): RegExp {
  const parts = chars.map(spellings);
  // Written from the end: each optional group holds the rest, so the longest start wins.
  let rest = "";
  for (let i = parts.length - 1; i >= required; i--) rest = `(?:${parts[i]}${rest})?`;
  return new RegExp(parts.slice(0, required).join("") + rest, "g");
}

/** The ways one character of the token may be written, as a regular expression. */
function spellings(char: string): string {
  const code = char.codePointAt(0)!;
  const alternatives = [escapeRegExp(char)];
  // Percent-encoded UTF-8, upper or lower case hex, and encoded again (`%253A`).
  const bytes = new TextEncoder().encode(char);
  alternatives.push([...bytes].map((b) => `%(?:25)*${hex(b, 2)}`).join(""));
  // JSON's \uXXXX (a pair of them beyond the BMP) and a JSON escape of `"` or `\`.
  const units = code > 0xffff ? [char.charCodeAt(0), char.charCodeAt(1)] : [code];
  alternatives.push(units.map((u) => `\\\\u${hex(u, 4)}`).join(""));
  if (char === '"' || char === "\\") alternatives.push(`\\\\${escapeRegExp(char)}`);
  // HTML numeric entities, decimal or hex.
  alternatives.push(`&#(?:0*${code}|[xX]0*${hex(code, 1)});`);
  return `(?:${alternatives.join("|")})`;
}

/** `n` in hex, at least `width` digits, each letter matching either case. */
function hex(n: number, width: number): string {
  return [...n.toString(16).padStart(width, "0")]
    .map((d) => (/[a-f]/.test(d) ? `[${d}${d.toUpperCase()}]` : d))
    .join("");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}
