import { TlDecodeError } from "./errors.js";
/** How deep objects may nest before the input is rejected as hostile. */
export declare const MAX_DEPTH = 64;
export declare class TlReader {
    readonly bytes: Uint8Array;
    readonly view: DataView;
    pos: number;
    depth: number;
    constructor(bytes: Uint8Array, offset?: number);
    get remaining(): number;
    private need;
    id(): number;
    int(): number;
    /** A flags word (uint32 bit pattern). */
    flags(): number;
    long(): bigint;
    double(): number;
    bool(): boolean;
    /** The bytes of a TL string or bytes field, as a view into the input. */
    private lengthPrefixed;
    string(): string;
    /** bytes: a copy, so the value outlives the input buffer. */
    bytesValue(): Uint8Array;
    fixed(size: 16 | 32): Uint8Array;
    /**
     * A vector's count (after its id when boxed). `minItemSize` is the least number of bytes one
     * element can take; a count the remaining input cannot hold is rejected before allocating.
     */
    vector(boxed: boolean, minItemSize: number): number;
    /** Entering a nested object; throws past MAX_DEPTH. Pair with `leave()`. */
    enter(): void;
    leave(): void;
    /** After a complete result: trailing bytes are an error, not silently ignored. */
    end(): void;
    /** The error for a constructor id that is not one of `expected`'s constructors. */
    unknown(id: number, expected: string, layer: number): TlDecodeError;
}
export declare function hex(id: number): string;
export { LAYER } from "../layer.js";
