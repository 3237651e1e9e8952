import { TlDecodeError } from "./errors.js";
const BOOL_TRUE = 2574415285;
const BOOL_FALSE = 3162085175;
const VECTOR_ID = 481674261;
const decoder = /* @__PURE__ */ new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
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
    if (!(bytes instanceof Uint8Array))
      throw new TlDecodeError(`input must be a Uint8Array, got ${typeof bytes}`, 0, "a Uint8Array");
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.pos = offset;
  }
  /** Bytes left after the current position. */
  get remaining() {
    return this.bytes.length - this.pos;
  }
  need(n, what) {
    if (this.pos + n > this.bytes.length) {
      throw new TlDecodeError(`input ends after ${this.remaining} of ${n} bytes`, this.pos, what);
    }
  }
  /** A constructor id (uint32). */
  id() {
    this.need(4, "a constructor id");
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  /** An int (int32). */
  int() {
    this.need(4, "4 bytes of int");
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }
  /** A flags word (uint32 bit pattern). */
  flags() {
    this.need(4, "4 bytes of flags");
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  /** A long (int64) as a bigint, exactly. */
  long() {
    this.need(8, "8 bytes of long");
    const v = this.view.getBigInt64(this.pos, true);
    this.pos += 8;
    return v;
  }
  /** A double (float64). */
  double() {
    this.need(8, "8 bytes of double");
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
    throw new TlDecodeError(`unknown constructor 0x${hex(id)} for Bool`, at, "boolTrue#997275b5 or boolFalse#bc799737");
  }
  /** The data length of the last length-prefixed field read. */
  fieldLength = 0;
  /**
   * Reads a TL length prefix, checks the padded field fits, moves past it, and returns where
   * its data starts (its length is in fieldLength): no view is allocated.
   */
  lengthPrefixed(what) {
    const start = this.pos;
    const bytes = this.bytes;
    if (start + 1 > bytes.length) this.need(1, `the length of ${what}`);
    let length = bytes[start];
    let header = 1;
    if (length === 254) {
      if (start + 4 > bytes.length) this.need(4, `the length of ${what}`);
      length = bytes[start + 1] | bytes[start + 2] << 8 | bytes[start + 3] << 16;
      header = 4;
    } else if (length === 255) {
      throw new TlDecodeError(`invalid length prefix 0xff for ${what}`, start, `${what} (length byte 0..254)`);
    }
    const padded = header + length + 3 & ~3;
    if (start + padded > bytes.length) {
      throw new TlDecodeError(
        `${what} of ${length} bytes runs past the end of the input`,
        start,
        `${padded} bytes, ${bytes.length - start} left`
      );
    }
    this.pos = start + padded;
    this.fieldLength = length;
    return start + header;
  }
  /** A string: UTF-8, invalid sequences replaced by U+FFFD. */
  string() {
    const from = this.lengthPrefixed("string");
    const to = from + this.fieldLength;
    const bytes = this.bytes;
    if (to - from <= 10) {
      let out = "";
      for (let i = from; i < to; i++) {
        const c = bytes[i];
        if (c > 127) return utf8(bytes, from, to);
        out += String.fromCharCode(c);
      }
      return out;
    }
    return utf8(bytes, from, to);
  }
  /** bytes: a copy, so the value outlives the input buffer. */
  bytesValue() {
    const from = this.lengthPrefixed("bytes");
    return this.bytes.slice(from, from + this.fieldLength);
  }
  /** An int128 or int256: exactly `size` raw bytes (a copy). */
  fixed(size) {
    this.need(size, `${size} bytes of int${size * 8}`);
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
      if (id !== VECTOR_ID)
        throw new TlDecodeError(`unknown constructor 0x${hex(id)} for Vector`, at2, "vector#1cb5c415");
    }
    const at = this.pos;
    const count = this.flags();
    if (count * Math.max(1, minItemSize) > this.remaining) {
      throw new TlDecodeError(
        `vector count ${count} does not fit in the ${this.remaining} bytes left`,
        at,
        `at most ${Math.floor(this.remaining / Math.max(1, minItemSize))} elements`
      );
    }
    return count;
  }
  /** Entering a nested object; throws past MAX_DEPTH. Pair with `leave()`. */
  enter() {
    if (++this.depth > MAX_DEPTH)
      throw new TlDecodeError(
        `objects nest deeper than ${MAX_DEPTH} levels`,
        this.pos,
        `at most ${MAX_DEPTH} levels of nesting`
      );
  }
  /** Leaving a nested object (pairs with `enter()`). */
  leave() {
    this.depth--;
  }
  /** After a complete result: trailing bytes are an error, not silently ignored. */
  end() {
    if (this.pos !== this.bytes.length) {
      throw new TlDecodeError(
        `${this.bytes.length - this.pos} trailing bytes after a complete value`,
        this.pos,
        "the end of the input"
      );
    }
  }
  /** The error for a constructor id that is not one of `expected`'s constructors. */
  unknown(id, expected, layer) {
    return new TlDecodeError(
      `unknown constructor 0x${hex(id)} for ${expected} (this package was generated from layer ${layer}; a newer layer or corrupt input)`,
      this.pos - 4,
      `a constructor of ${expected}`
    );
  }
}
function utf8(bytes, from, to) {
  return decoder.decode(bytes.subarray(from, to));
}
function hex(id) {
  return (id >>> 0).toString(16).padStart(8, "0");
}
export {
  MAX_DEPTH,
  TlReader,
  hex
};
