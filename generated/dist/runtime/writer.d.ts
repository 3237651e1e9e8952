/** Writes TL values into a growable buffer; validates every value and throws TlEncodeError. */
export declare class TlWriter {
    /** The buffer; only the first `pos` bytes are written. */
    buf: Uint8Array;
    /** A view over the buffer for multi-byte writes. */
    view: DataView;
    /** Where the next byte goes; what is written is `buf[start..pos)`. */
    pos: number;
    /** Where this writer's output starts in `buf` (non-zero when writing into a shared slab). */
    start: number;
    constructor(capacity?: number);
    /** Writes from now on into `buf` at `start` (a slab shared by many outputs). */
    attach(buf: Uint8Array, view: DataView, start: number): void;
    /** Makes room for `n` more bytes. */
    ensure(n: number): void;
    /** How many bytes were written. */
    get length(): number;
    /** A copy of what was written; the writer can then be reset and reused. */
    finish(): Uint8Array;
    /** Forgets what was written, keeping the buffer for reuse. */
    reset(): void;
    /** A constructor id or a flags word: any uint32 (or int32) bit pattern. */
    id(value: number): void;
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
     * Encodes straight into the buffer (encodeInto), never through a temporary array.
     */
    string(value: string): void;
    /** bytes: a Uint8Array with a TL length prefix. */
    bytes(value: Uint8Array): void;
    /** int128 / int256: exactly `size` raw bytes. */
    fixed(value: Uint8Array, size: 16 | 32): void;
    /** Vector header: the vector id (boxed only) and the count. Checks the value is an array. */
    vector(value: readonly unknown[], boxed: boolean): void;
    /** Raw bytes as they are (an already encoded request, for example). */
    raw(value: Uint8Array): void;
    private writeLongHeader;
    private pad;
}
/** A short description of a bad value for error messages. */
export declare function describe(value: unknown): string;
