import { TlDecodeError } from "./errors.js";
/** How deep objects may nest before the input is rejected as hostile. */
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
    private need;
    /** A constructor id (uint32). */
    id(): number;
    /** An int (int32). */
    int(): number;
    /** A flags word (uint32 bit pattern). */
    flags(): number;
    /** A long (int64) as a bigint, exactly. */
    long(): bigint;
    /** A double (float64). */
    double(): number;
    /** A Bool: boolTrue or boolFalse, anything else is an error. */
    bool(): boolean;
    /** The data length of the last length-prefixed field read. */
    private fieldLength;
    /**
     * Reads a TL length prefix, checks the padded field fits, moves past it, and returns where
     * its data starts (its length is in fieldLength): no view is allocated.
     */
    private lengthPrefixed;
    /** A string: UTF-8, invalid sequences replaced by U+FFFD. */
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
    /** Entering a nested object; throws past MAX_DEPTH. Pair with `leave()`. */
    enter(): void;
    /** Leaving a nested object (pairs with `enter()`). */
    leave(): void;
    /** After a complete result: trailing bytes are an error, not silently ignored. */
    end(): void;
    /** The error for a constructor id that is not one of `expected`'s constructors. */
    unknown(id: number, expected: string, layer: number): TlDecodeError;
}
/** A constructor id as 8 lowercase hex digits. */
export declare function hex(id: number): string;
