import { BotApiError, BotApiNetworkError } from "./bot-api-error.js";
import { DEFAULT_MAX_RESPONSE_BYTES, discard, readBoundedText } from "./bot-api-body.js";
import { tokenMasker } from "./bot-api-mask.js";
import { abortReason, abortable, callSignal, checkTimeout, sleep } from "../invoke/abort.js";
import { checkFloodSleepThreshold } from "../invoke/flood-wait.js";
import { DEFAULT_MAX_RESPONSE_BYTES as DEFAULT_MAX_RESPONSE_BYTES2 } from "./bot-api-body.js";
const MAX_FLOOD_RETRIES = 5;
class BotApiClient {
  /** The server's root URL, without a trailing slash. */
  apiRoot;
  /** Seconds of flood wait that are slept and retried instead of thrown. */
  floodSleepThreshold;
  /** The most bytes of an answer that are read. */
  maxResponseBytes;
  /** The default timeout of each call in milliseconds, if any. */
  timeout;
  /** The bot token: private, so no JSON, inspection or key listing shows it. */
  #token;
  /** Replaces the token, in any spelling or cut short, with `<token>`. */
  #mask;
  /** The fetch in use. */
  #fetch;
  constructor(options) {
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
        `BotApiClient: maxResponseBytes must be a whole number of bytes, 1 or more; got ${String(max)}`
      );
    this.maxResponseBytes = max;
    this.timeout = options.timeout === void 0 ? void 0 : checkTimeout(options.timeout);
    const f = options.fetch ?? (typeof fetch === "function" ? (url, init) => fetch(url, init) : void 0);
    if (!f) throw new TypeError("BotApiClient: this platform has no global fetch; pass options.fetch");
    this.#fetch = f;
  }
  /** Sends a method object (see BotMethods) and resolves to its typed result; a broken limit rejects unsent. */
  async call(method, options = {}) {
    if (typeof method?.body !== "function")
      throw new TypeError(
        `call takes a method object (new BotMethods.CreateChatInviteLink({ ... })), got ${typeof method === "string" ? JSON.stringify(method) : typeof method}; for a method by name and a body, use request(name, body)`
      );
    return this.request(method.method, method.body(options.clock), options);
  }
  /**
   * Calls any Bot API method by name with a JSON body, and resolves to its `result`. `signal`
   * cancels the call; `timeout` (milliseconds, the client's by default) bounds it, flood-wait
   * sleeps included, and rejects with an InvokeTimeoutError (name "TimeoutError").
   */
  async request(method, body = {}, options = {}) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(method)) throw new TypeError(`"${method}" is not a Bot API method name`);
    const json = JSON.stringify(body);
    const { signal, dispose } = callSignal(method, options.signal, options.timeout ?? this.timeout);
    try {
      for (let attempt = 0; ; attempt++) {
        if (signal.aborted) throw abortReason(signal);
        const answer = await this.#post(method, json, signal);
        if (answer.ok) return answer.result;
        const wait = answer.parameters?.retry_after;
        const sleepable = answer.error_code === 429 && wait !== void 0 && Number.isFinite(wait) && wait >= 0 && this.floodSleepThreshold > 0 && wait <= this.floodSleepThreshold && attempt < MAX_FLOOD_RETRIES;
        if (!sleepable) throw new BotApiError({ method, ...answer, description: this.#mask(answer.description) });
        await sleep(wait * 1e3, signal);
      }
    } finally {
      dispose();
    }
  }
  /** The client as JSON: never the token. */
  toJSON() {
    return { apiRoot: this.apiRoot };
  }
  /** One POST, answered as the Bot API's JSON; fetch's own errors come back with the token masked. */
  async #post(method, json, signal) {
    let response;
    try {
      const sent = this.#fetch(`${this.apiRoot}/bot${this.#token}/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: json,
        signal,
        redirect: "manual"
      });
      response = await abortable(Promise.resolve(sent), signal);
    } catch (e) {
      if (signal.aborted) throw abortReason(signal);
      throw new BotApiNetworkError(method, `the request failed: ${this.#mask(reasonOf(e))}`);
    }
    if (typeof response !== "object" || response === null || typeof response.status !== "number")
      throw new BotApiNetworkError(
        method,
        `the fetch resolved to ${response === null ? "null" : typeof response}, not a response`
      );
    const status = response.status;
    this.#refuseRedirect(method, response);
    const fail = (message) => new BotApiNetworkError(method, `HTTP ${status}: ${message}`, status);
    let text;
    try {
      text = await readBoundedText(response, { maxBytes: this.maxResponseBytes, fail }, signal);
    } catch (e) {
      if (signal.aborted) throw abortReason(signal);
      if (e instanceof BotApiNetworkError) throw e;
      throw fail(`reading the answer failed: ${this.#mask(reasonOf(e))}`);
    }
    const excerpt = () => JSON.stringify(this.#mask(text.slice(0, 4096)).slice(0, 120));
    return parseAnswer(text, (message) => fail(`${message} (${excerpt()})`), status);
  }
  /**
   * A redirect is refused, never followed: it would send the token, in the URL, wherever the
   * server points (another origin too), and a 302 turns the POST into a GET whose answer would
   * pass for the method's result. The Bot API itself never redirects.
   */
  #refuseRedirect(method, response) {
    const status = response.status;
    const followed = response.redirected === true;
    if (!followed && response.type !== "opaqueredirect" && !(status >= 300 && status <= 399)) return;
    discard(response);
    const target = followed ? response.url : response.headers?.get?.("location");
    const to = typeof target === "string" && target !== "" ? ` to ${JSON.stringify(this.#mask(target).slice(0, 120))}` : "";
    throw new BotApiNetworkError(
      method,
      followed ? `HTTP ${status}: the fetch followed a redirect${to}, and its answer is refused (the client follows none: the token is in the URL)` : `HTTP ${status}: the server answered with a redirect${to}, which the client does not follow (the token is in the URL)`,
      status
    );
  }
}
function parseAnswer(text, fail, status) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw fail("the answer is not JSON");
  }
  if (typeof value !== "object" || value === null || typeof value.ok !== "boolean")
    throw fail('the answer has no boolean "ok"');
  const v = value;
  if (v.ok) {
    if (v.result === void 0) throw fail('the answer is "ok" but has no "result"');
    return { ok: true, result: v.result };
  }
  return {
    ok: false,
    error_code: typeof v.error_code === "number" ? v.error_code : status,
    description: typeof v.description === "string" ? v.description : `HTTP ${status}`,
    parameters: parametersOf(v.parameters)
  };
}
function parametersOf(p) {
  if (typeof p !== "object" || p === null) return void 0;
  const { retry_after, migrate_to_chat_id } = p;
  const out = {};
  if (typeof retry_after === "number") out.retry_after = retry_after;
  if (typeof migrate_to_chat_id === "number") out.migrate_to_chat_id = migrate_to_chat_id;
  return out;
}
function reasonOf(e) {
  if (!(e instanceof Error)) return String(e);
  const cause = e.cause;
  return cause instanceof Error ? `${e.message} (${cause.message})` : e.message;
}
export {
  BotApiClient,
  DEFAULT_MAX_RESPONSE_BYTES2 as DEFAULT_MAX_RESPONSE_BYTES
};
