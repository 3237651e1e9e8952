import { BotApiError } from "./bot-api-error.js";
import { closestName } from "../wire/did-you-mean.js";
function checkFields(params, fields) {
  if (typeof params !== "object" || params === null || Array.isArray(params))
    throw BotApiError.local("params", `must be an object of the method's parameters, got ${describe(params)}`);
  for (const key of Object.keys(params)) {
    if (fields.includes(key)) continue;
    const near = closestName(key, fields);
    throw BotApiError.local(
      key,
      `is not a parameter of this method${near ? ` (did you mean ${near}?)` : ""}; its parameters are ${fields.join(", ")}`
    );
  }
}
function checkRequired(value, field) {
  if (value === void 0 || value === null) throw BotApiError.local(field, "is required");
}
function checkChatId(value, field) {
  checkRequired(value, field);
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value) || value === 0)
      throw BotApiError.local(field, `must be a non-zero integer or "@username", got ${value}`);
  } else if (typeof value !== "string" || value.trim() === "")
    throw BotApiError.local(field, `must be an integer or "@username", got ${describe(value)}`);
}
function checkUserId(value, field) {
  checkRequired(value, field);
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value <= 0)
    throw BotApiError.local(field, `must be a positive integer, got ${describe(value)}`);
}
function checkString(value, field, minLength, maxLength) {
  if (value === void 0) return;
  if (typeof value !== "string") throw BotApiError.local(field, `must be a string, got ${describe(value)}`);
  const length = [...value].length;
  if (length === 0 && minLength > 0) throw BotApiError.local(field, "must not be empty");
  if (length < minLength || maxLength !== null && length > maxLength)
    throw BotApiError.local(field, `must be ${minLength}-${maxLength ?? "\u221E"} characters, got ${length}`);
}
function checkInteger(value, field, rule) {
  if (value === void 0) return;
  if (typeof value !== "number" || !Number.isSafeInteger(value))
    throw BotApiError.local(field, `must be an integer, got ${describe(value)}`);
  if (value === 0 && rule.zeroMeansNone) return;
  const zero = rule.zeroMeansNone ? "0 (none) or " : "";
  if (rule.oneOf && !rule.oneOf.includes(value))
    throw BotApiError.local(field, `must be ${zero}${rule.oneOf.join(" or ")}, got ${value}`);
  if (rule.min !== void 0 && value < rule.min || rule.max !== void 0 && value > rule.max)
    throw BotApiError.local(field, `must be ${zero}${rule.min ?? "-\u221E"}-${rule.max ?? "\u221E"}, got ${value}`);
}
function checkBoolean(value, field) {
  if (value !== void 0 && typeof value !== "boolean")
    throw BotApiError.local(field, `must be a boolean, got ${describe(value)}`);
}
function checkExclusive(values, fields) {
  if (values.filter((v) => v !== void 0 && v !== false && v !== 0).length > 1)
    throw BotApiError.local(fields[0], `cannot be used together with ${fields.slice(1).join(", ")}`);
}
function unixSeconds(value, field, clock) {
  if (value === void 0 || value === 0) return value;
  const now = clock();
  const ms = millisecondsOf(value, field, now);
  const seconds = Math.floor(ms / 1e3);
  if (ms <= now)
    throw BotApiError.local(
      field,
      `must be in the future or 0, got ${new Date(ms).toISOString()} (now ${new Date(now).toISOString()})`
    );
  if (seconds > 2 ** 31 - 1)
    throw BotApiError.local(
      field,
      `is too far in the future for a 32-bit unix time (milliseconds given as seconds?), got ${seconds}`
    );
  return seconds;
}
function millisecondsOf(value, field, now) {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw BotApiError.local(field, "is an invalid Date");
    return ms;
  }
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw BotApiError.local(field, `must be unix seconds (an integer), got ${value}`);
    return value * 1e3;
  }
  if (typeof value === "object" && value !== null) {
    if ("seconds" in value && Number.isFinite(value.seconds)) return now + value.seconds * 1e3;
    if ("days" in value && Number.isFinite(value.days)) return now + value.days * 864e5;
  }
  throw BotApiError.local(field, "must be a Date, unix seconds, { seconds } or { days }");
}
function describe(value) {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return value === null ? "null" : typeof value;
}
export {
  checkBoolean,
  checkChatId,
  checkExclusive,
  checkFields,
  checkInteger,
  checkRequired,
  checkString,
  checkUserId,
  unixSeconds
};
