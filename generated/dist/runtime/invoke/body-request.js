import { decodeWith } from "../wire/decode.js";
import { hex } from "../wire/reader.js";
import { describe } from "../wire/writer.js";
function bodyRequest(body, read) {
  if (typeof read !== "function")
    throw new TypeError(
      `invoke(body, read) needs the reader of the method's result (readExportChatInviteResult from the method's module), got ${describe(read)}`
    );
  if (body.length < 4)
    throw new TypeError(
      `invoke(body, read): a request body holds at least its 4-byte constructor id, got ${body.length} bytes`
    );
  const id = (body[0] | body[1] << 8 | body[2] << 16 | body[3] << 24) >>> 0;
  return {
    CONSTRUCTOR_ID: id,
    tlName: `#${hex(id)}`,
    availability: "both",
    encodeTo: (w) => w.raw(body),
    serialize: () => body,
    decodeResult: (bytes) => decodeWith(read, bytes),
    readResultFrom: read
  };
}
export {
  bodyRequest
};
