import { TlEncodeError } from "./errors.js";
const BOOL_TRUE = 2574415285;
const BOOL_FALSE = 3162085175;
const VECTOR_ID = 481674261;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const encoder = /* @__PURE__ */ new TextEncoder();
class TlWriter {
  /** The buffer; only the first `pos` bytes are written. */
  buf;
  /** A view over the buffer for multi-byte writes. */
  view;
  /** Where the next byte goes; what is written is `buf[start..pos)`. */
  pos = 0;
  /** Where this writer's output starts in `buf` (non-zero when writing into a shared slab). */
  start = 0;
  constructor(capacity = 256) {
    this.buf = new Uint8Array(capacity);
    this.view = new DataView(this.buf.buffer);
  }
  /** Writes from now on into `buf` at `start` (a slab shared by many outputs). */
  attach(buf, view, start) {
    this.buf = buf;
    this.view = view;
    this.start = start;
    this.pos = start;
  }
  /** Makes room for `n` more bytes. */
  ensure(n) {
    if (this.pos + n <= this.buf.length) return;
    const used = this.pos - this.start;
    let size = Math.max(256, this.buf.length * 2);
    while (size < used + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(this.start, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
    this.start = 0;
    this.pos = used;
  }
  /** How many bytes were written. */
  get length() {
    return this.pos - this.start;
  }
  /** A copy of what was written; the writer can then be reset and reused. */
  finish() {
    return this.buf.slice(this.start, this.pos);
  }
  /** Forgets what was written, keeping the buffer for reuse. */
  reset() {
    this.pos = this.start;
  }
  /** A constructor id or a flags word: any uint32 (or int32) bit pattern. */
  id(value) {
    this.ensure(4);
    this.view.setUint32(this.pos, value >>> 0, true);
    this.pos += 4;
  }
  /** An int: an integer in int32 range. */
  int(value) {
    if (typeof value !== "number" || (value | 0) !== value) {
      throw invalid("int", "an integer in int32 range (-2147483648..2147483647)", value);
    }
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
      else throw invalid("long", "a bigint in int64 range (or a safe integer number)", value);
    }
    if (v < INT64_MIN || v > INT64_MAX)
      throw new TlEncodeError(`long must be a bigint in int64 range, got ${describe(value)}`);
    this.ensure(8);
    this.view.setBigInt64(this.pos, v, true);
    this.pos += 8;
  }
  /** A double: any number. */
  double(value) {
    if (typeof value !== "number") throw invalid("double", "a number", value);
    this.ensure(8);
    this.view.setFloat64(this.pos, value, true);
    this.pos += 8;
  }
  /** A Bool: boolTrue or boolFalse. */
  bool(value) {
    if (typeof value !== "boolean") throw invalid("Bool", "a boolean", value);
    this.id(value ? BOOL_TRUE : BOOL_FALSE);
  }
  /**
   * string: UTF-8 with a TL length prefix. Lone surrogates become U+FFFD, as TextEncoder does.
   * Encodes straight into the buffer (encodeInto), never through a temporary array.
   */
  string(value) {
    if (typeof value !== "string") throw invalid("string", "a string", value);
    const max = value.length * 3;
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
        this.writeLongHeader(start, written);
        this.pos = start + 4 + written;
      }
    }
    this.pad();
  }
  /** bytes: a Uint8Array with a TL length prefix. */
  bytes(value) {
    if (!(value instanceof Uint8Array)) throw invalid("bytes", "a Uint8Array", value);
    const n = value.length;
    if (n > 16777215) throw new TlEncodeError(`bytes must be at most 16777215 long, got ${n}`);
    this.ensure(n + 8);
    const start = this.pos;
    if (n <= 253) {
      this.buf[start] = n;
      this.buf.set(value, start + 1);
      this.pos = start + 1 + n;
    } else {
      this.writeLongHeader(start, n);
      this.buf.set(value, start + 4);
      this.pos = start + 4 + n;
    }
    this.pad();
  }
  /** int128 / int256: exactly `size` raw bytes. */
  fixed(value, size) {
    if (!(value instanceof Uint8Array) || value.length !== size) {
      throw invalid(`int${size * 8}`, `a Uint8Array of exactly ${size} bytes`, value);
    }
    this.ensure(size);
    this.buf.set(value, this.pos);
    this.pos += size;
  }
  /** Vector header: the vector id (boxed only) and the count. Checks the value is an array. */
  vector(value, boxed) {
    if (!Array.isArray(value)) throw invalid("Vector", "an array", value);
    if (boxed) this.id(VECTOR_ID);
    this.id(value.length);
  }
  /** Raw bytes as they are (an already encoded request, for example). */
  raw(value) {
    this.ensure(value.length);
    this.buf.set(value, this.pos);
    this.pos += value.length;
  }
  writeLongHeader(start, length) {
    if (length > 16777215) throw new TlEncodeError(`string must be at most 16777215 bytes of UTF-8, got ${length}`);
    this.buf[start] = 254;
    this.buf[start + 1] = length & 255;
    this.buf[start + 2] = length >> 8 & 255;
    this.buf[start + 3] = length >> 16 & 255;
  }
  pad() {
    while ((this.pos - this.start) % 4 !== 0) this.buf[this.pos++] = 0;
  }
}
function invalid(type, rule, value) {
  if (value === void 0 || value === null) return new TlEncodeError(`${type} is required, got ${describe(value)}`);
  return new TlEncodeError(`${type} must be ${rule}, got ${describe(value)}`);
}
function describe(value) {
  if (value === null) return "null";
  if (value === void 0) return "undefined";
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "..." : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Uint8Array) return `Uint8Array(${value.length})`;
  if (Array.isArray(value)) return `array(${value.length})`;
  return typeof value;
}
export {
  TlWriter,
  describe
};
