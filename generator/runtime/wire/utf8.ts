// UTF-8 loops for short strings, between a string and the writer's or reader's own bytes. Below
// a few dozen characters they cost less than one call of TextEncoder.encodeInto or
// TextDecoder.decode (with its subarray), in every script, so TlWriter and TlReader use them
// there and the platform's encoder and decoder for longer text (docs/drafts/utf8.md has the
// measurements behind the switch-over lengths).
//
// Both agree with the WHATWG Encoding standard, as TextEncoder and TextDecoder do: a lone
// surrogate encodes as U+FFFD; a byte sequence that is not valid UTF-8 is left to TextDecoder,
// so its U+FFFD replacements are TextDecoder's own, by construction.

const fromCharCode = String.fromCharCode;

/** The most bytes readUtf8 takes: the reader's longest string for its own loop. */
export const READ_UTF8_MAX = 255;

/** The UTF-16 code units of the string being read: at most one per byte. */
const units = /* @__PURE__ */ new Uint16Array(READ_UTF8_MAX);

/**
 * Writes `value` from index `i` on as UTF-8 into `buf` at `p`, and returns where it ends. The
 * caller has made room for 3 bytes per code unit (a surrogate pair takes 4 bytes for 2 units).
 */
export function writeUtf8(value: string, i: number, buf: Uint8Array, p: number): number {
  const n = value.length;
  for (; i < n; i++) {
    let c = value.charCodeAt(i);
    if (c < 0x80) {
      buf[p++] = c;
    } else if (c < 0x800) {
      buf[p] = 0xc0 | (c >> 6);
      buf[p + 1] = 0x80 | (c & 0x3f);
      p += 2;
    } else {
      if ((c & 0xf800) === 0xd800) {
        const d = i + 1 < n ? value.charCodeAt(i + 1) : 0;
        if (c < 0xdc00 && (d & 0xfc00) === 0xdc00) {
          const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          buf[p] = 0xf0 | (cp >> 18);
          buf[p + 1] = 0x80 | ((cp >> 12) & 0x3f);
          buf[p + 2] = 0x80 | ((cp >> 6) & 0x3f);
          buf[p + 3] = 0x80 | (cp & 0x3f);
          p += 4;
          i++;
          continue;
        }
        c = 0xfffd; // a lone surrogate
      }
      buf[p] = 0xe0 | (c >> 12);
      buf[p + 1] = 0x80 | ((c >> 6) & 0x3f);
      buf[p + 2] = 0x80 | (c & 0x3f);
      p += 3;
    }
  }
  return p;
}

/**
 * True when the text at `at` (16 bytes or more) is mostly ASCII (English, or Latin with accents),
 * which TextDecoder reads faster than the hand loop past a few dozen bytes: its first eight bytes
 * are ASCII (the common case, taken at once), or at least 12 of its first 16 are. Text in other
 * scripts samples far fewer.
 */
export function mostlyAscii(b: Uint8Array, at: number): boolean {
  const x = b[at] | b[at + 1] | b[at + 2] | b[at + 3] | b[at + 4] | b[at + 5] | b[at + 6] | b[at + 7];
  if (x < 0x80) return true; // eight ASCII bytes first: the common case, taken at once
  let other = 0;
  for (let i = at; i < at + 16; i++) other += b[i] >>> 7;
  return other <= 4;
}

/**
 * `out` and the last 1..7 bytes of a string, `bytes[j..to)`, when they are ASCII (else
 * undefined): in one call of their exact arity, where one call a byte would cost up to seven.
 */
export function asciiTail(b: Uint8Array, j: number, to: number, out: string): string | undefined {
  let x = 0;
  for (let i = j; i < to; i++) x |= b[i];
  if (x & 0x80) return undefined;
  // prettier-ignore
  switch (to - j) {
    case 1: return out + fromCharCode(b[j]);
    case 2: return out + fromCharCode(b[j], b[j + 1]);
    case 3: return out + fromCharCode(b[j], b[j + 1], b[j + 2]);
    case 4: return out + fromCharCode(b[j], b[j + 1], b[j + 2], b[j + 3]);
    case 5: return out + fromCharCode(b[j], b[j + 1], b[j + 2], b[j + 3], b[j + 4]);
    case 6: return out + fromCharCode(b[j], b[j + 1], b[j + 2], b[j + 3], b[j + 4], b[j + 5]);
    case 7: return out + fromCharCode(b[j], b[j + 1], b[j + 2], b[j + 3], b[j + 4], b[j + 5], b[j + 6]);
  }
  return out;
}

/**
 * The text of `bytes[from..to)` (at most READ_UTF8_MAX bytes), or undefined when they are not
 * valid UTF-8: an overlong form, a surrogate (ED A0..BF), past U+10FFFF, a truncated sequence or
 * a stray continuation byte. The caller then decodes them with TextDecoder.
 */
export function readUtf8(bytes: Uint8Array, from: number, to: number): string | undefined {
  let k = 0;
  let i = from;
  while (i < to) {
    const c = bytes[i];
    if (c < 0x80) {
      units[k++] = c;
      i++;
    } else if (c < 0xe0) {
      // C0 and C1 only start overlong forms; 80..BF start nothing.
      if (c < 0xc2 || i + 1 >= to) return undefined;
      const c1 = bytes[i + 1];
      if ((c1 & 0xc0) !== 0x80) return undefined;
      units[k++] = ((c & 0x1f) << 6) | (c1 & 0x3f);
      i += 2;
    } else if (c < 0xf0) {
      if (i + 2 >= to) return undefined;
      const c1 = bytes[i + 1];
      const c2 = bytes[i + 2];
      const cp = ((c & 0xf) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
      // Below U+0800 is an overlong form; D800..DFFF are surrogates, not characters.
      if ((c1 & 0xc0) !== 0x80 || (c2 & 0xc0) !== 0x80 || cp < 0x800 || (cp & 0xf800) === 0xd800) return undefined;
      units[k++] = cp;
      i += 3;
    } else {
      if (c > 0xf4 || i + 3 >= to) return undefined;
      const c1 = bytes[i + 1];
      const c2 = bytes[i + 2];
      const c3 = bytes[i + 3];
      const cp = ((c & 7) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f);
      if ((c1 & 0xc0) !== 0x80 || (c2 & 0xc0) !== 0x80 || (c3 & 0xc0) !== 0x80 || cp < 0x10000 || cp > 0x10ffff)
        return undefined;
      units[k] = 0xd7c0 + (cp >> 10); // 0xd800 + ((cp - 0x10000) >> 10)
      units[k + 1] = 0xdc00 | (cp & 0x3ff);
      k += 2;
      i += 4;
    }
  }
  return text(k);
}

/**
 * The string of units[0..k): eight units a call, the last 1..8 in one call of their exact arity.
 * Measured about twice as fast as the rest one unit a call (each call makes a string, each +
 * another), and no array to allocate as String.fromCharCode.apply would need; sixteen a call
 * was no faster on the corpus, and twice the code.
 */
function text(k: number): string {
  const u = units;
  let out = "";
  let j = 0;
  for (; k - j > 8; j += 8) {
    out += fromCharCode(u[j], u[j + 1], u[j + 2], u[j + 3], u[j + 4], u[j + 5], u[j + 6], u[j + 7]);
  }
  // prettier-ignore
  switch (k - j) {
    case 1: return out + fromCharCode(u[j]);
    case 2: return out + fromCharCode(u[j], u[j + 1]);
    case 3: return out + fromCharCode(u[j], u[j + 1], u[j + 2]);
    case 4: return out + fromCharCode(u[j], u[j + 1], u[j + 2], u[j + 3]);
    case 5: return out + fromCharCode(u[j], u[j + 1], u[j + 2], u[j + 3], u[j + 4]);
    case 6: return out + fromCharCode(u[j], u[j + 1], u[j + 2], u[j + 3], u[j + 4], u[j + 5]);
    case 7: return out + fromCharCode(u[j], u[j + 1], u[j + 2], u[j + 3], u[j + 4], u[j + 5], u[j + 6]);
    case 8: return out + fromCharCode(u[j], u[j + 1], u[j + 2], u[j + 3], u[j + 4], u[j + 5], u[j + 6], u[j + 7]);
  }
  return out;
}

/**
 * The UTF-8 length of a string, lone surrogates counted as U+FFFD (3 bytes), as TextEncoder
 * writes it; counting stops once it passes `stop` (then the result is only known to be larger).
 */
export function utf8Length(s: string, stop: number = Infinity): number {
  // Every code unit is at least one byte.
  if (s.length > stop) return s.length;
  let n = 0;
  for (let i = 0; i < s.length && n <= stop; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
