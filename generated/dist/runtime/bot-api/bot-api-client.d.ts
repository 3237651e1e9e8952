import type { BotApiCallOptions, BotApiCaller, BotMethod } from "./bot-api-method.js";
import { type FetchResponseLike } from "./bot-api-body.js";
export { DEFAULT_MAX_RESPONSE_BYTES, type FetchResponseLike } from "./bot-api-body.js";
/**
 * The part of fetch the client uses: the global one (Node >= 18, browsers) or any compatible one.
 * It should honour `signal` and `redirect: "manual"`, and give the body as a stream (`body`), which
 * the client reads with its bound; a fetch that offers only `text()` still works, but what it
 * reads into memory cannot be bounded (only what the client accepts).
 */
export type FetchLike = (
  url: string,
  init: {
    method: "POST";
    headers: Record<string, string>;
    body: string;
    signal?: AbortSignal;
    redirect: "manual";
  },
) => Promise<FetchResponseLike>;
/** Options of BotApiClient. */
export interface BotApiClientOptions {
  /** The bot token from @BotFather, e.g. `123456:ABC-DEF...`. */
  token: string;
  /** Where the Bot API server is (default `https://api.telegram.org`; a local server, a test double). */
  apiRoot?: string;
  /** The fetch to use (default: the global one). */
  fetch?: FetchLike;
  /** A 429 whose retry_after is at most this many seconds is slept and retried (default 0: never). */
  floodSleepThreshold?: number;
  /**
   * The most bytes of an answer the client reads, before and after content decoding (default
   * 4 MiB); past it the call rejects with a BotApiNetworkError and nothing more is read.
   */
  maxResponseBytes?: number;
  /** Milliseconds each call may take, flood-wait sleeps included (default: none; see BotApiCallOptions). */
  timeout?: number;
}
/** A client of the HTTP Bot API. */
export declare class BotApiClient implements BotApiCaller {
  #private;
  /** The server's root URL, without a trailing slash. */
  readonly apiRoot: string;
  /** Seconds of flood wait that are slept and retried instead of thrown. */
  readonly floodSleepThreshold: number;
  /** The most bytes of an answer that are read. */
  readonly maxResponseBytes: number;
  /** The default timeout of each call in milliseconds, if any. */
  readonly timeout: number | undefined;
  constructor(options: BotApiClientOptions);
  /** Sends a method object (see BotMethods) and resolves to its typed result; a broken limit rejects unsent. */
  call<R>(method: BotMethod<R, object, object>, options?: BotApiCallOptions): Promise<R>;
  /**
   * Calls any Bot API method by name with a JSON body, and resolves to its `result`. `signal`
   * cancels the call; `timeout` (milliseconds, the client's by default) bounds it, flood-wait
   * sleeps included, and rejects with an InvokeTimeoutError (name "TimeoutError").
   */
  request<R = unknown>(
    method: string,
    body?: object,
    options?: {
      signal?: AbortSignal;
      timeout?: number;
    },
  ): Promise<R>;
  /** The client as JSON: never the token. */
  toJSON(): {
    apiRoot: string;
  };
}
