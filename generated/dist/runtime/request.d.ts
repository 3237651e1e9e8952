import type { TlReader } from "./reader.js";
import { TlWriter } from "./writer.js";
/** A TL function call whose result decodes to R. */
export interface TlRequest<R> {
    readonly CONSTRUCTOR_ID: number;
    /** The TL name, e.g. `messages.exportChatInvite`. */
    readonly tlName: string;
    /** Writes the boxed request (constructor id first). */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes. */
    serialize(): Uint8Array;
    /** Decodes a result body (the bytes of an rpc_result's result). */
    decodeResult(bytes: Uint8Array): R;
    /** Reads the result from a reader at its position (used by wrappers and invokers). */
    readResultFrom(r: TlReader): R;
}
/** The result type of a request type. */
export type ResultOf<T> = T extends TlRequest<infer R> ? R : never;
/**
 * Encodes into one reused writer and returns a copy of exactly the bytes written. Nothing is
 * returned when encoding throws: the writer is reset either way.
 */
export declare function serializeWith(encode: (w: TlWriter) => void): Uint8Array;
/** `request.serialize()`: errors name the request at the root of their path. */
export declare function serializeRequest(request: TlRequest<unknown>): Uint8Array;
export { LAYER } from "../layer.js";
