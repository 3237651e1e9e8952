// Reading a Bot API answer with a bound. fetch (undici's in Node) inflates gzip, br and deflate by
// itself, so a few hundred KB on the wire can become gigabytes in memory if the body is read
// whole. The body is therefore bounded twice: the Content-Length (what arrives, before any
// decoding) is checked before a byte is read, and the body stream (after decoding) is counted
// as it is read and cancelled as soon as it passes the bound, which closes the connection.
import { abortable } from "../invoke/abort.js";
import { concatChunks } from "../invoke/answer.js";
import { utf8Length } from "../wire/utf8.js";

/** The most bytes of a Bot API answer the client reads by default: 4 MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES: number = 4 * 1024 * 1024;

/** What the client reads of a response: the global fetch's Response is one. */
export interface FetchResponseLike {
  /** The HTTP status. */
  status: number;
  /** The response headers (Content-Length, Location); optional for a minimal fetch. */
  headers?: { get(name: string): string | null };
  /** The body as a stream of bytes: read with the bound (see FetchLike). */
  body?: ReadableStream<Uint8Array> | null;
  /** True when fetch followed a redirect to get this response: the client refuses it. */
  redirected?: boolean;
  /** "opaqueredirect" for a redirect a browser's fetch did not follow. */
  type?: string;
  /** The body as text; read only when there is no `body` stream (then after the fact: see maxResponseBytes). */
  text(): Promise<string>;
}

/** The bound, and what to say when it is passed. */
export interface BodyLimit {
  /** The most bytes to read. */
  maxBytes: number;
  /** Makes the error for an answer past the bound (the client adds the method and the status). */
  fail(message: string): Error;
}

/** A size for messages: "4 MiB", or bytes when not a whole number of MiB. */
export function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 && bytes > 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

/**
 * The response's body as text, reading at most `limit.maxBytes` bytes: a larger Content-Length
 * is refused before reading, and a body stream is cancelled as soon as it passes the bound.
 * Every wait rejects with the abort reason when `signal` aborts.
 */
export async function readBoundedText(
  response: FetchResponseLike,
  limit: BodyLimit,
  signal: AbortSignal,
): Promise<string> {
  const bound = `the client's maxResponseBytes of ${formatBytes(limit.maxBytes)}`;
  const declared = declaredLength(response);
  if (declared !== null && declared > limit.maxBytes) {
    discard(response);
    throw limit.fail(`the answer is ${declared} bytes (its Content-Length), past ${bound}; none of it was read`);
  }
  const body = response.body;
  if (body === null || body === undefined || typeof body.getReader !== "function") {
    // A fetch that offers only text(): its memory cannot be bounded here, only what is accepted.
    const text = await abortable(Promise.resolve(response.text()), signal);
    if (typeof text !== "string") throw limit.fail(`the fetch's text() gave ${typeof text}, not a string`);
    if (utf8Length(text, limit.maxBytes) > limit.maxBytes) throw limit.fail(`the answer is larger than ${bound}`);
    return text;
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const chunk = await abortable(reader.read(), signal);
      if (chunk.done) break;
      if (!(chunk.value instanceof Uint8Array))
        throw limit.fail(`the answer's body stream gave ${typeof chunk.value}, not bytes`);
      total += chunk.value.length;
      if (total > limit.maxBytes) throw limit.fail(`the answer is larger than ${bound}; reading stopped there`);
      chunks.push(chunk.value);
    }
  } catch (e) {
    // Past the bound, on an abort or a broken stream: read no further, and let the connection go.
    reader.cancel().catch(() => {});
    throw e;
  }
  return new TextDecoder().decode(concatChunks(chunks, total));
}

/** The Content-Length, when the response has a valid one. */
function declaredLength(response: FetchResponseLike): number | null {
  const value = typeof response.headers?.get === "function" ? response.headers.get("content-length") : null;
  if (typeof value !== "string" || !/^\s*\d+\s*$/.test(value)) return null;
  return Number(value);
}

/** Drops a response's body unread (closing the connection it would come over). */
export function discard(response: FetchResponseLike): void {
  const body = response.body;
  if (body && typeof body.cancel === "function") body.cancel().catch(() => {});
}
