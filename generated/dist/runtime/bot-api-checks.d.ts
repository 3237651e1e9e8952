/** A Bot API parameter that breaks a documented rule. Nothing was sent. */
export declare class BotApiError extends Error {
  /** Always `BotApiError`. */
  readonly name = "BotApiError";
  /** The Bot API name of the field, e.g. `member_limit`. */
  readonly field: string;
  constructor(field: string, rule: string);
}
/** A moment given as a Date, unix seconds, or a duration from now. */
export type DateLike =
  | Date
  | number
  | {
      seconds: number;
    }
  | {
      days: number;
    };
/** Where "now" comes from (milliseconds since the epoch); injectable for tests. */
export type Clock = () => number;
/** A required Bot API field is present. */
export declare function checkRequired(value: unknown, field: string): void;
/** A string of at most maxLength characters (code points). */
export declare function checkString(value: unknown, field: string, maxLength: number | null): void;
/** An integer within min..max, or one of oneOf. */
export declare function checkInteger(
  value: unknown,
  field: string,
  min: number | null,
  max: number | null,
  oneOf: readonly number[] | null,
): void;
/** A boolean, when given. */
export declare function checkBoolean(value: unknown, field: string): void;
/** At most one of the fields is given. */
export declare function checkExclusive(values: readonly unknown[], fields: readonly string[]): void;
/** A DateLike as unix seconds, which must be in the future of `clock`. */
export declare function futureUnixSeconds(value: DateLike | undefined, field: string, clock: Clock): number | undefined;
