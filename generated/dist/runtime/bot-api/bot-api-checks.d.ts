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
export declare function checkFields(params: unknown, fields: readonly string[]): void;
/** A required Bot API field is present. */
export declare function checkRequired(value: unknown, field: string): void;
/** A chat_id: an integer (user, -N basic group, -100N channel or supergroup) or "@username". */
export declare function checkChatId(value: unknown, field: string): void;
/** A user_id: a positive integer. */
export declare function checkUserId(value: unknown, field: string): void;
/** A string of minLength..maxLength characters (code points), when given. */
export declare function checkString(value: unknown, field: string, minLength: number, maxLength: number | null): void;
/** An integer within the rule's limits, when given. */
export declare function checkInteger(value: unknown, field: string, rule: IntegerRule): void;
/** A boolean, when given. */
export declare function checkBoolean(value: unknown, field: string): void;
/** At most one of the fields is set; 0 and false count as not set, as the server reads them. */
export declare function checkExclusive(values: readonly unknown[], fields: readonly string[]): void;
/**
 * A DateLike as unix seconds. 0 stays 0 (no expiry, as the server reads it); any other moment
 * must be in the future of `clock` and fit a 32-bit unix time.
 */
export declare function unixSeconds(value: DateLike | undefined, field: string, clock: Clock): number | undefined;
