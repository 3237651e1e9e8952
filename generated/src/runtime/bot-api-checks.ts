// The checks Bot API helpers run before anything is sent, each naming the field (its Bot API
// name) and the rule. The generator calls them as schema/bot-api.json says.

/** A Bot API parameter that breaks a documented rule. Nothing was sent. */
export class BotApiError extends Error {
  /** Always `BotApiError`. */
  override readonly name = "BotApiError";
  /** The Bot API name of the field, e.g. `member_limit`. */
  readonly field: string;

  constructor(field: string, rule: string) {
    super(`${field}: ${rule}`);
    this.field = field;
  }
}

/** A moment given as a Date, unix seconds, or a duration from now. */
export type DateLike = Date | number | { seconds: number } | { days: number };

/** Where "now" comes from (milliseconds since the epoch); injectable for tests. */
export type Clock = () => number;

/** A required Bot API field is present. */
export function checkRequired(value: unknown, field: string): void {
  if (value === undefined || value === null) throw new BotApiError(field, "is required");
}

/** A string of at most maxLength characters (code points). */
export function checkString(value: unknown, field: string, maxLength: number | null): void {
  if (value === undefined) return;
  if (typeof value !== "string") throw new BotApiError(field, `must be a string, got ${typeof value}`);
  const length = [...value].length;
  if (maxLength !== null && length > maxLength)
    throw new BotApiError(field, `must be 0-${maxLength} characters, got ${length}`);
}

/** An integer within min..max, or one of oneOf. */
export function checkInteger(
  value: unknown,
  field: string,
  min: number | null,
  max: number | null,
  oneOf: readonly number[] | null,
): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isInteger(value))
    throw new BotApiError(field, `must be an integer, got ${String(value)}`);
  if (oneOf && !oneOf.includes(value)) throw new BotApiError(field, `must be ${oneOf.join(" or ")}, got ${value}`);
  if ((min !== null && value < min) || (max !== null && value > max))
    throw new BotApiError(field, `must be ${min ?? "-∞"}-${max ?? "∞"}, got ${value}`);
}

/** A boolean, when given. */
export function checkBoolean(value: unknown, field: string): void {
  if (value !== undefined && typeof value !== "boolean")
    throw new BotApiError(field, `must be a boolean, got ${typeof value}`);
}

/** At most one of the fields is given. */
export function checkExclusive(values: readonly unknown[], fields: readonly string[]): void {
  if (values.filter((v) => v !== undefined && v !== false).length > 1)
    throw new BotApiError(fields[0], `cannot be used together with ${fields.slice(1).join(", ")}`);
}

/** A DateLike as unix seconds, which must be in the future of `clock`. */
export function futureUnixSeconds(value: DateLike | undefined, field: string, clock: Clock): number | undefined {
  if (value === undefined) return undefined;
  const now = clock();
  let ms: number;
  if (value instanceof Date) ms = value.getTime();
  else if (typeof value === "number") {
    if (!Number.isInteger(value)) throw new BotApiError(field, `must be unix seconds (an integer), got ${value}`);
    ms = value * 1000;
  } else if (typeof value === "object" && value !== null && "seconds" in value && Number.isFinite(value.seconds))
    ms = now + value.seconds * 1000;
  else if (typeof value === "object" && value !== null && "days" in value && Number.isFinite(value.days))
    ms = now + value.days * 86_400_000;
  else throw new BotApiError(field, "must be a Date, unix seconds, { seconds } or { days }");
  if (Number.isNaN(ms)) throw new BotApiError(field, "is an invalid Date");
  const seconds = Math.floor(ms / 1000);
  if (ms <= now)
    throw new BotApiError(
      field,
      `must be in the future, got ${new Date(ms).toISOString()} (now ${new Date(now).toISOString()})`,
    );
  if (seconds > 2 ** 31 - 1)
    throw new BotApiError(field, `is too far in the future for a 32-bit unix time, got ${new Date(ms).toISOString()}`);
  return seconds;
}
