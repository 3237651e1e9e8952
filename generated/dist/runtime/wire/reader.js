import { TlDecodeError } from "./errors.js";
import { asciiTail, mostlyAscii, READ_UTF8_MAX, readUtf8 } from "./utf8.js";
import { BOOL_FALSE, BOOL_TRUE, VECTOR_ID } from "./wire-ids.js";
import { unknownIdMessage } from "./unknown-id.js";
const decoder = /* @__PURE__ */ new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
const fromCharCode = String.fromCharCode;
const READ_ASCII_MAX = 64;
const MAX_DEPTH = 64;
class TlReader {
  /** The input. */
  bytes;
  /** A view over the input for multi-byte reads. */
  view;
  /** The offset of the next read. */
  pos;
  /** How deep the current object nests (see MAX_DEPTH). */
  depth = 0;
  constructor(bytes, offset = 0) {
    if (!(bytes instanceof Uint8Array)) {
      throw new TlDecodeError(
        `input must be a Uint8Array, got ${kindOf(bytes)}${ArrayBuffer.isView(bytes) || bytes instanceof ArrayBuffer ? " (view its bytes: new Uint8Array(x.buffer, x.byteOffset, x.byteLength), or new Uint8Array(buffer))" : ""}`,
        0,
        "a Uint8Array"
      );
    }
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.pos = offset;
  }
  /** Bytes left after the current position. */
  get remaining() {
    return this.bytes.length - this.pos;
  }
  /**
   * A read that failed at `at`: throws TlDecodeError. (The tracing reader records it and returns
   * `neutral`, the value the read stands in with, so decoding goes on.)
   */
  fail(detail, at, expected, neutral, field) {
    void neutral;
    throw new TlDecodeError(detail, at, expected, field === void 0 ? [] : [field]);
  }
  short(n, what, neutral) {
    return this.fail(`input ends after ${this.remaining} of ${n} bytes`, this.pos, what, neutral);
  }
  /** A constructor id (uint32). */
  id() {
    if (this.pos + 4 > this.bytes.length) return this.short(4, "a constructor id", 0);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  /** An int (int32). */
  int() {
    if (this.pos + 4 > this.bytes.length) return this.short(4, "4 bytes of int", 0);
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }
  /** A flags word (uint32 bit pattern); `name` is its TL name, for the error's path. */
  flags(name) {
    if (this.pos + 4 > this.bytes.length)
      return this.fail(`input ends after ${this.remaining} of 4 bytes`, this.pos, "4 bytes of flags", 0, name);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  /** A long (int64) as a bigint, exactly. */
  long() {
    if (this.pos + 8 > this.bytes.length) return this.short(8, "8 bytes of long", 0n);
    const v = this.view.getBigInt64(this.pos, true);
    this.pos += 8;
    return v;
  }
  /** A double (float64). */
  double() {
    if (this.pos + 8 > this.bytes.length) return this.short(8, "8 bytes of double", 0);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }
  /** A Bool: boolTrue or boolFalse, anything else is an error. */
  bool() {
    const at = this.pos;
    const id = this.id();
    if (id === BOOL_TRUE) return true;
    if (id === BOOL_FALSE) return false;
    return this.fail(`unknown constructor 0x${hex(id)} for Bool`, at, "boolTrue#997275b5 or boolFalse#bc799737", false);
  }
  /** The data length of the last length-prefixed field read. */
  fieldLength = 0;
  /** Why the last length-prefixed read failed: detail, offset, expected. */
  problem = ["", 0, ""];
  /**
   * Reads a TL length prefix, checks the padded field fits, moves past it, and returns where its
   * data starts (its length is in fieldLength): no view is allocated. -1 when it does not fit
   * (the reason in `problem`, for the caller's fail()).
   */
  lengthPrefixed(what) {
    const start = this.pos;
    const bytes = this.bytes;
    if (start + 1 > bytes.length) return this.refuse(`input ends after 0 of 1 bytes`, start, `the length of ${what}`);
    let length = bytes[start];
    let header = 1;
    if (length === 254) {
      if (start + 4 > bytes.length)
        return this.refuse(`input ends after ${bytes.length - start} of 4 bytes`, start, `the length of ${what}`);
      length = bytes[start + 1] | bytes[start + 2] << 8 | bytes[start + 3] << 16;
      header = 4;
    } else if (length === 255) {
      return this.refuse(`invalid length prefix 0xff for ${what}`, start, `${what} (length byte 0..254)`);
    }
    const padded = header + length + 3 & ~3;
    if (start + padded > bytes.length)
      return this.refuse(
        `${what} of ${length} bytes runs past the end of the input`,
        start,
        `${padded} bytes, ${bytes.length - start} left`
      );
    this.pos = start + padded;
    this.fieldLength = length;
    return start + header;
  }
  refuse(detail, at, expected) {
    this.problem = [detail, at, expected];
    return -1;
  }
  /** A string: UTF-8, invalid sequences replaced by U+FFFD (as TextDecoder replaces them). */
  string() {
    const from = this.lengthPrefixed("string");
    if (from < 0) return this.fail(this.problem[0], this.problem[1], this.problem[2], "");
    const length = this.fieldLength;
    const to = from + length;
    const b = this.bytes;
    if (length > READ_ASCII_MAX) {
      const long = platformText(b, from, to);
      if (long !== void 0) return long;
    }
    let out = "";
    let j = from;
    for (; j + 8 <= to; j += 8) {
      const c0 = b[j], c1 = b[j + 1], c2 = b[j + 2], c3 = b[j + 3], c4 = b[j + 4], c5 = b[j + 5], c6 = b[j + 6], c7 = b[j + 7];
      if ((c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7) & 128) return text(b, from, to);
      out += fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7);
    }
    return j === to ? out : asciiTail(b, j, to, out) ?? text(b, from, to);
  }
  /** bytes: a copy, so the value outlives the input buffer. */
  bytesValue() {
    const from = this.lengthPrefixed("bytes");
    if (from < 0) return this.fail(this.problem[0], this.problem[1], this.problem[2], new Uint8Array(0));
    return this.bytes.slice(from, from + this.fieldLength);
  }
  /** An int128 or int256: exactly `size` raw bytes (a copy). */
  fixed(size) {
    if (this.pos + size > this.bytes.length)
      return this.short(size, `${size} bytes of int${size * 8}`, new Uint8Array(size));
    const v = this.bytes.slice(this.pos, this.pos + size);
    this.pos += size;
    return v;
  }
  /**
   * A vector's count (after its id when boxed). `minItemSize` is the least number of bytes one
   * element can take; a count the remaining input cannot hold is rejected before allocating.
   */
  vector(boxed, minItemSize) {
    if (boxed) {
      const at2 = this.pos;
      const id = this.id();
      if (id !== VECTOR_ID) return this.fail(`unknown constructor 0x${hex(id)} for Vector`, at2, "vector#1cb5c415", 0);
    }
    const at = this.pos;
    if (at + 4 > this.bytes.length) return this.short(4, "4 bytes of a vector count", 0);
    const count = this.view.getUint32(at, true);
    this.pos = at + 4;
    const size = minItemSize > 0 ? minItemSize : 1;
    if (count * size > this.bytes.length - this.pos) {
      return this.fail(
        `vector count ${count} does not fit in the ${this.remaining} bytes left`,
        at,
        `at most ${Math.floor(this.remaining / size)} elements`,
        0
      );
    }
    return count;
  }
  /** Entering a boxed object; fails past MAX_DEPTH. Pair with `leave()`. */
  enter() {
    if (++this.depth > MAX_DEPTH)
      this.fail(
        `objects nest deeper than ${MAX_DEPTH} levels`,
        this.pos,
        `at most ${MAX_DEPTH} levels of nesting`,
        void 0
      );
  }
  /** Leaving a boxed object (pairs with `enter()`); returns the object it read. */
  leave(value) {
    this.depth--;
    return value;
  }
  /** After a complete value: trailing bytes are an error, not silently ignored. */
  end() {
    if (this.pos !== this.bytes.length) {
      this.fail(
        `${this.bytes.length - this.pos} trailing bytes after a complete value`,
        this.pos,
        "the end of the input",
        void 0
      );
    }
  }
  /**
   * A constructor id that is none of `expected`'s constructors (just read, at pos - 4); `known`
   * lists the ids of other layers the package knows for them (see unknown-id.ts).
   */
  unknown(id, expected, known) {
    return this.fail(
      unknownIdMessage(hex(id), expected, known),
      this.pos - 4,
      `a constructor of ${expected}`,
      {}
    );
  }
}
function platformText(b, from, to) {
  if (to - from > READ_UTF8_MAX || mostlyAscii(b, from)) return decoder.decode(b.subarray(from, to));
  return void 0;
}
function text(b, from, to) {
  return readUtf8(b, from, to) ?? decoder.decode(b.subarray(from, to));
}
function hex(id) {
  return (id >>> 0).toString(16).padStart(8, "0");
}
function kindOf(value) {
  if (value === null || value === void 0) return String(value);
  if (typeof value !== "object") return `a ${typeof value}`;
  const name = value.constructor?.name;
  if (typeof name !== "string" || name === "" || name === "Object") return "an object";
  return `${/^(?:[AEIO]|U(?!int))/.test(name) ? "an" : "a"} ${name}`;
}
export {
  MAX_DEPTH,
  TlReader,
  hex
};
