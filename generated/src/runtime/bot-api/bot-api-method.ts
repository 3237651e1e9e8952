// Bot API methods as objects, as aiogram has them: `new BotMethods.CreateChatInviteLink({...})`
// holds the parameters, runs the local checks, and knows the result type, so one object can be
// sent with `client.call(m)` or returned as a webhook reply with `m.toWebhookReply()`.
import { checkFields, type Clock } from "./bot-api-checks.js";
import { BotApiError } from "./bot-api-error.js";

/** Options of one Bot API call, on either backend. */
export interface BotApiCallOptions {
  /** Cancels the call: a pending HTTP request or flood wait, or what is not yet sent over MTProto. */
  signal?: AbortSignal;
  /**
   * Milliseconds the call may take, flood-wait sleeps included; past it the call rejects with an
   * InvokeTimeoutError (name "TimeoutError"). Over HTTP the client's `timeout` is the default; over
   * MTProto it bounds each request the helper sends (the invoker's is the default).
   */
  timeout?: number;
  /** Where "now" comes from, in milliseconds (default Date.now): durations and the future check use it. */
  clock?: Clock;
}

/** A Bot API method with its parameters P, its JSON body B, and the result R it resolves to. */
export abstract class BotMethod<R, P extends object = object, B extends object = object> {
  /** The Bot API method name, e.g. `createChatInviteLink`. */
  abstract readonly method: string;
  /** Its parameters' names: any other is refused, with a "did you mean". */
  abstract readonly fields: readonly string[];
  /** The parameters as given. */
  readonly params: Readonly<P>;
  /** Type only (never set): what the call resolves to, so `client.call(m)` is typed. */
  declare readonly resultType?: R;

  constructor(params: P) {
    this.params = params;
  }

  /**
   * The JSON body the Bot API gets: every local check run, dates as unix seconds. Throws a
   * BotApiError naming the method and the field when a rule is broken.
   */
  body(clock: Clock = Date.now): B {
    try {
      checkFields(this.params, this.fields);
      return this.check(this.params, clock);
    } catch (e) {
      throw e instanceof BotApiError ? e.withMethod(this.method) : e;
    }
  }

  /** The webhook reply for this call: `{ method, ...body }`, the JSON the Bot API accepts in a webhook response. */
  toWebhookReply(clock?: Clock): { method: string } & B {
    return { method: this.method, ...this.body(clock) };
  }

  /** Checks the parameters and builds the body; throws BotApiError.local(field, rule). */
  protected abstract check(params: Readonly<P>, clock: Clock): B;
}

/** A method's JSON body from its parameters: every date (Date, duration) sent as unix seconds. */
export type BotApiBody<P> = { [K in keyof P]: Exclude<P[K], Date | { seconds: number } | { days: number }> };

/** The result type of a method object. */
export type BotMethodResult<M> = M extends BotMethod<infer R, object, object> ? R : never;

/** What sends method objects over the HTTP Bot API (BotApiClient, or your own). */
export interface BotApiCaller {
  /** Sends the method and resolves to its result; rejects with BotApiError. */
  call<R>(method: BotMethod<R, object, object>, options?: BotApiCallOptions): Promise<R>;
}
