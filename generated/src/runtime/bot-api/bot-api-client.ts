// Room runtime/bot-api/: the HTTP Bot API client, Bot API method objects, their checks and errors,
// Bot API ids over MTProto.
// Imports: runtime/invoke/, runtime/peers/, runtime/wire/. Imported by: runtime/.
//
// BotApiClient: the HTTP Bot API over fetch. POSTs JSON to `${apiRoot}/bot${token}/${method}`,
// unwraps `{ ok, result }`, turns `{ ok: false }` into BotApiError, sleeps and retries a 429 whose
// retry_after is within floodSleepThreshold. The token lives in a private field and is never put
// into an error message: errors from fetch itself are rebuilt with the token masked.
import { BotApiError, BotApiNetworkError, type BotApiResponseParameters } from "./bot-api-error.js";
import type { BotApiCallOptions, BotApiCaller, BotMethod } from "./bot-api-method.js";

/** The part of fetch the client uses: the global one (Node >= 18, browsers) or any compatible one. */
export type FetchLike = (
  url: string,
  init: { method: "POST"; headers: Record<string, string>; body: string; signal?: AbortSignal },
) => Promise<{ status: number; text(): Promise<string> }>;

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

/** How many 429s in a row one call sleeps through before it gives up. */
const MAX_FLOOD_RETRIES = 5;

/** A client of the HTTP Bot API. */
export class BotApiClient implements BotApiCaller {
  /** The server's root URL, without a trailing slash. */
  readonly apiRoot: string;
  /** Seconds of flood wait that are slept and retried instead of thrown. */
  readonly floodSleepThreshold: number;
  /** The bot token: private, so no JSON, inspection or key listing shows it. */
  readonly #token: string;
  /** The fetch in use. */
  readonly #fetch: FetchLike;

  constructor(options: BotApiClientOptions) {
    const token = options.token;
    if (typeof token !== "string" || !/^[^\s/?#%]+$/.test(token))
      throw new TypeError("BotApiClient: token must be a bot token like 123456:ABC-DEF (no spaces, '/', '?', '#')");
    this.#token = token;
    this.apiRoot = (options.apiRoot ?? "https://api.telegram.org").replace(/\/+$/, "");
    this.floodSleepThreshold = options.floodSleepThreshold ?? 0;
    const f = options.fetch ?? (typeof fetch === "function" ? (url, init) => fetch(url, init) : undefined);
    if (!f) throw new TypeError("BotApiClient: this platform has no global fetch; pass options.fetch");
    this.#fetch = f;
  }

  /** Sends a method object (see BotMethods) and resolves to its typed result; a broken limit rejects unsent. */
  async call<R>(method: BotMethod<R, object, object>, options: BotApiCallOptions = {}): Promise<R> {
    if (typeof (method as { body?: unknown } | null)?.body !== "function")
      throw new TypeError(
        `call takes a method object (new BotMethods.CreateChatInviteLink({ ... })), got ${typeof method === "string" ? JSON.stringify(method) : typeof method}; for a method by name and a body, use request(name, body)`,
      );
    return this.request<R>(method.method, method.body(options.clock), options);
  }

  /** Calls any Bot API method by name with a JSON body, and resolves to its `result`. */
  async request<R = unknown>(method: string, body: object = {}, options: { signal?: AbortSignal } = {}): Promise<R> {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(method)) throw new TypeError(`"${method}" is not a Bot API method name`);
    const json = JSON.stringify(body);
    for (let attempt = 0; ; attempt++) {
      options.signal?.throwIfAborted();
      const answer = await this.#post(method, json, options.signal);
      if (answer.ok) return answer.result as R;
      const wait = answer.parameters?.retry_after;
      const sleepable =
        answer.error_code === 429 &&
        wait !== undefined &&
        this.floodSleepThreshold > 0 &&
        wait <= this.floodSleepThreshold &&
        attempt < MAX_FLOOD_RETRIES;
      // A server (or a proxy in front of it) may echo the URL, token included, in its description.
      if (!sleepable) throw new BotApiError({ method, ...answer, description: this.#mask(answer.description) });
      await sleep(wait * 1000, options.signal);
    }
  }

  /** The client as JSON: never the token. */
  toJSON(): { apiRoot: string } {
    return { apiRoot: this.apiRoot };
  }

  /** One POST, answered as the Bot API's JSON; fetch's own errors come back with the token masked. */
  async #post(method: string, json: string, signal: AbortSignal | undefined): Promise<Answer> {
    let status: number;
    let text: string;
    try {
      const response = await this.#fetch(`${this.apiRoot}/bot${this.#token}/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: json,
        signal,
      });
      status = response.status;
      text = await response.text();
    } catch (e) {
      if (signal?.aborted && e === signal.reason) throw e;
      throw new BotApiNetworkError(method, `the request failed: ${this.#mask(reasonOf(e))}`);
    }
    // The excerpt is cut from the masked text: a cut through the token would leave a prefix the mask misses.
    const excerpt = () => JSON.stringify(this.#mask(text).slice(0, 120));
    return parseAnswer(
      text,
      status,
      (message) => new BotApiNetworkError(method, `HTTP ${status}: ${message} (${excerpt()})`, status),
    );
  }

  /** The text with every occurrence of the token (plain or URL-encoded) replaced by `<token>`. */
  #mask(text: string): string {
    return text.split(this.#token).join("<token>").split(encodeURIComponent(this.#token)).join("<token>");
  }
}

type Answer =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: BotApiResponseParameters };

/**
 * The Bot API's `{ ok, result }` or `{ ok: false, error_code, description, parameters }`; `fail`
 * makes the error for an answer of another shape (it adds the status and an excerpt).
 */
function parseAnswer(text: string, status: number, fail: (message: string) => Error): Answer {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw fail("the answer is not JSON");
  }
  if (typeof value !== "object" || value === null || typeof (value as { ok?: unknown }).ok !== "boolean")
    throw fail('the answer has no boolean "ok"');
  const v = value as {
    ok: boolean;
    result?: unknown;
    error_code?: unknown;
    description?: unknown;
    parameters?: unknown;
  };
  if (v.ok) {
    if (v.result === undefined) throw fail('the answer is "ok" but has no "result"');
    return { ok: true, result: v.result };
  }
  return {
    ok: false,
    error_code: typeof v.error_code === "number" ? v.error_code : status,
    description: typeof v.description === "string" ? v.description : `HTTP ${status}`,
    parameters: parametersOf(v.parameters),
  };
}

function parametersOf(p: unknown): BotApiResponseParameters | undefined {
  if (typeof p !== "object" || p === null) return undefined;
  const { retry_after, migrate_to_chat_id } = p as Record<string, unknown>;
  const out: BotApiResponseParameters = {};
  if (typeof retry_after === "number") out.retry_after = retry_after;
  if (typeof migrate_to_chat_id === "number") out.migrate_to_chat_id = migrate_to_chat_id;
  return out;
}

function reasonOf(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = (e as { cause?: unknown }).cause;
  return cause instanceof Error ? `${e.message} (${cause.message})` : e.message;
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
