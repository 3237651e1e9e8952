// TlReader: reads the TL binary encoding. Every read is bounds-checked and throws only
// TlDecodeError (offset, what was expected); vector counts are checked against the bytes left
// before anything is allocated, and nesting depth is limited.
//
// Each read takes the name of the field it reads, used only when it fails: generated decoders
// pass it as a constant, which costs nothing once the call is inlined. The path above the field
// is found by tracing the failure afterwards (trace.ts); the hot path keeps no state for it.
import { TlDecodeError, fieldPath } from "./errors.js";
import { BOOL_FALSE, BOOL_TRUE, VECTOR_ID } from "./wire-ids.js";

const decoder = /* @__PURE__ */ new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/** How deep boxed objects may nest before the input is rejected as hostile. */
export const MAX_DEPTH = 64;

/** Reads TL values from a byte array, bounds-checked; throws only TlDecodeError. */
export class TlReader {
  /** The input. */
  readonly bytes: Uint8Array;
  /** A view over the input for multi-byte reads. */
  readonly view: DataView;
  /** The offset of the next read. */
  pos: number;
  /** How deep the current object nests (see MAX_DEPTH). */
  depth = 0;
  /** True for the reader that traces a failure (trace.ts). */
  readonly tracing: boolean = false;

  constructor(bytes: Uint8Array, offset = 0) {
    if (!(bytes instanceof Uint8Array)) {
      throw new TlDecodeError(
        `input must be a Uint8Array, got ${bytes === null ? "null" : typeof bytes}`,
        0,
        "a Uint8Array",
      );
    }
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.pos = offset;
  }

  /** Bytes left after the current position. */
  get remaining(): number {
    return this.bytes.length - this.pos;
  }

  /** The error for a read that failed at `at`. */
  fail(detail: string, at: number, expected: string, field?: string): never {
    throw new TlDecodeError(detail, at, expected, fieldPath(field));
  }

  private need(n: number, what: string, field: string | undefined): void {
    if (this.pos + n > this.bytes.length)
      this.fail(`input ends after ${this.remaining} of ${n} bytes`, this.pos, what, field);
  }

  /** A constructor id (uint32). */
  id(field?: string): number {
    if (this.pos + 4 > this.bytes.length) this.need(4, "a constructor id", field);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }

  /** An int (int32). */
  int(field?: string): number {
    if (this.pos + 4 > this.bytes.length) this.need(4, "4 bytes of int", field);
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }

  /** A flags word (uint32 bit pattern). */
  flags(field?: string): number {
    if (this.pos + 4 > this.bytes.length) this.need(4, "4 bytes of flags", field);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }

  /** A long (int64) as a bigint, exactly. */
  long(field?: string): bigint {
    if (this.pos + 8 > this.bytes.length) this.need(8, "8 bytes of long", field);
    const v = this.view.getBigInt64(this.pos, true);
    this.pos += 8;
    return v;
  }

  /** A double (float64). */
  double(field?: string): number {
    if (this.pos + 8 > this.bytes.length) this.need(8, "8 bytes of double", field);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  /** A Bool: boolTrue or boolFalse, anything else is an error. */
  bool(field?: string): boolean {
    const at = this.pos;
    const id = this.id(field);
    if (id === BOOL_TRUE) return true;
    if (id === BOOL_FALSE) return false;
    return this.fail(`unknown constructor 0x${hex(id)} for Bool`, at, "boolTrue#997275b5 or boolFalse#bc799737", field);
  }

  /** The data length of the last length-prefixed field read. */
  private fieldLength = 0;

  /**
   * Reads a TL length prefix, checks the padded field fits, moves past it, and returns where
   * its data starts (its length is in fieldLength): no view is allocated.
   */
  private lengthPrefixed(what: string, field: string | undefined): number {
    const start = this.pos;
    const bytes = this.bytes;
    if (start + 1 > bytes.length) this.need(1, `the length of ${what}`, field);
    let length = bytes[start];
    let header = 1;
    if (length === 254) {
      if (start + 4 > bytes.length) this.need(4, `the length of ${what}`, field);
      length = bytes[start + 1] | (bytes[start + 2] << 8) | (bytes[start + 3] << 16);
      header = 4;
    } else if (length === 255) {
      this.fail(`invalid length prefix 0xff for ${what}`, start, `${what} (length byte 0..254)`, field);
    }
    const padded = (header + length + 3) & ~3;
    if (start + padded > bytes.length) {
      this.fail(
        `${what} of ${length} bytes runs past the end of the input`,
        start,
        `${padded} bytes, ${bytes.length - start} left`,
        field,
      );
    }
    this.pos = start + padded;
    this.fieldLength = length;
    return start + header;
  }

  /** A string: UTF-8, invalid sequences replaced by U+FFFD. */
  string(field?: string): string {
    const from = this.lengthPrefixed("string", field);
    const to = from + this.fieldLength;
    const bytes = this.bytes;
    if (to - from <= 24) {
      // Short ASCII (names, codes, short links): a loop beats TextDecoder's call cost.
      let out = "";
      for (let i = from; i < to; i++) {
        const c = bytes[i];
        if (c > 0x7f) return decoder.decode(bytes.subarray(from, to));
        out += String.fromCharCode(c);
      }
      return out;
    }
    return decoder.decode(bytes.subarray(from, to));
  }

  /** bytes: a copy, so the value outlives the input buffer. */
  bytesValue(field?: string): Uint8Array {
    const from = this.lengthPrefixed("bytes", field);
    return this.bytes.slice(from, from + this.fieldLength);
  }

  /** An int128 or int256: exactly `size` raw bytes (a copy). */
  fixed(size: 16 | 32, field?: string): Uint8Array {
    this.need(size, `${size} bytes of int${size * 8}`, field);
    const v = this.bytes.slice(this.pos, this.pos + size);
    this.pos += size;
    return v;
  }

  /**
   * A vector's count (after its id when boxed). `minItemSize` is the least number of bytes one
   * element can take; a count the remaining input cannot hold is rejected before allocating.
   */
  vector(boxed: boolean, minItemSize: number, field?: string): number {
    if (boxed) {
      const at = this.pos;
      const id = this.id(field);
      if (id !== VECTOR_ID) this.fail(`unknown constructor 0x${hex(id)} for Vector`, at, "vector#1cb5c415", field);
    }
    const at = this.pos;
    const count = this.flags(field);
    const size = minItemSize > 0 ? minItemSize : 1;
    if (count * size > this.bytes.length - this.pos) {
      this.fail(
        `vector count ${count} does not fit in the ${this.remaining} bytes left`,
        at,
        `at most ${Math.floor(this.remaining / size)} elements`,
        field,
      );
    }
    return count;
  }

  /** Entering a boxed object held by `field`; throws past MAX_DEPTH. Pair with `leave()`. */
  enter(field?: string): void {
    if (++this.depth > MAX_DEPTH)
      this.fail(
        `objects nest deeper than ${MAX_DEPTH} levels`,
        this.pos,
        `at most ${MAX_DEPTH} levels of nesting`,
        field,
      );
  }

  /** Leaving a boxed object (pairs with `enter(field)`). */
  leave(field?: string): void {
    void field; // for the tracing reader and writer, which keep the path
    this.depth--;
  }

  /** After a complete value: trailing bytes are an error, not silently ignored. */
  end(): void {
    if (this.pos !== this.bytes.length) {
      this.fail(
        `${this.bytes.length - this.pos} trailing bytes after a complete value`,
        this.pos,
        "the end of the input",
      );
    }
  }

  /** A constructor id that is none of `expected`'s constructors (just read, at pos - 4). */
  unknown(id: number, expected: string, layer: number): never {
    return this.fail(
      `unknown constructor 0x${hex(id)} for ${expected} (this package was generated from layer ${layer}; a newer layer or corrupt input)`,
      this.pos - 4,
      `a constructor of ${expected}`,
    );
  }
}

/** A constructor id as 8 lowercase hex digits. */
export function hex(id: number): string {
  return (id >>> 0).toString(16).padStart(8, "0");
}
