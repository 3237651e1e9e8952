import { TlDecodeError } from "../wire/errors.js";
import { TlReader } from "../wire/reader.js";
const GZIP_PACKED_ID = 812830625;
const DEFAULT_MAX_UNPACKED_BYTES = 16 * 1024 * 1024;
const MAX_GZIP_NESTING = 4;
class TransportReplyError extends TypeError {
  /** Always `TransportReplyError`. */
  name = "TransportReplyError";
  /** What the transport gave instead: "an ArrayBuffer", "a string", "null", ... */
  got;
  constructor(request, got, hint, problem = ", not a Uint8Array") {
    super(`the transport answered ${request} with ${got}${problem}${hint}`);
    this.got = got;
  }
}
function describeValue(value) {
  if (value === null || value === void 0) return String(value);
  if (typeof value !== "object") return `a ${typeof value}`;
  if (Array.isArray(value)) return "an array";
  const name = value.constructor?.name;
  return typeof name === "string" && name !== "" && name !== "Object" ? `${/^(?:[AEIO]|U(?!int))/.test(name) ? "an" : "a"} ${name}` : "an object";
}
const typedArray = /* @__PURE__ */ Object.getPrototypeOf(Uint8Array.prototype);
const intrinsic = (name) => Object.getOwnPropertyDescriptor(typedArray, name).get;
const lengthOf = /* @__PURE__ */ intrinsic("length");
const offsetOf = /* @__PURE__ */ intrinsic("byteOffset");
const bufferOf = /* @__PURE__ */ intrinsic("buffer");
function checkReply(reply, request) {
  if (reply instanceof Uint8Array) return realBytes(reply, request);
  const hint = reply instanceof ArrayBuffer ? " (wrap it: new Uint8Array(buffer))" : ArrayBuffer.isView(reply) ? " (view its bytes: new Uint8Array(view.buffer, view.byteOffset, view.byteLength))" : "";
  throw new TransportReplyError(request, describeValue(reply), hint);
}
function realBytes(reply, request) {
  let length, buffer, offset;
  try {
    length = lengthOf.call(reply);
    buffer = bufferOf.call(reply);
    offset = offsetOf.call(reply);
  } catch {
    throw new TransportReplyError(
      request,
      "a Proxy of a Uint8Array (or an object given its prototype)",
      " (answer the Uint8Array itself, or a copy: Uint8Array.from(reply))",
      ", not a real Uint8Array"
    );
  }
  if (length === 0 && isDetached(buffer))
    throw new TransportReplyError(
      request,
      "a Uint8Array whose buffer was transferred (detached)",
      " (copy the bytes before transferring their buffer)",
      ": its bytes are gone"
    );
  return new Uint8Array(buffer, offset, length);
}
function isDetached(buffer) {
  try {
    new Uint8Array(buffer, 0, 0);
    return false;
  } catch {
    return true;
  }
}
function idOf(body) {
  return body.length < 4 ? null : new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0, true);
}
function formatSize(bytes) {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}
async function unpackAnswer(body, maxBytes) {
  let answer = body;
  for (let level = 0; idOf(answer) === GZIP_PACKED_ID; level++) {
    if (level === MAX_GZIP_NESTING)
      throw new TlDecodeError(
        `gzip_packed nests deeper than ${MAX_GZIP_NESTING} levels`,
        0,
        `at most ${MAX_GZIP_NESTING} nested gzip_packed`
      );
    const r = new TlReader(answer, 4);
    const packed = r.bytesValue();
    r.end();
    answer = await inflate(packed, maxBytes);
  }
  return answer;
}
async function inflate(data, limit) {
  if (typeof DecompressionStream !== "function")
    throw new TlDecodeError(
      "gzip_packed answer, but this platform has no DecompressionStream",
      0,
      "an unpacked answer"
    );
  const reader = new Blob([data]).stream().pipeThrough(new DecompressionStream("gzip")).getReader();
  const chunks = [];
  let total = 0;
  for (; ; ) {
    let chunk;
    try {
      chunk = await reader.read();
    } catch (e) {
      throw new TlDecodeError(`gzip_packed data does not decompress (${e.message})`, 4, "gzip data");
    }
    if (chunk.done) break;
    total += chunk.value.length;
    if (total > limit) {
      reader.cancel().catch(() => {
      });
      throw new TlDecodeError(
        `gzip_packed answer inflates past ${formatSize(limit)} (the invoker's maxUnpackedBytes)`,
        4,
        `at most ${formatSize(limit)} of unpacked data`
      );
    }
    chunks.push(chunk.value);
  }
  return concatChunks(chunks, total);
}
function concatChunks(chunks, total) {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
export {
  DEFAULT_MAX_UNPACKED_BYTES,
  GZIP_PACKED_ID,
  MAX_GZIP_NESTING,
  TransportReplyError,
  checkReply,
  concatChunks,
  unpackAnswer
};
