import { BotApiError, BotApiNetworkError } from "./bot-api-error.js";
const MAX_FLOOD_RETRIES = 5;
class BotApiClient {
  /** The server's root URL, without a trailing slash. */
  apiRoot;
  /** Seconds of flood wait that are slept and retried instead of thrown. */
  floodSleepThreshold;
  /** The bot token: private, so no JSON, inspection or key listing shows it. */
  #token;
  /** The fetch in use. */
  #fetch;
  constructor(options) {
    const token = options.token;
    if (typeof token !== "string" || !/^[^\s/?#%]+$/.test(token))
      throw new TypeError("BotApiClient: token must be a bot token like 123456:ABC-DEF (no spaces, '/', '?', '#')");
    this.#token = token;
    this.apiRoot = (options.apiRoot ?? "https://api.telegram.org").replace(/\/+$/, "");
    this.floodSleepThreshold = options.floodSleepThreshold ?? 0;
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
  /** Calls any Bot API method by name with a JSON body, and resolves to its `result`. */
  async request(method, body = {}, options = {}) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(method)) throw new TypeError(`"${method}" is not a Bot API method name`);
    const json = JSON.stringify(body);
    for (let attempt = 0; ; attempt++) {
      options.signal?.throwIfAborted();
      const answer = await this.#post(method, json, options.signal);
      if (answer.ok) return answer.result;
      const wait = answer.parameters?.retry_after;
      const sleepable = answer.error_code === 429 && wait !== void 0 && this.floodSleepThreshold > 0 && wait <= this.floodSleepThreshold && attempt < MAX_FLOOD_RETRIES;
      if (!sleepable) throw new BotApiError({ method, ...answer, description: this.#mask(answer.description) });
      await sleep(wait * 1e3, options.signal);
    }
  }
  /** The client as JSON: never the token. */
  toJSON() {
    return { apiRoot: this.apiRoot };
  }
  /** One POST, answered as the Bot API's JSON; fetch's own errors come back with the token masked. */
  async #post(method, json, signal) {
    let status;
    let text;
    try {
      const response = await this.#fetch(`${this.apiRoot}/bot${this.#token}/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: json,
        signal
      });
      status = response.status;
      text = await response.text();
    } catch (e) {
      if (signal?.aborted && e === signal.reason) throw e;
      throw new BotApiNetworkError(method, `the request failed: ${this.#mask(reasonOf(e))}`);
    }
    const excerpt = () => JSON.stringify(this.#mask(text).slice(0, 120));
    return parseAnswer(
      text,
      status,
      (message) => new BotApiNetworkError(method, `HTTP ${status}: ${message} (${excerpt()})`, status)
    );
  }
  /** The text with every occurrence of the token (plain or URL-encoded) replaced by `<token>`. */
  #mask(text) {
    return text.split(this.#token).join("<token>").split(encodeURIComponent(this.#token)).join("<token>");
  }
}
function parseAnswer(text, status, fail) {
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
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
export {
  BotApiClient
};
