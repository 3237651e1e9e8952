/** The most bytes of a Bot API answer the client reads by default: 4 MiB. */
export declare const DEFAULT_MAX_RESPONSE_BYTES: number;
/** What the client reads of a response: the global fetch's Response is one. */
export interface FetchResponseLike {
  /** The HTTP status. */
  status: number;
  /** The response headers (Content-Length, Location); optional for a minimal fetch. */
  headers?: {
    get(name: string): string | null;
  };
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
export declare function formatBytes(bytes: number): string;
/**
 * The response's body as text, reading at most `limit.maxBytes` bytes: a larger Content-Length
 * is refused before reading, and a body stream is cancelled as soon as it passes the bound.
 * Every wait rejects with the abort reason when `signal` aborts.
 */
export declare function readBoundedText(
  response: FetchResponseLike,
  limit: BodyLimit,
  signal: AbortSignal,
): Promise<string>;
/** Drops a response's body unread (closing the connection it would come over). */
export declare function discard(response: FetchResponseLike): void;
