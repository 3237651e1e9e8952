import { TlDecodeError } from "../wire/errors.js";
import { TlReader } from "../wire/reader.js";
const RPC_ERROR_ID = 558156313;
const GENERIC_RPC_ERRORS = [
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
  "MSG_WAIT_FAILED"
];
class RpcError extends Error {
  /** Always `RpcError`. */
  name = "RpcError";
  /** The HTTP-like code: 400, 401, 403, 420 (flood), 500, ... */
  code;
  /** The error name with its number replaced: `FLOOD_WAIT_%d`. */
  type;
  /** The message as sent: `FLOOD_WAIT_42`. */
  raw;
  /** The number in the message, named by what it means. */
  params;
  constructor(code, raw) {
    const { type, params } = parseRpcErrorMessage(raw);
    super(`${code} ${raw}`);
    this.code = code;
    this.type = type;
    this.raw = raw;
    this.params = params;
  }
}
const MAX_RPC_ERROR_PARAM = 2147483647;
function parseRpcErrorMessage(raw) {
  const match = /_(\d+)(?=_|MIN$|$)/.exec(raw);
  if (!match) return { type: raw, params: {} };
  const n = Number(match[1]);
  if (!(n <= MAX_RPC_ERROR_PARAM))
    throw new RangeError(
      `the number in error message ${JSON.stringify(raw.length > 64 ? `${raw.slice(0, 64)}...` : raw)} is out of range (at most ${MAX_RPC_ERROR_PARAM})`
    );
  const type = `${raw.slice(0, match.index)}_%d${raw.slice(match.index + match[0].length)}`;
  const params = /_WAIT_%dMIN$/.test(type) ? { minutes: n } : /_WAIT_%d$/.test(type) ? { seconds: n } : /_MIGRATE_%d$|^INTERDC_%d_/.test(type) ? { dc: n } : /^FILE_PART_%d_MISSING$/.test(type) ? { part: n } : { value: n };
  return { type, params };
}
function decodeRpcError(bytes) {
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
    throw new TlDecodeError(e.message, messageAt, `a number up to ${MAX_RPC_ERROR_PARAM}`, [
      "rpc_error",
      "error_message"
    ]);
  }
}
function isRpcErrorOf(error, request) {
  if (!(error instanceof RpcError)) return false;
  const known = request.ERRORS;
  return known.includes(error.type) || GENERIC_RPC_ERRORS.includes(error.type);
}
export {
  GENERIC_RPC_ERRORS,
  MAX_RPC_ERROR_PARAM,
  RPC_ERROR_ID,
  RpcError,
  decodeRpcError,
  isRpcErrorOf,
  parseRpcErrorMessage
};
