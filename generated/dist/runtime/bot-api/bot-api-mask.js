const TOKEN_MASK = "<token>";
const MIN_PREFIX_WITHOUT_ID = 8;
function tokenMasker(token) {
  const chars = [...token];
  const colon = chars.indexOf(":");
  const whole = startsOf(chars, colon >= 0 ? colon + 2 : Math.min(chars.length, MIN_PREFIX_WITHOUT_ID));
  const secret = colon >= 0 ? chars.slice(colon + 1) : [];
  const alone = secret.length >= MIN_PREFIX_WITHOUT_ID ? startsOf(secret, MIN_PREFIX_WITHOUT_ID) : null;
  return (text) => {
    const masked = text.replace(whole, TOKEN_MASK);
    return alone ? masked.replace(alone, TOKEN_MASK) : masked;
  };
}
function startsOf(chars, required) {
  const parts = chars.map(spellings);
  let rest = "";
  for (let i = parts.length - 1; i >= required; i--) rest = `(?:${parts[i]}${rest})?`;
  return new RegExp(parts.slice(0, required).join("") + rest, "g");
}
function spellings(char) {
  const code = char.codePointAt(0);
  const alternatives = [escapeRegExp(char)];
  const bytes = new TextEncoder().encode(char);
  alternatives.push([...bytes].map((b) => `%(?:25)*${hex(b, 2)}`).join(""));
  const units = code > 65535 ? [char.charCodeAt(0), char.charCodeAt(1)] : [code];
  alternatives.push(units.map((u) => `\\\\u${hex(u, 4)}`).join(""));
  if (char === '"' || char === "\\") alternatives.push(`\\\\${escapeRegExp(char)}`);
  alternatives.push(`&#(?:0*${code}|[xX]0*${hex(code, 1)});`);
  return `(?:${alternatives.join("|")})`;
}
function hex(n, width) {
  return [...n.toString(16).padStart(width, "0")].map((d) => /[a-f]/.test(d) ? `[${d}${d.toUpperCase()}]` : d).join("");
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}
export {
  TOKEN_MASK,
  tokenMasker
};
