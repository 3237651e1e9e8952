import type { TlReader } from "./reader.js";
import { TlWriter } from "./writer.js";
/** A TL function call whose result decodes to R. */
export interface TlRequest<R> {
    /** The TL constructor id of the function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name, e.g. `messages.exportChatInvite`. */
    readonly tlName: string;
    /** Who may call it. */
    readonly availability: Availability;
    /** Writes the boxed request (constructor id first). */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes. */
    serialize(): Uint8Array;
    /** Decodes a result body (the bytes of an rpc_result's result). */
    decodeResult(bytes: Uint8Array): R;
    /** Reads the result from a reader at its position (used by wrappers and invokers). */
    readResultFrom(r: TlReader): R;
}
/** Who may call a method: from the schema's availability data. */
export type Availability = "user" | "bot" | "both";
/** A request a bot may send (compile error for user-only methods). */
export type BotRequest<R> = TlRequest<R> & {
    readonly availability: "bot" | "both";
};
/** A request a user account may send (compile error for bot-only methods). */
export type UserRequest<R> = TlRequest<R> & {
    readonly availability: "user" | "both";
};
/** The result type of a request type. */
export type ResultOf<T> = T extends TlRequest<infer R> ? R : never;
/**
 * Encodes with a writer and returns exactly the bytes written, as a view into a shared slab
 * (or a buffer of its own when it outgrew the slab). Nothing is returned when encoding throws.
 */
export declare function serializeWith(encode: (w: TlWriter) => void): Uint8Array;
/** `request.serialize()`: errors name the request at the root of their path. */
export declare function serializeRequest(request: TlRequest<unknown>): Uint8Array;
