// What a transport answered, made safe to decode: it must be a Uint8Array, and gzip_packed
// answers (the server's compression, possibly nested) are inflated with a bound on the output,
// so a small hostile answer cannot grow into gigabytes.
import { TlDecodeError } from "../wire/errors.js";
import { TlReader } from "../wire/reader.js";

/** The constructor id of gzip_packed (an answer compressed by the server). */
export const GZIP_PACKED_ID = 0x3072cfa1;

/** The most bytes an answer may inflate to by default: 16 MiB, far above any real answer. */
export const DEFAULT_MAX_UNPACKED_BYTES: number = 16 * 1024 * 1024;

/** How deep gzip_packed may nest inside gzip_packed (servers do not nest it at all). */
export const MAX_GZIP_NESTING = 4;

/** A transport resolved to something other than a Uint8Array (a Buffer is one). */
export class TransportReplyError extends TypeError {
  /** Always `TransportReplyError`. */
  override readonly name = "TransportReplyError";
  /** What the transport gave instead: "an ArrayBuffer", "a string", "null", ... */
  readonly got: string;

  constructor(request: string, got: string, hint: string, problem = ", not a Uint8Array") {
    super(`the transport answered ${request} with ${got}${problem}${hint}`);
    this.got = got;
  }
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value !== "object") return `a ${typeof value}`;
  if (Array.isArray(value)) return "an array";
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === "string" && name !== "" && name !== "Object"
    ? `${/^(?:[AEIO]|U(?!int))/.test(name) ? "an" : "a"} ${name}` // "a Uint16Array", "an ArrayBuffer"
    : "an object";
}

// A typed array's own length, offset and buffer, read through the intrinsic getters: they throw
// for anything that only passes `instanceof` (a Proxy of a Uint8Array, an object given its
// prototype), and a subclass cannot override them.
const typedArray = /* @__PURE__ */ Object.getPrototypeOf(Uint8Array.prototype) as object;
const intrinsic = (name: string) => Object.getOwnPropertyDescriptor(typedArray, name)!.get!;
const lengthOf = /* @__PURE__ */ intrinsic("length");
const offsetOf = /* @__PURE__ */ intrinsic("byteOffset");
const bufferOf = /* @__PURE__ */ intrinsic("buffer");

/**
 * The reply as bytes; anything but a Uint8Array is a TransportReplyError saying what it was. So
 * are a Proxy of one and one whose buffer was transferred (detached). The bytes come back as a
 * plain Uint8Array over the same memory, so nothing a subclass (a Node Buffer) overrides is used.
 */
export function checkReply(reply: unknown, request: string): Uint8Array {
  if (reply instanceof Uint8Array) return realBytes(reply, request);
  const hint =
    reply instanceof ArrayBuffer
      ? " (wrap it: new Uint8Array(buffer))"
      : ArrayBuffer.isView(reply)
        ? " (view its bytes: new Uint8Array(view.buffer, view.byteOffset, view.byteLength))"
        : "";
  throw new TransportReplyError(request, describeValue(reply), hint);
}

function realBytes(reply: Uint8Array, request: string): Uint8Array {
  let length: number, buffer: ArrayBufferLike, offset: number;
  try {
    length = lengthOf.call(reply) as number;
    buffer = bufferOf.call(reply) as ArrayBufferLike;
    offset = offsetOf.call(reply) as number;
  } catch {
    throw new TransportReplyError(
      request,
      "a Proxy of a Uint8Array (or an object given its prototype)",
      " (answer the Uint8Array itself, or a copy: Uint8Array.from(reply))",
      ", not a real Uint8Array",
    );
  }
  // A detached array reads as empty; a view over its buffer cannot even be made.
  if (length === 0 && isDetached(buffer))
    throw new TransportReplyError(
      request,
      "a Uint8Array whose buffer was transferred (detached)",
      " (copy the bytes before transferring their buffer)",
      ": its bytes are gone",
    );
  // A fresh plain view: no own or subclass property of the reply (a redefined `length`) is read later.
  return new Uint8Array(buffer, offset, length);
}

function isDetached(buffer: ArrayBufferLike): boolean {
  try {
    new Uint8Array(buffer, 0, 0);
    return false;
  } catch {
    return true;
  }
}

function idOf(body: Uint8Array): number | null {
  return body.length < 4 ? null : new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0, true);
}

function formatSize(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

/**
 * The answer with gzip_packed#3072cfa1 unwrapped, nested ones too (up to MAX_GZIP_NESTING),
 * each inflated to at most `maxBytes`; anything else is returned as it is.
 */
export async function unpackAnswer(body: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  let answer = body;
  for (let level = 0; idOf(answer) === GZIP_PACKED_ID; level++) {
    if (level === MAX_GZIP_NESTING)
      throw new TlDecodeError(
        `gzip_packed nests deeper than ${MAX_GZIP_NESTING} levels`,
        0,
        `at most ${MAX_GZIP_NESTING} nested gzip_packed`,
      );
    const r = new TlReader(answer, 4);
    const packed = r.bytesValue();
    r.end();
    answer = await inflate(packed, maxBytes);
  }
  return answer;
}

/** gzip data inflated by the platform's DecompressionStream (Node 18+, browsers), reading at most `limit` bytes. */
async function inflate(data: Uint8Array, limit: number): Promise<Uint8Array> {
  if (typeof DecompressionStream !== "function")
    throw new TlDecodeError(
      "gzip_packed answer, but this platform has no DecompressionStream",
      0,
      "an unpacked answer",
    );
  const reader = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream("gzip"))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (e) {
      throw new TlDecodeError(`gzip_packed data does not decompress (${(e as Error).message})`, 4, "gzip data");
    }
    if (chunk.done) break;
    total += chunk.value.length;
    if (total > limit) {
      // Stop the inflater: nothing past the limit is produced or kept.
      reader.cancel().catch(() => {});
      throw new TlDecodeError(
        `gzip_packed answer inflates past ${formatSize(limit)} (the invoker's maxUnpackedBytes)`,
        4,
        `at most ${formatSize(limit)} of unpacked data`,
      );
    }
    chunks.push(chunk.value);
  }
  return concatChunks(chunks, total);
}

/** The chunks of a bounded stream read (`total` bytes in all) as one array; also the Bot API body's. */
export function concatChunks(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
