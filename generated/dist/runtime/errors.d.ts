/** Bytes handed to a decoder are not a valid encoding of the expected type. */
export declare class TlDecodeError extends Error {
    /** Always `TlDecodeError`. */
    readonly name = "TlDecodeError";
    /** Byte offset where reading failed. */
    readonly offset: number;
    /** What the decoder expected there, e.g. `4 bytes for int` or `a constructor of ExportedChatInvite`. */
    readonly expected: string;
    /** Constructors and fields being read, outermost first. */
    readonly path: string[];
    /** What went wrong, without the path and offset. */
    readonly detail: string;
    /** The outermost constructor the error passed through, named at the root of the path. */
    outer: string | null;
    constructor(detail: string, offset: number, expected: string, path?: string[]);
    /** Puts `segment` in front of the path (while the error bubbles up) and returns this error. */
    within(segment: string): TlDecodeError;
    private describe;
}
/** A value handed to an encoder breaks a rule of its TL type. No bytes are returned. */
export declare class TlEncodeError extends Error {
    /** Always `TlEncodeError`. */
    readonly name = "TlEncodeError";
    /** The rule that was broken, e.g. `int must be an integer in int32 range`. */
    readonly rule: string;
    /** Constructors and fields being written, outermost first. */
    readonly path: string[];
    constructor(rule: string, path?: string[]);
    /** Puts `segment` in front of the path and returns this error; an empty segment adds nothing. */
    within(segment: string): TlEncodeError;
    private describe;
}
/**
 * Adds a field to a TL error on its way up through constructor `ctor`; anything else is
 * wrapped, never leaked (only a decoder bug could throw something else).
 */
export declare function decodeErrorWithin(e: unknown, segment: string, offset: number, ctor: string): TlDecodeError;
/** Adds a field to a TL encode error on its way up; anything else is wrapped as a TlEncodeError. */
export declare function encodeErrorWithin(e: unknown, segment: string): TlEncodeError;
