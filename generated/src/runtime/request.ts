// What every generated request implements, and serializeWith: one reused writer, outputs pooled.
import type { TlReader } from "./reader.js";
import { TlWriter } from "./writer.js";
import { encodeErrorWithin } from "./errors.js";

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
export type BotRequest<R> = TlRequest<R> & { readonly availability: "bot" | "both" };

/** A request a user account may send (compile error for bot-only methods). */
export type UserRequest<R> = TlRequest<R> & { readonly availability: "user" | "both" };

/** The result type of a request type. */
export type ResultOf<T> = T extends TlRequest<infer R> ? R : never;

// Outputs are carved out of 64 KiB slabs, like Node's Buffer pool: a fresh Uint8Array of its own
// costs more than a whole small request on Node, a view into a slab costs little. Each output is
// an exact-length view; the slab's other bytes belong to other outputs.
const SLAB_SIZE = 64 * 1024;
const MAX_POOLED = 4 * 1024;
let slab = new Uint8Array(0);
let slabView = new DataView(slab.buffer);
let slabPos = 0;
let scratch: TlWriter | null = null;

/**
 * Encodes with a writer and returns exactly the bytes written, as a view into a shared slab
 * (or a buffer of its own when it outgrew the slab). Nothing is returned when encoding throws.
 */
export function serializeWith(encode: (w: TlWriter) => void): Uint8Array {
  if (slab.length - slabPos < MAX_POOLED) {
    slab = new Uint8Array(SLAB_SIZE);
    slabView = new DataView(slab.buffer);
    slabPos = 0;
  }
  const w = (scratch ??= new TlWriter(0));
  w.attach(slab, slabView, slabPos);
  encode(w);
  if (w.buf !== slab) return w.buf.slice(0, w.pos);
  const out = slab.subarray(slabPos, w.pos);
  slabPos = (w.pos + 7) & ~7;
  return out;
}

/** `request.serialize()`: errors name the request at the root of their path. */
export function serializeRequest(request: TlRequest<unknown>): Uint8Array {
  return serializeWith((w) => {
    try {
      request.encodeTo(w);
    } catch (e) {
      throw encodeErrorWithin(e, request.tlName);
    }
  });
}
