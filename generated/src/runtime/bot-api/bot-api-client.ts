// Room runtime/bot-api/: the HTTP Bot API client, Bot API method objects, their checks and errors,
// Bot API ids over MTProto.
// Imports: runtime/invoke/, runtime/peers/, runtime/wire/. Imported by: runtime/.
//
// BotApiClient: the HTTP Bot API over fetch. POSTs JSON to `${apiRoot}/bot${token}/${method}`,
// unwraps `{ ok, result }`, turns `{ ok: false }` into BotApiError, sleeps and retries a 429 whose
// retry_after is within floodSleepThreshold. The token lives in a private field and is never put
// into an error message: errors from fetch itself are rebuilt with the token masked. What comes
// back is bounded: at most maxResponseBytes of body (bot-api-body.ts), no redirect followed, and
// the whole call within `timeout` when one is given.
import { BotApiError, BotApiNetworkError, type BotApiResponseParameters } from "./bot-api-error.js";
import type { BotApiCallOptions, BotApiCaller, BotMethod } from "./bot-api-method.js";
import { DEFAULT_MAX_RESPONSE_BYTES, discard, readBoundedText, type FetchResponseLike } from "./bot-api-body.js";
import { tokenMasker } from "./bot-api-mask.js";
import { abortReason, abortable, callSignal, checkTimeout, sleep } from "../invoke/abort.js";
import { checkFloodSleepThreshold } from "../invoke/flood-wait.js";

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

/** How many 429s in a row one call sleeps through before it gives up. */
const MAX_FLOOD_RETRIES = 5;

/** A client of the HTTP Bot API. */
export class BotApiClient implements BotApiCaller {
  /** The server's root URL, without a trailing slash. */
  readonly apiRoot: string;
  /** Seconds of flood wait that are slept and retried instead of thrown. */
  readonly floodSleepThreshold: number;
  /** The most bytes of an answer that are read. */
  readonly maxResponseBytes: number;
  /** The default timeout of each call in milliseconds, if any. */
  readonly timeout: number | undefined;
  /** The bot token: private, so no JSON, inspection or key listing shows it. */
  readonly #token: string;
  /** Replaces the token, in any spelling or cut short, with `<token>`. */
  readonly #mask: (text: string) => string;
  /** The fetch in use. */
  readonly #fetch: FetchLike;

  constructor(options: BotApiClientOptions) {
    const token = options.token;
    if (typeof token !== "string" || !/^[^\s/?#%]+$/.test(token))
      throw new TypeError("BotApiClient: token must be a bot token like 123456:ABC-DEF (no spaces, '/', '?', '#')");
    this.#token = token;
    this.#mask = tokenMasker(token);
    this.apiRoot = (options.apiRoot ?? "https://api.telegram.org").replace(/\/+$/, "");
    this.floodSleepThreshold = checkFloodSleepThreshold(options.floodSleepThreshold ?? 0);
    const max = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    if (!Number.isSafeInteger(max) || max < 1)
      throw new RangeError(
        `BotApiClient: maxResponseBytes must be a whole number of bytes, 1 or more; got ${String(max)}`,
      );
    this.maxResponseBytes = max;
    this.timeout = options.timeout === undefined ? undefined : checkTimeout(options.timeout);
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

  /**
   * Calls any Bot API method by name with a JSON body, and resolves to its `result`. `signal`
   * cancels the call; `timeout` (milliseconds, the client's by default) bounds it, flood-wait
   * sleeps included, and rejects with an InvokeTimeoutError (name "TimeoutError").
   */
  async request<R = unknown>(
    method: string,
    body: object = {},
    options: { signal?: AbortSignal; timeout?: number } = {},
  ): Promise<R> {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(method)) throw new TypeError(`"${method}" is not a Bot API method name`);
    const json = JSON.stringify(body);
    const { signal, dispose } = callSignal(method, options.signal, options.timeout ?? this.timeout);
    try {
      for (let attempt = 0; ; attempt++) {
        if (signal.aborted) throw abortReason(signal);
        const answer = await this.#post(method, json, signal);
        if (answer.ok) return answer.result as R;
        const wait = answer.parameters?.retry_after;
        // Only a real wait within the threshold is slept: a negative, endless or missing one is
        // thrown as it came, never retried at once.
        const sleepable =
          answer.error_code === 429 &&
          wait !== undefined &&
          Number.isFinite(wait) &&
          wait >= 0 &&
          this.floodSleepThreshold > 0 &&
          wait <= this.floodSleepThreshold &&
          attempt < MAX_FLOOD_RETRIES;
        // A server (or a proxy in front of it) may echo the URL, token included, in its description.
        if (!sleepable) throw new BotApiError({ method, ...answer, description: this.#mask(answer.description) });
        await sleep(wait * 1000, signal);
      }
    } finally {
      dispose();
    }
  }

  /** The client as JSON: never the token. */
  toJSON(): { apiRoot: string } {
    return { apiRoot: this.apiRoot };
  }

  /** One POST, answered as the Bot API's JSON; fetch's own errors come back with the token masked. */
  async #post(method: string, json: string, signal: AbortSignal): Promise<Answer> {
    let response: FetchResponseLike;
    try {
      const sent = this.#fetch(`${this.apiRoot}/bot${this.#token}/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: json,
        signal,
        redirect: "manual",
      });
      response = await abortable(Promise.resolve(sent), signal);
    } catch (e) {
      if (signal.aborted) throw abortReason(signal);
      throw new BotApiNetworkError(method, `the request failed: ${this.#mask(reasonOf(e))}`);
    }
    if (typeof response !== "object" || response === null || typeof response.status !== "number")
      throw new BotApiNetworkError(
        method,
        `the fetch resolved to ${response === null ? "null" : typeof response}, not a response`,
      );
    const status = response.status;
    this.#refuseRedirect(method, response);
    const fail = (message: string) => new BotApiNetworkError(method, `HTTP ${status}: ${message}`, status);
    let text: string;
    try {
      text = await readBoundedText(response, { maxBytes: this.maxResponseBytes, fail }, signal);
    } catch (e) {
      if (signal.aborted) throw abortReason(signal);
      if (e instanceof BotApiNetworkError) throw e;
      throw fail(`reading the answer failed: ${this.#mask(reasonOf(e))}`);
    }
    // Masked before it is cut: a cut through the token leaves a start of it, which the mask covers too.
    const excerpt = () => JSON.stringify(this.#mask(text.slice(0, 4096)).slice(0, 120));
    return parseAnswer(text, (message) => fail(`${message} (${excerpt()})`), status);
  }

  /**
   * A redirect is refused, never followed: it would send the token, in the URL, wherever the
   * server points (another origin too), and a 302 turns the POST into a GET whose answer would
   * pass for the method's result. The Bot API itself never redirects.
   */
  #refuseRedirect(method: string, response: FetchResponseLike & { url?: unknown }): void {
    const status = response.status;
    const followed = response.redirected === true;
    if (!followed && response.type !== "opaqueredirect" && !(status >= 300 && status <= 399)) return;
    discard(response);
    const target = followed ? response.url : response.headers?.get?.("location");
    const to =
      typeof target === "string" && target !== "" ? ` to ${JSON.stringify(this.#mask(target).slice(0, 120))}` : "";
    throw new BotApiNetworkError(
      method,
      followed
        ? `HTTP ${status}: the fetch followed a redirect${to}, and its answer is refused (the client follows none: the token is in the URL)`
        : `HTTP ${status}: the server answered with a redirect${to}, which the client does not follow (the token is in the URL)`,
      status,
    );
  }
}

type Answer =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: BotApiResponseParameters };

/**
 * The Bot API's `{ ok, result }` or `{ ok: false, error_code, description, parameters }`; `fail`
 * makes the error for an answer of another shape (it adds the status and an excerpt).
 */
function parseAnswer(text: string, fail: (message: string) => Error, status: number): Answer {
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
