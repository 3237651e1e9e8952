export declare class TlWriter {
    buf: Uint8Array;
    view: DataView;
    pos: number;
    constructor(capacity?: number);
    /** Makes room for `n` more bytes. */
    ensure(n: number): void;
    /** A copy of what was written; the writer can then be reset and reused. */
    finish(): Uint8Array;
    reset(): void;
    /** A constructor id or a flags word: any uint32 (or int32) bit pattern. */
    id(value: number): void;
    int(value: number): void;
    /**
     * long: a bigint in int64 range. A safe-integer number is accepted too (plain-JS callers);
     * anything else, decimal strings included, is rejected.
     */
    long(value: bigint): void;
    double(value: number): void;
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
export { LAYER } from "../layer.js";
