class BotApiError extends Error {
  /** Always `BotApiError`. */
  name = "BotApiError";
  /** The Bot API name of the field, e.g. `member_limit`. */
  field;
  constructor(field, rule) {
    super(`${field}: ${rule}`);
    this.field = field;
  }
}
function checkRequired(value, field) {
  if (value === void 0 || value === null) throw new BotApiError(field, "is required");
}
function checkString(value, field, maxLength) {
  if (value === void 0) return;
  if (typeof value !== "string") throw new BotApiError(field, `must be a string, got ${typeof value}`);
  const length = [...value].length;
  if (maxLength !== null && length > maxLength)
    throw new BotApiError(field, `must be 0-${maxLength} characters, got ${length}`);
}
function checkInteger(value, field, min, max, oneOf) {
  if (value === void 0) return;
  if (typeof value !== "number" || !Number.isInteger(value))
    throw new BotApiError(field, `must be an integer, got ${String(value)}`);
  if (oneOf && !oneOf.includes(value)) throw new BotApiError(field, `must be ${oneOf.join(" or ")}, got ${value}`);
  if (min !== null && value < min || max !== null && value > max)
    throw new BotApiError(field, `must be ${min ?? "-\u221E"}-${max ?? "\u221E"}, got ${value}`);
}
function checkBoolean(value, field) {
  if (value !== void 0 && typeof value !== "boolean")
    throw new BotApiError(field, `must be a boolean, got ${typeof value}`);
}
function checkExclusive(values, fields) {
  if (values.filter((v) => v !== void 0 && v !== false).length > 1)
    throw new BotApiError(fields[0], `cannot be used together with ${fields.slice(1).join(", ")}`);
}
function futureUnixSeconds(value, field, clock) {
  if (value === void 0) return void 0;
  const now = clock();
  let ms;
  if (value instanceof Date) ms = value.getTime();
  else if (typeof value === "number") {
    if (!Number.isInteger(value)) throw new BotApiError(field, `must be unix seconds (an integer), got ${value}`);
    ms = value * 1e3;
  } else if (typeof value === "object" && value !== null && "seconds" in value && Number.isFinite(value.seconds))
    ms = now + value.seconds * 1e3;
  else if (typeof value === "object" && value !== null && "days" in value && Number.isFinite(value.days))
    ms = now + value.days * 864e5;
  else throw new BotApiError(field, "must be a Date, unix seconds, { seconds } or { days }");
  if (Number.isNaN(ms)) throw new BotApiError(field, "is an invalid Date");
  const seconds = Math.floor(ms / 1e3);
  if (ms <= now)
    throw new BotApiError(
      field,
      `must be in the future, got ${new Date(ms).toISOString()} (now ${new Date(now).toISOString()})`
    );
  if (seconds > 2 ** 31 - 1)
    throw new BotApiError(field, `is too far in the future for a 32-bit unix time, got ${new Date(ms).toISOString()}`);
  return seconds;
}
export {
  BotApiError,
  checkBoolean,
  checkExclusive,
  checkInteger,
  checkRequired,
  checkString,
  futureUnixSeconds
};
