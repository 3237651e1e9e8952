import { checkFields } from "./bot-api-checks.js";
import { BotApiError } from "./bot-api-error.js";
class BotMethod {
  /** The parameters as given. */
  params;
  constructor(params) {
    this.params = params;
  }
  /**
   * The JSON body the Bot API gets: every local check run, dates as unix seconds. Throws a
   * BotApiError naming the method and the field when a rule is broken.
   */
  body(clock = Date.now) {
    try {
      checkFields(this.params, this.fields);
      return this.check(this.params, clock);
    } catch (e) {
      throw e instanceof BotApiError ? e.withMethod(this.method) : e;
    }
  }
  /** The webhook reply for this call: `{ method, ...body }`, the JSON the Bot API accepts in a webhook response. */
  toWebhookReply(clock) {
    return { method: this.method, ...this.body(clock) };
  }
}
export {
  BotMethod
};
