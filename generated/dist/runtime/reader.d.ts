/** How deep boxed objects may nest before the input is rejected as hostile. */
export declare const MAX_DEPTH = 64;
/** Reads TL values from a byte array, bounds-checked; throws only TlDecodeError. */
export declare class TlReader {
  /** The input. */
  readonly bytes: Uint8Array;
  /** A view over the input for multi-byte reads. */
  readonly view: DataView;
  /** The offset of the next read. */
  pos: number;
  /** How deep the current object nests (see MAX_DEPTH). */
  depth: number;
  /** True for the reader that traces a failure (trace.ts). */
  readonly tracing: boolean;
  constructor(bytes: Uint8Array, offset?: number);
  /** Bytes left after the current position. */
  get remaining(): number;
  /** The error for a read that failed at `at`. */
  fail(detail: string, at: number, expected: string, field?: string): never;
  private need;
  /** A constructor id (uint32). */
  id(field?: string): number;
  /** An int (int32). */
  int(field?: string): number;
  /** A flags word (uint32 bit pattern). */
  flags(field?: string): number;
  /** A long (int64) as a bigint, exactly. */
  long(field?: string): bigint;
  /** A double (float64). */
  double(field?: string): number;
  /** A Bool: boolTrue or boolFalse, anything else is an error. */
  bool(field?: string): boolean;
  /** The data length of the last length-prefixed field read. */
  private fieldLength;
  /**
   * Reads a TL length prefix, checks the padded field fits, moves past it, and returns where
   * its data starts (its length is in fieldLength): no view is allocated.
   */
  private lengthPrefixed;
  /** A string: UTF-8, invalid sequences replaced by U+FFFD. */
  string(field?: string): string;
  /** bytes: a copy, so the value outlives the input buffer. */
  bytesValue(field?: string): Uint8Array;
  /** An int128 or int256: exactly `size` raw bytes (a copy). */
  fixed(size: 16 | 32, field?: string): Uint8Array;
  /**
   * A vector's count (after its id when boxed). `minItemSize` is the least number of bytes one
   * element can take; a count the remaining input cannot hold is rejected before allocating.
   */
  vector(boxed: boolean, minItemSize: number, field?: string): number;
  /** Entering a boxed object held by `field`; throws past MAX_DEPTH. Pair with `leave()`. */
  enter(field?: string): void;
  /** Leaving a boxed object (pairs with `enter(field)`). */
  leave(field?: string): void;
  /** After a complete value: trailing bytes are an error, not silently ignored. */
  end(): void;
  /** A constructor id that is none of `expected`'s constructors (just read, at pos - 4). */
  unknown(id: number, expected: string, layer: number): never;
}
/** A constructor id as 8 lowercase hex digits. */
export declare function hex(id: number): string;
