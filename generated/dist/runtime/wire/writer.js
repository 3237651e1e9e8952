import { TlEncodeError } from "./errors.js";
import { utf8Length, writeUtf8 } from "./utf8.js";
import { BOOL_FALSE, BOOL_TRUE, VECTOR_ID } from "./wire-ids.js";
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const MAX_LENGTH = 16777215;
const MAX_DEPTH = 64;
const encoder = /* @__PURE__ */ new TextEncoder();
const WRITE_ASCII_MAX = 40;
const WRITE_UTF8_MAX = 24;
const typedArray = /* @__PURE__ */ Object.getPrototypeOf(Uint8Array.prototype);
const lengthOf = Object.getOwnPropertyDescriptor(typedArray, "length").get;
const bufferOf = Object.getOwnPropertyDescriptor(typedArray, "buffer").get;
class TlWriter {
  /** The buffer; the written bytes are `buf[0..pos)`. */
  buf;
  /** A view over the buffer for multi-byte writes. */
  view;
  /** Where the next byte goes. */
  pos = 0;
  /** How deep the value being written nests (see MAX_DEPTH). */
  depth = 0;
  /** True for the writer that traces a failure (trace.ts). */
  tracing = false;
  constructor(capacity = 256) {
    this.buf = new Uint8Array(capacity);
    this.view = new DataView(this.buf.buffer);
  }
  /** Makes room for `n` more bytes. */
  ensure(n) {
    if (this.pos + n <= this.buf.length) return;
    let size = Math.max(256, this.buf.length * 2);
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }
  /** How many bytes were written. */
  get length() {
    return this.pos;
  }
  /** A copy of what was written; the writer can then be reset and reused. */
  finish() {
    return this.buf.slice(0, this.pos);
  }
  /** Forgets what was written, keeping the buffer for reuse. */
  reset() {
    this.pos = 0;
    this.depth = 0;
  }
  /** The error for a value that breaks its type's rule; a missing value says it is required. */
  invalid(type, rule, value) {
    if (value === void 0 || value === null)
      throw new TlEncodeError(`${type} is required, got ${describe(value)}`).about(value);
    throw new TlEncodeError(`${type} must be ${rule}, got ${describe(value)}`).about(value);
  }
  /** A constructor id or a flags word: any uint32 (or int32) bit pattern. */
  id(value) {
    this.ensure(4);
    this.view.setUint32(this.pos, value >>> 0, true);
    this.pos += 4;
  }
  /** Room for a flags word written later with patch(): returns where it goes. */
  slot() {
    this.ensure(4);
    const at = this.pos;
    this.pos += 4;
    return at;
  }
  /** Writes a flags word into the slot at `at`. */
  patch(at, flags) {
    this.view.setUint32(at, flags >>> 0, true);
  }
  /** An int: an integer in int32 range. */
  int(value) {
    if (typeof value !== "number" || (value | 0) !== value)
      this.invalid("int", "an integer in int32 range (-2147483648..2147483647)", value);
    this.ensure(4);
    this.view.setInt32(this.pos, value, true);
    this.pos += 4;
  }
  /**
   * long: a bigint in int64 range. A safe-integer number is accepted too (plain-JS callers);
   * anything else, decimal strings included, is rejected.
   */
  long(value) {
    let v = value;
    if (typeof v !== "bigint") {
      if (typeof v === "number" && Number.isSafeInteger(v)) v = BigInt(v);
      else this.invalid("long", "a bigint in int64 range (or a safe integer number)", value);
    }
    if (v < INT64_MIN || v > INT64_MAX)
      throw new TlEncodeError(`long must be a bigint in int64 range, got ${describe(value)}`).about(value);
    this.ensure(8);
    this.view.setBigInt64(this.pos, v, true);
    this.pos += 8;
  }
  /** A double: any number. */
  double(value) {
    if (typeof value !== "number") this.invalid("double", "a number", value);
    this.ensure(8);
    this.view.setFloat64(this.pos, value, true);
    this.pos += 8;
  }
  /** A Bool: boolTrue or boolFalse. */
  bool(value) {
    if (typeof value !== "boolean") this.invalid("Bool", "a boolean", value);
    this.id(value ? BOOL_TRUE : BOOL_FALSE);
  }
  /**
   * string: UTF-8 with a TL length prefix. Lone surrogates become U+FFFD, as TextEncoder does.
   * Encodes straight into the buffer, never through a temporary array: short strings by hand
   * (utf8.ts), longer ones with encodeInto; a string that cannot fit the 3-byte length is
   * refused before anything is allocated for it.
   */
  string(value) {
    const n = typeof value === "string" ? value.length : -1;
    if (n < 0 || n > WRITE_ASCII_MAX) return this.longString(value);
    this.ensure(n * 3 + 8);
    const b = this.buf;
    const at = this.pos + 1;
    let i = 0;
    for (; i + 4 <= n; i += 4) {
      const c0 = value.charCodeAt(i), c1 = value.charCodeAt(i + 1), c2 = value.charCodeAt(i + 2), c3 = value.charCodeAt(i + 3);
      if ((c0 | c1 | c2 | c3) > 127) break;
      b[at + i] = c0;
      b[at + i + 1] = c1;
      b[at + i + 2] = c2;
      b[at + i + 3] = c3;
    }
    if (i + 4 <= n && n > WRITE_UTF8_MAX) return this.longString(value);
    while (i < n) {
      const c = value.charCodeAt(i);
      if (c > 127) break;
      b[at + i++] = c;
    }
    const end = i === n ? at + n : writeUtf8(value, i, b, at + i);
    b[this.pos] = end - at;
    this.pos = end;
    this.pad();
  }
  /** A string past the hand loop's lengths (or not a string): with encodeInto. */
  longString(value) {
    if (typeof value !== "string") this.invalid("string", "a string", value);
    const n = value.length;
    let max = n * 3;
    if (max > MAX_LENGTH) {
      if (n > MAX_LENGTH) this.tooLong("string", n, value);
      max = utf8Length(value);
      if (max > MAX_LENGTH) this.tooLong("string", max, value);
    }
    this.ensure(max + 8);
    const start = this.pos;
    if (max <= 253) {
      const { written } = encoder.encodeInto(value, this.buf.subarray(start + 1));
      this.buf[start] = written;
      this.pos = start + 1 + written;
    } else {
      const { written } = encoder.encodeInto(value, this.buf.subarray(start + 4));
      if (written <= 253) {
        this.buf.copyWithin(start + 1, start + 4, start + 4 + written);
        this.buf[start] = written;
        this.pos = start + 1 + written;
      } else {
        this.longHeader(start, written);
        this.pos = start + 4 + written;
      }
    }
    this.pad();
  }
  /** bytes: a Uint8Array with a TL length prefix. */
  bytes(value) {
    const n = byteLength(value);
    if (n < 0) this.invalid("bytes", "a Uint8Array", value);
    if (n > MAX_LENGTH) this.tooLong("bytes", n, value);
    this.ensure(n + 8);
    const start = this.pos;
    if (n <= 253) {
      this.buf[start] = n;
      this.buf.set(value, start + 1);
      this.pos = start + 1 + n;
    } else {
      this.longHeader(start, n);
      this.buf.set(value, start + 4);
      this.pos = start + 4 + n;
    }
    this.pad();
  }
  /** int128 / int256: exactly `size` raw bytes. */
  fixed(value, size) {
    if (byteLength(value) !== size) this.invalid(`int${size * 8}`, `a Uint8Array of exactly ${size} bytes`, value);
    this.ensure(size);
    this.buf.set(value, this.pos);
    this.pos += size;
  }
  /** Vector header: the vector id (boxed only) and the count, which it returns. */
  vector(value, boxed) {
    if (!Array.isArray(value)) this.invalid("Vector", "an array", value);
    const count = value.length;
    if (count >>> 0 !== count)
      throw new TlEncodeError(`Vector must have a uint32 length, got ${describe(count)}`).about(value);
    if (boxed) this.id(VECTOR_ID);
    this.id(count);
    return count;
  }
  /** Raw bytes as they are (an already encoded request, for example). */
  raw(value) {
    const n = byteLength(value);
    if (n < 0) this.invalid("raw bytes", "a Uint8Array", value);
    this.ensure(n);
    this.buf.set(value, this.pos);
    this.pos += n;
  }
  /** Entering boxed value `value`; throws past the depth limit (a cycle, or hostile input). */
  enter(value) {
    if (++this.depth > MAX_DEPTH) {
      throw new TlEncodeError(
        `values nest deeper than ${MAX_DEPTH} levels (a cycle, or more than a decoder accepts)`
      ).about(value);
    }
  }
  /** Leaving a boxed value (pairs with `enter()`). */
  leave() {
    this.depth--;
  }
  tooLong(type, length, value) {
    throw new TlEncodeError(`${type} must be at most ${MAX_LENGTH} bytes, got ${length}`).about(value);
  }
  longHeader(start, length) {
    this.buf[start] = 254;
    this.buf[start + 1] = length & 255;
    this.buf[start + 2] = length >> 8 & 255;
    this.buf[start + 3] = length >> 16 & 255;
  }
  pad() {
    while (this.pos % 4 !== 0) this.buf[this.pos++] = 0;
  }
}
function byteLength(value) {
  if (!(value instanceof Uint8Array)) return -1;
  try {
    const n = lengthOf.call(value);
    if (n === 0) new Uint8Array(bufferOf.call(value), 0, 0);
    return n;
  } catch {
    return -1;
  }
}
function describe(value) {
  if (value === null) return "null";
  if (value === void 0) return "undefined";
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "..." : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Uint8Array) {
    const n = byteLength(value);
    return n < 0 ? "a Uint8Array that is detached (its buffer was transferred) or not a real one" : `Uint8Array(${n})`;
  }
  if (Array.isArray(value)) return `array(${value.length})`;
  return typeof value;
}
export {
  TlWriter,
  describe
};
