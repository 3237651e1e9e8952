// TlWriter: the TL binary encoding, little-endian, into a growable Uint8Array. Every method
// validates its value first and throws TlEncodeError, so a bad value never yields bytes. Works in
// Node and browsers: Uint8Array, DataView and TextEncoder only.
//
// The hot path keeps no path of fields: each error carries the value it is about, and a failure
// is traced afterwards (trace.ts) by writing the same value again through a proxy that logs which
// property every value came from.
import { TlEncodeError } from "./errors.js";
import { utf8Length, writeUtf8 } from "./utf8.js";
import { BOOL_FALSE, BOOL_TRUE, VECTOR_ID } from "./wire-ids.js";

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
/** The longest string or bytes TL can carry: a 3-byte length. */
const MAX_LENGTH = 0xffffff;
/** How deep boxed values may nest: the decoder's limit, so what encodes also decodes. */
const MAX_DEPTH = 64;
const encoder = /* @__PURE__ */ new TextEncoder();
/**
 * Strings are encoded by hand up to these many code units, longer ones with encodeInto: its call
 * costs about as much as 40 ASCII characters by hand, or 24 in other scripts (measured on Node
 * 20; docs/drafts/utf8.md).
 */
const WRITE_ASCII_MAX = 40;
const WRITE_UTF8_MAX = 24;
// A typed array's own length and buffer, which a subclass cannot fake by overriding `length`;
// they throw for anything that is not a real typed array.
const typedArray = /* @__PURE__ */ Object.getPrototypeOf(Uint8Array.prototype) as object;
const lengthOf = /* @__PURE__ */ Object.getOwnPropertyDescriptor(typedArray, "length")!.get!;
const bufferOf = /* @__PURE__ */ Object.getOwnPropertyDescriptor(typedArray, "buffer")!.get!;

/** Writes TL values into a growable buffer; validates every value and throws TlEncodeError. */
export class TlWriter {
  /** The buffer; the written bytes are `buf[0..pos)`. */
  buf: Uint8Array;
  /** A view over the buffer for multi-byte writes. */
  view: DataView;
  /** Where the next byte goes. */
  pos = 0;
  /** How deep the value being written nests (see MAX_DEPTH). */
  depth = 0;
  /** True for the writer that traces a failure (trace.ts). */
  readonly tracing: boolean = false;

  constructor(capacity = 256) {
    this.buf = new Uint8Array(capacity);
    this.view = new DataView(this.buf.buffer);
  }

  /** Makes room for `n` more bytes. */
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = Math.max(256, this.buf.length * 2);
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  /** How many bytes were written. */
  get length(): number {
    return this.pos;
  }

  /** A copy of what was written; the writer can then be reset and reused. */
  finish(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }

  /** Forgets what was written, keeping the buffer for reuse. */
  reset(): void {
    this.pos = 0;
    this.depth = 0;
  }

  /** The error for a value that breaks its type's rule; a missing value says it is required. */
  invalid(type: string, rule: string, value: unknown): never {
    if (value === undefined || value === null)
      throw new TlEncodeError(`${type} is required, got ${describe(value)}`).about(value);
    throw new TlEncodeError(`${type} must be ${rule}, got ${describe(value)}`).about(value);
  }

  /** A constructor id or a flags word: any uint32 (or int32) bit pattern. */
  id(value: number): void {
    this.ensure(4);
    this.view.setUint32(this.pos, value >>> 0, true);
    this.pos += 4;
  }

  /** Room for a flags word written later with patch(): returns where it goes. */
  slot(): number {
    this.ensure(4);
    const at = this.pos;
    this.pos += 4;
    return at;
  }

  /** Writes a flags word into the slot at `at`. */
  patch(at: number, flags: number): void {
    this.view.setUint32(at, flags >>> 0, true);
  }

  /** An int: an integer in int32 range. */
  int(value: number): void {
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
  long(value: bigint): void {
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
  double(value: number): void {
    if (typeof value !== "number") this.invalid("double", "a number", value);
    this.ensure(8);
    this.view.setFloat64(this.pos, value, true);
    this.pos += 8;
  }

  /** A Bool: boolTrue or boolFalse. */
  bool(value: boolean): void {
    if (typeof value !== "boolean") this.invalid("Bool", "a boolean", value);
    this.id(value ? BOOL_TRUE : BOOL_FALSE);
  }

  /**
   * string: UTF-8 with a TL length prefix. Lone surrogates become U+FFFD, as TextEncoder does.
   * Encodes straight into the buffer, never through a temporary array: short strings by hand
   * (utf8.ts), longer ones with encodeInto; a string that cannot fit the 3-byte length is
   * refused before anything is allocated for it.
   */
  string(value: string): void {
    const n = typeof value === "string" ? value.length : -1;
    if (n < 0 || n > WRITE_ASCII_MAX) return this.longString(value);
    // At most 3 bytes a code unit, so under 254 bytes: the one-byte length is known up front.
    this.ensure(n * 3 + 8);
    const b = this.buf;
    const at = this.pos + 1;
    let i = 0;
    for (; i + 4 <= n; i += 4) {
      const c0 = value.charCodeAt(i),
        c1 = value.charCodeAt(i + 1),
        c2 = value.charCodeAt(i + 2),
        c3 = value.charCodeAt(i + 3);
      if ((c0 | c1 | c2 | c3) > 0x7f) break;
      b[at + i] = c0;
      b[at + i + 1] = c1;
      b[at + i + 2] = c2;
      b[at + i + 3] = c3;
    }
    // Text that is not ASCII, past the hand loop's length for it: to encodeInto.
    if (i + 4 <= n && n > WRITE_UTF8_MAX) return this.longString(value);
    while (i < n) {
      const c = value.charCodeAt(i);
      if (c > 0x7f) break;
      b[at + i++] = c;
    }
    const end = i === n ? at + n : writeUtf8(value, i, b, at + i);
    b[this.pos] = end - at;
    this.pos = end;
    this.pad();
  }

  /** A string past the hand loop's lengths (or not a string): with encodeInto. */
  private longString(value: string): void {
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
  bytes(value: Uint8Array): void {
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
  fixed(value: Uint8Array, size: 16 | 32): void {
    if (byteLength(value) !== size) this.invalid(`int${size * 8}`, `a Uint8Array of exactly ${size} bytes`, value);
    this.ensure(size);
    this.buf.set(value, this.pos);
    this.pos += size;
  }

  /** Vector header: the vector id (boxed only) and the count, which it returns. */
  vector(value: readonly unknown[], boxed: boolean): number {
    if (!Array.isArray(value)) this.invalid("Vector", "an array", value);
    const count = value.length;
    // Only a Proxy can answer anything else, and the header would then not match the items.
    if (count >>> 0 !== count)
      throw new TlEncodeError(`Vector must have a uint32 length, got ${describe(count)}`).about(value);
    if (boxed) this.id(VECTOR_ID);
    this.id(count);
    return count;
  }

  /** Raw bytes as they are (an already encoded request, for example). */
  raw(value: Uint8Array): void {
    const n = byteLength(value);
    if (n < 0) this.invalid("raw bytes", "a Uint8Array", value);
    this.ensure(n);
    this.buf.set(value, this.pos);
    this.pos += n;
  }

  /** Entering boxed value `value`; throws past the depth limit (a cycle, or hostile input). */
  enter(value: unknown): void {
    if (++this.depth > MAX_DEPTH) {
      throw new TlEncodeError(
        `values nest deeper than ${MAX_DEPTH} levels (a cycle, or more than a decoder accepts)`,
      ).about(value);
    }
  }

  /** Leaving a boxed value (pairs with `enter()`). */
  leave(): void {
    this.depth--;
  }

  private tooLong(type: string, length: number, value: unknown): never {
    throw new TlEncodeError(`${type} must be at most ${MAX_LENGTH} bytes, got ${length}`).about(value);
  }

  private longHeader(start: number, length: number): void {
    this.buf[start] = 254;
    this.buf[start + 1] = length & 0xff;
    this.buf[start + 2] = (length >> 8) & 0xff;
    this.buf[start + 3] = (length >> 16) & 0xff;
  }

  private pad(): void {
    while (this.pos % 4 !== 0) this.buf[this.pos++] = 0;
  }
}

/**
 * The real length of a Uint8Array (not a subclass's `length`), or -1 for anything else: a
 * Proxy, or an array whose buffer was transferred (detached: its length reads 0, and copying
 * from it throws).
 */
function byteLength(value: unknown): number {
  if (!(value instanceof Uint8Array)) return -1;
  try {
    const n = lengthOf.call(value) as number;
    if (n === 0) new Uint8Array(bufferOf.call(value) as ArrayBuffer, 0, 0); // throws when detached
    return n;
  } catch {
    return -1;
  }
}

/** A short description of a bad value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
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
