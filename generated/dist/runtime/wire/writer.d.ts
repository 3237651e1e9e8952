/** Writes TL values into a growable buffer; validates every value and throws TlEncodeError. */
export declare class TlWriter {
  /** The buffer; the written bytes are `buf[0..pos)`. */
  buf: Uint8Array;
  /** A view over the buffer for multi-byte writes. */
  view: DataView;
  /** Where the next byte goes. */
  pos: number;
  /** How deep the value being written nests (see MAX_DEPTH). */
  depth: number;
  /** True for the writer that traces a failure (trace.ts). */
  readonly tracing: boolean;
  constructor(capacity?: number);
  /** Makes room for `n` more bytes. */
  ensure(n: number): void;
  /** How many bytes were written. */
  get length(): number;
  /** A copy of what was written; the writer can then be reset and reused. */
  finish(): Uint8Array;
  /** Forgets what was written, keeping the buffer for reuse. */
  reset(): void;
  /** The error for a value that breaks its type's rule; a missing value says it is required. */
  invalid(type: string, rule: string, value: unknown): never;
  /** A constructor id or a flags word: any uint32 (or int32) bit pattern. */
  id(value: number): void;
  /** Room for a flags word written later with patch(): returns where it goes. */
  slot(): number;
  /** Writes a flags word into the slot at `at`. */
  patch(at: number, flags: number): void;
  /** An int: an integer in int32 range. */
  int(value: number): void;
  /**
   * long: a bigint in int64 range. A safe-integer number is accepted too (plain-JS callers);
   * anything else, decimal strings included, is rejected.
   */
  long(value: bigint): void;
  /** A double: any number. */
  double(value: number): void;
  /** A Bool: boolTrue or boolFalse. */
  bool(value: boolean): void;
  /**
   * string: UTF-8 with a TL length prefix. Lone surrogates become U+FFFD, as TextEncoder does.
   * Encodes straight into the buffer, never through a temporary array: short strings by hand
   * (utf8.ts), longer ones with encodeInto; a string that cannot fit the 3-byte length is
   * refused before anything is allocated for it.
   */
  string(value: string): void;
  /** A string past the hand loop's lengths (or not a string): with encodeInto. */
  private longString;
  /** bytes: a Uint8Array with a TL length prefix. */
  bytes(value: Uint8Array): void;
  /** int128 / int256: exactly `size` raw bytes. */
  fixed(value: Uint8Array, size: 16 | 32): void;
  /** Vector header: the vector id (boxed only) and the count, which it returns. */
  vector(value: readonly unknown[], boxed: boolean): number;
  /** Raw bytes as they are (an already encoded request, for example). */
  raw(value: Uint8Array): void;
  /** Entering boxed value `value`; throws past the depth limit (a cycle, or hostile input). */
  enter(value: unknown): void;
  /** Leaving a boxed value (pairs with `enter()`). */
  leave(): void;
  private tooLong;
  private longHeader;
  private pad;
}
/** A short description of a bad value for error messages. */
export declare function describe(value: unknown): string;
