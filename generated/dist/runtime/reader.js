import { TlDecodeError, fieldPath } from "./errors.js";
import { BOOL_FALSE, BOOL_TRUE, VECTOR_ID } from "./wire-ids.js";
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
  /** True for the reader that traces a failure (trace.ts). */
  tracing = false;
  constructor(bytes, offset = 0) {
    if (!(bytes instanceof Uint8Array)) {
      throw new TlDecodeError(
        `input must be a Uint8Array, got ${bytes === null ? "null" : typeof bytes}`,
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
  /** The error for a read that failed at `at`. */
  fail(detail, at, expected, field) {
    throw new TlDecodeError(detail, at, expected, fieldPath(field));
  }
  need(n, what, field) {
    if (this.pos + n > this.bytes.length)
      this.fail(`input ends after ${this.remaining} of ${n} bytes`, this.pos, what, field);
  }
  /** A constructor id (uint32). */
  id(field) {
    if (this.pos + 4 > this.bytes.length) this.need(4, "a constructor id", field);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  /** An int (int32). */
  int(field) {
    if (this.pos + 4 > this.bytes.length) this.need(4, "4 bytes of int", field);
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }
  /** A flags word (uint32 bit pattern). */
  flags(field) {
    if (this.pos + 4 > this.bytes.length) this.need(4, "4 bytes of flags", field);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  /** A long (int64) as a bigint, exactly. */
  long(field) {
    if (this.pos + 8 > this.bytes.length) this.need(8, "8 bytes of long", field);
    const v = this.view.getBigInt64(this.pos, true);
    this.pos += 8;
    return v;
  }
  /** A double (float64). */
  double(field) {
    if (this.pos + 8 > this.bytes.length) this.need(8, "8 bytes of double", field);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }
  /** A Bool: boolTrue or boolFalse, anything else is an error. */
  bool(field) {
    const at = this.pos;
    const id = this.id(field);
    if (id === BOOL_TRUE) return true;
    if (id === BOOL_FALSE) return false;
    return this.fail(`unknown constructor 0x${hex(id)} for Bool`, at, "boolTrue#997275b5 or boolFalse#bc799737", field);
  }
  /** The data length of the last length-prefixed field read. */
  fieldLength = 0;
  /**
   * Reads a TL length prefix, checks the padded field fits, moves past it, and returns where
   * its data starts (its length is in fieldLength): no view is allocated.
   */
  lengthPrefixed(what, field) {
    const start = this.pos;
    const bytes = this.bytes;
    if (start + 1 > bytes.length) this.need(1, `the length of ${what}`, field);
    let length = bytes[start];
    let header = 1;
    if (length === 254) {
      if (start + 4 > bytes.length) this.need(4, `the length of ${what}`, field);
      length = bytes[start + 1] | bytes[start + 2] << 8 | bytes[start + 3] << 16;
      header = 4;
    } else if (length === 255) {
      this.fail(`invalid length prefix 0xff for ${what}`, start, `${what} (length byte 0..254)`, field);
    }
    const padded = header + length + 3 & ~3;
    if (start + padded > bytes.length) {
      this.fail(
        `${what} of ${length} bytes runs past the end of the input`,
        start,
        `${padded} bytes, ${bytes.length - start} left`,
        field
      );
    }
    this.pos = start + padded;
    this.fieldLength = length;
    return start + header;
  }
  /** A string: UTF-8, invalid sequences replaced by U+FFFD. */
  string(field) {
    const from = this.lengthPrefixed("string", field);
    const to = from + this.fieldLength;
    const bytes = this.bytes;
    if (to - from <= 24) {
      let out = "";
      for (let i = from; i < to; i++) {
        const c = bytes[i];
        if (c > 127) return decoder.decode(bytes.subarray(from, to));
        out += String.fromCharCode(c);
      }
      return out;
    }
    return decoder.decode(bytes.subarray(from, to));
  }
  /** bytes: a copy, so the value outlives the input buffer. */
  bytesValue(field) {
    const from = this.lengthPrefixed("bytes", field);
    return this.bytes.slice(from, from + this.fieldLength);
  }
  /** An int128 or int256: exactly `size` raw bytes (a copy). */
  fixed(size, field) {
    this.need(size, `${size} bytes of int${size * 8}`, field);
    const v = this.bytes.slice(this.pos, this.pos + size);
    this.pos += size;
    return v;
  }
  /**
   * A vector's count (after its id when boxed). `minItemSize` is the least number of bytes one
   * element can take; a count the remaining input cannot hold is rejected before allocating.
   */
  vector(boxed, minItemSize, field) {
    if (boxed) {
      const at2 = this.pos;
      const id = this.id(field);
      if (id !== VECTOR_ID) this.fail(`unknown constructor 0x${hex(id)} for Vector`, at2, "vector#1cb5c415", field);
    }
    const at = this.pos;
    const count = this.flags(field);
    const size = minItemSize > 0 ? minItemSize : 1;
    if (count * size > this.bytes.length - this.pos) {
      this.fail(
        `vector count ${count} does not fit in the ${this.remaining} bytes left`,
        at,
        `at most ${Math.floor(this.remaining / size)} elements`,
        field
      );
    }
    return count;
  }
  /** Entering a boxed object held by `field`; throws past MAX_DEPTH. Pair with `leave()`. */
  enter(field) {
    if (++this.depth > MAX_DEPTH)
      this.fail(
        `objects nest deeper than ${MAX_DEPTH} levels`,
        this.pos,
        `at most ${MAX_DEPTH} levels of nesting`,
        field
      );
  }
  /** Leaving a boxed object (pairs with `enter(field)`). */
  leave(field) {
    void field;
    this.depth--;
  }
  /** After a complete value: trailing bytes are an error, not silently ignored. */
  end() {
    if (this.pos !== this.bytes.length) {
      this.fail(
        `${this.bytes.length - this.pos} trailing bytes after a complete value`,
        this.pos,
        "the end of the input"
      );
    }
  }
  /** A constructor id that is none of `expected`'s constructors (just read, at pos - 4). */
  unknown(id, expected, layer) {
    return this.fail(
      `unknown constructor 0x${hex(id)} for ${expected} (this package was generated from layer ${layer}; a newer layer or corrupt input)`,
      this.pos - 4,
      `a constructor of ${expected}`
    );
  }
}
function hex(id) {
  return (id >>> 0).toString(16).padStart(8, "0");
}
export {
  MAX_DEPTH,
  TlReader,
  hex
};
