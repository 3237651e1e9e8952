import type { BotApiCallOptions, BotApiCaller, BotMethod } from "./bot-api-method.js";
/** The part of fetch the client uses: the global one (Node >= 18, browsers) or any compatible one. */
export type FetchLike = (
  url: string,
  init: {
    method: "POST";
    headers: Record<string, string>;
    body: string;
    signal?: AbortSignal;
  },
) => Promise<{
  status: number;
  text(): Promise<string>;
}>;
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
}
/** A client of the HTTP Bot API. */
export declare class BotApiClient implements BotApiCaller {
  #private;
  /** The server's root URL, without a trailing slash. */
  readonly apiRoot: string;
  /** Seconds of flood wait that are slept and retried instead of thrown. */
  readonly floodSleepThreshold: number;
  constructor(options: BotApiClientOptions);
  /** Sends a method object (see BotMethods) and resolves to its typed result; a broken limit rejects unsent. */
  call<R>(method: BotMethod<R, object, object>, options?: BotApiCallOptions): Promise<R>;
  /** Calls any Bot API method by name with a JSON body, and resolves to its `result`. */
  request<R = unknown>(
    method: string,
    body?: object,
    options?: {
      signal?: AbortSignal;
    },
  ): Promise<R>;
  /** The client as JSON: never the token. */
  toJSON(): {
    apiRoot: string;
  };
}
