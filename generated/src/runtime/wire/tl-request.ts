// What a request is, as the encoders, the invoker and the GramJS protocol see it: an id, a name,
// who may call it, how it writes itself and how its result is read. The class that implements it
// for every generated request is request/request.ts; this module holds only the shape, so the
// layers below that class (gramjs/, invoke/) can name it without importing it.
import type { TlReader } from "./reader.js";
import type { TlWriter } from "./writer.js";
import type { EncodeOptions } from "./encode.js";

/** Who may call a method: from the schema's availability data. */
export type Availability = "user" | "bot" | "both";

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
  /** The boxed request as bytes, in memory of their own (see TlRequestBase.serialize). */
  serialize(options?: EncodeOptions): Uint8Array;
  /** Decodes a result body (the bytes of an rpc_result's result). */
  decodeResult(bytes: Uint8Array): R;
  /** Reads the result from a reader at its position (used by wrappers and invokers). */
  readResultFrom(r: TlReader): R;
}

/** A request a bot may send (compile error for user-only methods). */
export type BotRequest<R> = TlRequest<R> & { readonly availability: "bot" | "both" };

/** A request a user account may send (compile error for bot-only methods). */
export type UserRequest<R> = TlRequest<R> & { readonly availability: "user" | "both" };

/** The result type of a request type. */
export type ResultOf<T> = T extends TlRequest<infer R> ? R : never;

/** Marks the result type a request body decodes to; exists in types only. */
declare const resultOf: unique symbol;

/**
 * A serialized request, as a method's size-first function returns it (`exportChatInvite({ ... })`):
 * plain bytes whose type remembers the result `R`, so `invoker.invoke(body, readResult)` is typed.
 */
export type TlBody<R> = Uint8Array & { readonly [resultOf]?: R };
