// RPC errors: `rpc_error#2144ca19 error_code:int error_message:string` decoded into RpcError,
// with the message's number taken out into a typed parameter (FLOOD_WAIT_42 -> FLOOD_WAIT_%d,
// { seconds: 42 }). Unknown names decode too; the guard narrows to a request's known errors.
import { TlDecodeError } from "../wire/errors.js";
import { TlReader } from "../wire/reader.js";

/** The constructor id of rpc_error. */
export const RPC_ERROR_ID = 0x2144ca19;

/** Errors any method can get, whatever its own list says. */
export const GENERIC_RPC_ERRORS = [
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
] as const;

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
export class RpcError<T extends string = string> extends Error {
  /** Always `RpcError`. */
  override readonly name = "RpcError";
  /** The HTTP-like code: 400, 401, 403, 420 (flood), 500, ... */
  readonly code: number;
  /** The error name with its number replaced: `FLOOD_WAIT_%d`. */
  readonly type: T;
  /** The message as sent: `FLOOD_WAIT_42`. */
  readonly raw: string;
  /** The number in the message, named by what it means. */
  readonly params: RpcErrorParams;

  constructor(code: number, raw: string) {
    const { type, params } = parseRpcErrorMessage(raw);
    super(`${code} ${raw}`);
    this.code = code;
    this.type = type as T;
    this.raw = raw;
    this.params = params;
  }
}

/**
 * The largest number an error message may carry. Telegram's are int32 values (seconds, data
 * center ids, part numbers); anything longer is a corrupt or hostile message, not a long wait.
 */
export const MAX_RPC_ERROR_PARAM = 0x7fffffff;

/**
 * `FLOOD_WAIT_42` -> `{ type: "FLOOD_WAIT_%d", params: { seconds: 42 } }`. Throws a RangeError
 * when the number is above MAX_RPC_ERROR_PARAM (400 digits would otherwise read as Infinity).
 */
export function parseRpcErrorMessage(raw: string): { type: string; params: RpcErrorParams } {
  // The number is the run of digits after an underscore (a leading `2FA` is part of the name).
  const match = /_(\d+)(?=_|MIN$|$)/.exec(raw);
  if (!match) return { type: raw, params: {} };
  const n = Number(match[1]);
  if (!(n <= MAX_RPC_ERROR_PARAM))
    throw new RangeError(
      `the number in error message ${JSON.stringify(raw.length > 64 ? `${raw.slice(0, 64)}...` : raw)} is out of range (at most ${MAX_RPC_ERROR_PARAM})`,
    );
  const type = `${raw.slice(0, match.index)}_%d${raw.slice(match.index + match[0].length)}`;
  const params: RpcErrorParams = /_WAIT_%dMIN$/.test(type)
    ? { minutes: n }
    : /_WAIT_%d$/.test(type)
      ? { seconds: n }
      : /_MIGRATE_%d$|^INTERDC_%d_/.test(type)
        ? { dc: n }
        : /^FILE_PART_%d_MISSING$/.test(type)
          ? { part: n }
          : { value: n };
  return { type, params };
}

/**
 * Reads an `rpc_error` (its constructor id first) from a response body. Throws TlDecodeError
 * for another constructor, trailing bytes, or a number in the message out of range.
 */
export function decodeRpcError(bytes: Uint8Array): RpcError {
  const r = new TlReader(bytes);
  const id = r.id();
  if (id !== RPC_ERROR_ID)
    throw new TlDecodeError(`not an rpc_error (id 0x${id.toString(16).padStart(8, "0")})`, 0, "rpc_error#2144ca19");
  const code = r.int();
  const messageAt = r.pos;
  const message = r.string();
  r.end();
  try {
    return new RpcError(code, message);
  } catch (e) {
    throw new TlDecodeError((e as Error).message, messageAt, `a number up to ${MAX_RPC_ERROR_PARAM}`, [
      "rpc_error",
      "error_message",
    ]);
  }
}

/**
 * True when `error` is an RpcError the request is known to produce (its own errors or the
 * generic ones); narrows `error.type` to those names. Pass the request or its class.
 */
export function isRpcErrorOf<E extends string>(
  error: unknown,
  request: { readonly ERRORS: readonly E[] },
): error is RpcError<E | GenericRpcError> {
  if (!(error instanceof RpcError)) return false;
  const known: readonly string[] = request.ERRORS;
  return known.includes(error.type) || (GENERIC_RPC_ERRORS as readonly string[]).includes(error.type);
}
