// A request body from a size-first function (`exportChatInvite({ ... })`: bytes, no class) made
// into a request the invoker can send: its id read from its first four bytes, its result read by
// the reader the caller names (`readExportChatInviteResult`). The bytes are sent as they are; peers
// in them were resolved before they were encoded (a name or an id cannot be).
import { decodeWith } from "../wire/decode.js";
import { hex } from "../wire/reader.js";
import { describe } from "../wire/writer.js";
import type { Read } from "../wire/codec.js";
import type { TlWriter } from "../wire/writer.js";
import type { TlRequest } from "../wire/tl-request.js";

/** The request the invoker sends for `body`, its result read with `read`. */
export function bodyRequest<R>(body: Uint8Array, read: Read<R>): TlRequest<R> {
  if (typeof read !== "function")
    throw new TypeError(
      `invoke(body, read) needs the reader of the method's result (readExportChatInviteResult from the method's module), got ${describe(read)}`,
    );
  if (body.length < 4)
    throw new TypeError(
      `invoke(body, read): a request body holds at least its 4-byte constructor id, got ${body.length} bytes`,
    );
  const id = (body[0] | (body[1] << 8) | (body[2] << 16) | (body[3] << 24)) >>> 0;
  return {
    CONSTRUCTOR_ID: id,
    tlName: `#${hex(id)}`,
    availability: "both",
    encodeTo: (w: TlWriter) => w.raw(body),
    serialize: () => body,
    decodeResult: (bytes: Uint8Array) => decodeWith(read, bytes),
    readResultFrom: read,
  };
}
