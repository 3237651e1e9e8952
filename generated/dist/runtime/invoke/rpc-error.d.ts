/** The constructor id of rpc_error. */
export declare const RPC_ERROR_ID = 558156313;
/** Errors any method can get, whatever its own list says. */
export declare const GENERIC_RPC_ERRORS: readonly [
  "FLOOD_WAIT_%d",
  "FLOOD_PREMIUM_WAIT_%d",
  "SLOWMODE_WAIT_%d",
  "AUTH_KEY_UNREGISTERED",
  "AUTH_KEY_INVALID",
  "AUTH_KEY_PERM_EMPTY",
  "AUTH_KEY_DUPLICATED",
  "SESSION_EXPIRED",
  "SESSION_REVOKED",
  "SESSION_PASSWORD_NEEDED",
  "USER_DEACTIVATED",
  "USER_DEACTIVATED_BAN",
  "USER_MIGRATE_%d",
  "PHONE_MIGRATE_%d",
  "NETWORK_MIGRATE_%d",
  "FILE_MIGRATE_%d",
  "STATS_MIGRATE_%d",
  "TIMEOUT",
  "INTERNAL",
  "RPC_CALL_FAIL",
  "MSG_WAIT_FAILED",
];
/** The name of an error any method can get. */
export type GenericRpcError = (typeof GENERIC_RPC_ERRORS)[number];
/** What the number in an error message means. */
export interface RpcErrorParams {
  /** FLOOD_WAIT_%d, FLOOD_PREMIUM_WAIT_%d, SLOWMODE_WAIT_%d and other *_WAIT_%d: seconds to wait. */
  seconds?: number;
  /** *_WAIT_%dMIN: minutes to wait. */
  minutes?: number;
  /** *_MIGRATE_%d and INTERDC_%d_*: the data center to use. */
  dc?: number;
  /** FILE_PART_%d_MISSING: the missing part. */
  part?: number;
  /** Any other number in the message. */
  value?: number;
}
/** An error the server answered instead of a result. `type` is the message with its number as `%d`. */
export declare class RpcError<T extends string = string> extends Error {
  /** Always `RpcError`. */
  readonly name = "RpcError";
  /** The HTTP-like code: 400, 401, 403, 420 (flood), 500, ... */
  readonly code: number;
  /** The error name with its number replaced: `FLOOD_WAIT_%d`. */
  readonly type: T;
  /** The message as sent: `FLOOD_WAIT_42`. */
  readonly raw: string;
  /** The number in the message, named by what it means. */
  readonly params: RpcErrorParams;
  constructor(code: number, raw: string);
}
/**
 * The largest number an error message may carry. Telegram's are int32 values (seconds, data
 * center ids, part numbers); anything longer is a corrupt or hostile message, not a long wait.
 */
export declare const MAX_RPC_ERROR_PARAM = 2147483647;
/**
 * `FLOOD_WAIT_42` -> `{ type: "FLOOD_WAIT_%d", params: { seconds: 42 } }`. Throws a RangeError
 * when the number is above MAX_RPC_ERROR_PARAM (400 digits would otherwise read as Infinity).
 */
export declare function parseRpcErrorMessage(raw: string): {
  type: string;
  params: RpcErrorParams;
};
/**
 * Reads an `rpc_error` (its constructor id first) from a response body. Throws TlDecodeError
 * for another constructor, trailing bytes, or a number in the message out of range.
 */
export declare function decodeRpcError(bytes: Uint8Array): RpcError;
/**
 * True when `error` is an RpcError the request is known to produce (its own errors or the
 * generic ones); narrows `error.type` to those names. Pass the request or its class.
 */
export declare function isRpcErrorOf<E extends string>(
  error: unknown,
  request: {
    readonly ERRORS: readonly E[];
  },
): error is RpcError<E | GenericRpcError>;
