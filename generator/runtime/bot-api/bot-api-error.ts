// BotApiError: a Bot API call that failed, either at the server ({ ok: false, error_code,
// description, parameters }) or before anything was sent (a local check naming the field).
// Messages never carry the bot token: the client builds them from the method name alone.

/** The Bot API's ResponseParameters: what helps to handle an error automatically. */
export interface BotApiResponseParameters {
  /** The group has been migrated to a supergroup with this identifier. */
  migrate_to_chat_id?: number;
  /** Flood control: seconds to wait before the request can be repeated. */
  retry_after?: number;
}

/** What a BotApiError is made of. */
export interface BotApiErrorFields {
  /** The Bot API method, e.g. `createChatInviteLink`. */
  method: string;
  /** The server's error_code (HTTP-like: 400, 403, 429, ...); 400 for a local check. */
  error_code: number;
  /** The server's description, e.g. `Bad Request: chat not found`. */
  description: string;
  /** The server's parameters, when it sent any. */
  parameters?: BotApiResponseParameters;
  /** For a local check: the Bot API name of the field that broke a rule. Nothing was sent then. */
  field?: string;
}

/** A Bot API call that failed: `{ ok: false }` from the server, or a local check before sending. */
export class BotApiError extends Error {
  /** Always `BotApiError`. */
  override readonly name = "BotApiError";
  /** The Bot API method, e.g. `createChatInviteLink` (empty when a check ran outside a method). */
  readonly method: string;
  /** The server's error_code; 400 for a local check. */
  readonly error_code: number;
  /** The server's description, or the broken rule of a local check. */
  readonly description: string;
  /** `retry_after` (flood control) and `migrate_to_chat_id`, when the server sent them. */
  readonly parameters: BotApiResponseParameters | undefined;
  /** For a local check only: the Bot API name of the field, e.g. `member_limit`. */
  readonly field: string | undefined;

  constructor(fields: BotApiErrorFields) {
    super(messageOf(fields));
    this.method = fields.method;
    this.error_code = fields.error_code;
    this.description = fields.description;
    this.parameters = fields.parameters;
    this.field = fields.field;
  }

  /** A local check that failed: `field: rule`, error_code 400, nothing sent. */
  static local(field: string, rule: string, method = ""): BotApiError {
    return new BotApiError({ method, error_code: 400, description: `${field}: ${rule}`, field });
  }

  /** The same local error, now naming the method it was checked for. */
  withMethod(method: string): BotApiError {
    if (this.method === method) return this;
    return new BotApiError({
      method,
      error_code: this.error_code,
      description: this.description,
      parameters: this.parameters,
      field: this.field,
    });
  }
}

function messageOf(f: BotApiErrorFields): string {
  const where = f.method ? `${f.method}: ` : "";
  if (f.field !== undefined) return `${where}${f.description} (checked before sending; nothing was sent)`;
  const retry = f.parameters?.retry_after !== undefined ? ` (retry after ${f.parameters.retry_after} s)` : "";
  const moved =
    f.parameters?.migrate_to_chat_id !== undefined ? ` (migrated to chat ${f.parameters.migrate_to_chat_id})` : "";
  return `${where}${f.error_code} ${f.description}${retry}${moved}`;
}

/** The request never got a Bot API answer (network failure, or a body that is not the Bot API's JSON). */
export class BotApiNetworkError extends Error {
  /** Always `BotApiNetworkError`. */
  override readonly name = "BotApiNetworkError";
  /** The Bot API method that was being called. */
  readonly method: string;
  /** The HTTP status, when a response arrived. */
  readonly status: number | undefined;

  constructor(method: string, message: string, status?: number) {
    super(`${method}: ${message}`);
    this.method = method;
    this.status = status;
  }
}
