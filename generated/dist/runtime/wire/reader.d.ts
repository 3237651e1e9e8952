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
  constructor(bytes: Uint8Array, offset?: number);
  /** Bytes left after the current position. */
  get remaining(): number;
  /**
   * A read that failed at `at`: throws TlDecodeError. (The tracing reader records it and returns
   * `neutral`, the value the read stands in with, so decoding goes on.)
   */
  fail<T>(detail: string, at: number, expected: string, neutral: T, field?: string): T;
  private short;
  /** A constructor id (uint32). */
  id(): number;
  /** An int (int32). */
  int(): number;
  /** A flags word (uint32 bit pattern); `name` is its TL name, for the error's path. */
  flags(name: string): number;
  /** A long (int64) as a bigint, exactly. */
  long(): bigint;
  /** A double (float64). */
  double(): number;
  /** A Bool: boolTrue or boolFalse, anything else is an error. */
  bool(): boolean;
  /** The data length of the last length-prefixed field read. */
  private fieldLength;
  /** Why the last length-prefixed read failed: detail, offset, expected. */
  private problem;
  /**
   * Reads a TL length prefix, checks the padded field fits, moves past it, and returns where its
   * data starts (its length is in fieldLength): no view is allocated. -1 when it does not fit
   * (the reason in `problem`, for the caller's fail()).
   */
  private lengthPrefixed;
  private refuse;
  /** A string: UTF-8, invalid sequences replaced by U+FFFD (as TextDecoder replaces them). */
  string(): string;
  /** bytes: a copy, so the value outlives the input buffer. */
  bytesValue(): Uint8Array;
  /** An int128 or int256: exactly `size` raw bytes (a copy). */
  fixed(size: 16 | 32): Uint8Array;
  /**
   * A vector's count (after its id when boxed). `minItemSize` is the least number of bytes one
   * element can take; a count the remaining input cannot hold is rejected before allocating.
   */
  vector(boxed: boolean, minItemSize: number): number;
  /** Entering a boxed object; fails past MAX_DEPTH. Pair with `leave()`. */
  enter(): void;
  /** Leaving a boxed object (pairs with `enter()`); returns the object it read. */
  leave<T>(value: T): T;
  /** After a complete value: trailing bytes are an error, not silently ignored. */
  end(): void;
  /**
   * A constructor id that is none of `expected`'s constructors (just read, at pos - 4); `known`
   * lists the ids of other layers the package knows for them (see unknown-id.ts).
   */
  unknown(id: number, expected: string, known?: string): never;
}
/** A constructor id as 8 lowercase hex digits. */
export declare function hex(id: number): string;
