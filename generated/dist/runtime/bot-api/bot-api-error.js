class BotApiError extends Error {
  /** Always `BotApiError`. */
  name = "BotApiError";
  /** The Bot API method, e.g. `createChatInviteLink` (empty when a check ran outside a method). */
  method;
  /** The server's error_code; 400 for a local check. */
  error_code;
  /** The server's description, or the broken rule of a local check. */
  description;
  /** `retry_after` (flood control) and `migrate_to_chat_id`, when the server sent them. */
  parameters;
  /** For a local check only: the Bot API name of the field, e.g. `member_limit`. */
  field;
  constructor(fields) {
    super(messageOf(fields));
    this.method = fields.method;
    this.error_code = fields.error_code;
    this.description = fields.description;
    this.parameters = fields.parameters;
    this.field = fields.field;
  }
  /** A local check that failed: `field: rule`, error_code 400, nothing sent. */
  static local(field, rule, method = "") {
    return new BotApiError({ method, error_code: 400, description: `${field}: ${rule}`, field });
  }
  /** The same local error, now naming the method it was checked for. */
  withMethod(method) {
    if (this.method === method) return this;
    return new BotApiError({
      method,
      error_code: this.error_code,
      description: this.description,
      parameters: this.parameters,
      field: this.field
    });
  }
}
function messageOf(f) {
  const where = f.method ? `${f.method}: ` : "";
  if (f.field !== void 0) return `${where}${f.description} (checked before sending; nothing was sent)`;
  const retry = f.parameters?.retry_after !== void 0 ? ` (retry after ${f.parameters.retry_after} s)` : "";
  const moved = f.parameters?.migrate_to_chat_id !== void 0 ? ` (migrated to chat ${f.parameters.migrate_to_chat_id})` : "";
  return `${where}${f.error_code} ${f.description}${retry}${moved}`;
}
class BotApiNetworkError extends Error {
  /** Always `BotApiNetworkError`. */
  name = "BotApiNetworkError";
  /** The Bot API method that was being called. */
  method;
  /** The HTTP status, when a response arrived. */
  status;
  constructor(method, message, status) {
    super(`${method}: ${message}`);
    this.method = method;
    this.status = status;
  }
}
export {
  BotApiError,
  BotApiNetworkError
};
