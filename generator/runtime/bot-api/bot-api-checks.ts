// The checks Bot API methods run before anything is sent, on either backend, each naming the
// field (its Bot API name) and the rule. The limits are the Bot API specification's; where the
// official server reads a value more widely (0 for "no expiry" or "no limit"), so do these.
import { BotApiError } from "./bot-api-error.js";
import { closestName } from "../wire/did-you-mean.js";

/** A moment given as a Date, unix seconds, or a duration from now. */
export type DateLike = Date | number | { seconds: number } | { days: number };

/** Where "now" comes from (milliseconds since the epoch); injectable for tests. */
export type Clock = () => number;

/** The limits of an integer field. */
export interface IntegerRule {
  /** Smallest allowed value (besides 0 when `zeroMeansNone`). */
  min?: number;
  /** Largest allowed value. */
  max?: number;
  /** The only allowed values. */
  oneOf?: readonly number[];
  /** 0 is accepted and means "none", as the official server reads it (member_limit). */
  zeroMeansNone?: boolean;
}

/**
 * The parameters are an object holding only the method's own fields: a misspelt one
 * (`member_limt`) would be sent, ignored by the server, and its limit lost.
 */
export function checkFields(params: unknown, fields: readonly string[]): void {
  if (typeof params !== "object" || params === null || Array.isArray(params))
    throw BotApiError.local("params", `must be an object of the method's parameters, got ${describe(params)}`);
  for (const key of Object.keys(params)) {
    if (fields.includes(key)) continue;
    const near = closestName(key, fields);
    throw BotApiError.local(
      key,
      `is not a parameter of this method${near ? ` (did you mean ${near}?)` : ""}; its parameters are ${fields.join(", ")}`,
    );
  }
}

/** A required Bot API field is present. */
export function checkRequired(value: unknown, field: string): void {
  if (value === undefined || value === null) throw BotApiError.local(field, "is required");
}

/** A chat_id: an integer (user, -N basic group, -100N channel or supergroup) or "@username". */
export function checkChatId(value: unknown, field: string): void {
  checkRequired(value, field);
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value) || value === 0)
      throw BotApiError.local(field, `must be a non-zero integer or "@username", got ${value}`);
  } else if (typeof value !== "string" || value.trim() === "")
    throw BotApiError.local(field, `must be an integer or "@username", got ${describe(value)}`);
}

/** A user_id: a positive integer. */
export function checkUserId(value: unknown, field: string): void {
  checkRequired(value, field);
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value <= 0)
    throw BotApiError.local(field, `must be a positive integer, got ${describe(value)}`);
}

/** A string of minLength..maxLength characters (code points), when given. */
export function checkString(value: unknown, field: string, minLength: number, maxLength: number | null): void {
  if (value === undefined) return;
  if (typeof value !== "string") throw BotApiError.local(field, `must be a string, got ${describe(value)}`);
  const length = [...value].length;
  if (length === 0 && minLength > 0) throw BotApiError.local(field, "must not be empty");
  if (length < minLength || (maxLength !== null && length > maxLength))
    throw BotApiError.local(field, `must be ${minLength}-${maxLength ?? "∞"} characters, got ${length}`);
}

/** An integer within the rule's limits, when given. */
export function checkInteger(value: unknown, field: string, rule: IntegerRule): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isSafeInteger(value))
    throw BotApiError.local(field, `must be an integer, got ${describe(value)}`);
  if (value === 0 && rule.zeroMeansNone) return;
  const zero = rule.zeroMeansNone ? "0 (none) or " : "";
  if (rule.oneOf && !rule.oneOf.includes(value))
    throw BotApiError.local(field, `must be ${zero}${rule.oneOf.join(" or ")}, got ${value}`);
  if ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max))
    throw BotApiError.local(field, `must be ${zero}${rule.min ?? "-∞"}-${rule.max ?? "∞"}, got ${value}`);
}

/** A boolean, when given. */
export function checkBoolean(value: unknown, field: string): void {
  if (value !== undefined && typeof value !== "boolean")
    throw BotApiError.local(field, `must be a boolean, got ${describe(value)}`);
}

/** At most one of the fields is set; 0 and false count as not set, as the server reads them. */
export function checkExclusive(values: readonly unknown[], fields: readonly string[]): void {
  if (values.filter((v) => v !== undefined && v !== false && v !== 0).length > 1)
    throw BotApiError.local(fields[0], `cannot be used together with ${fields.slice(1).join(", ")}`);
}

/**
 * A DateLike as unix seconds. 0 stays 0 (no expiry, as the server reads it); any other moment
 * must be in the future of `clock` and fit a 32-bit unix time.
 */
export function unixSeconds(value: DateLike | undefined, field: string, clock: Clock): number | undefined {
  if (value === undefined || value === 0) return value;
  const now = clock();
  const ms = millisecondsOf(value, field, now);
  const seconds = Math.floor(ms / 1000);
  if (ms <= now)
    throw BotApiError.local(
      field,
      `must be in the future or 0, got ${new Date(ms).toISOString()} (now ${new Date(now).toISOString()})`,
    );
  if (seconds > 2 ** 31 - 1)
    throw BotApiError.local(
      field,
      `is too far in the future for a 32-bit unix time (milliseconds given as seconds?), got ${seconds}`,
    );
  return seconds;
}

function millisecondsOf(value: DateLike, field: string, now: number): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw BotApiError.local(field, "is an invalid Date");
    return ms;
  }
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw BotApiError.local(field, `must be unix seconds (an integer), got ${value}`);
    return value * 1000;
  }
  if (typeof value === "object" && value !== null) {
    if ("seconds" in value && Number.isFinite(value.seconds)) return now + value.seconds * 1000;
    if ("days" in value && Number.isFinite(value.days)) return now + value.days * 86_400_000;
  }
  throw BotApiError.local(field, "must be a Date, unix seconds, { seconds } or { days }");
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return value === null ? "null" : typeof value;
}
