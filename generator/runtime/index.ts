// The runtime of the generated package: reader, writer, errors and codec helpers.
export { TlReader, MAX_DEPTH, hex } from "./reader.js";
export { TlWriter, describe } from "./writer.js";
export { TlDecodeError, TlEncodeError, decodeErrorWithin, encodeErrorWithin } from "./errors.js";
export {
  serializeWith,
  serializeRequest,
  type TlRequest,
  type ResultOf,
  type Availability,
  type BotRequest,
  type UserRequest,
} from "./request.js";
export {
  writeVector,
  readVector,
  writeQuery,
  notBoolean,
  partialGroup,
  derivedFlag,
  notInUnion,
  encodeWith,
  decodeWith,
  writeIntItem,
  writeLongItem,
  writeDoubleItem,
  writeStringItem,
  writeBytesItem,
  writeBoolItem,
  writeInt128Item,
  writeInt256Item,
  readIntItem,
  readLongItem,
  readDoubleItem,
  readStringItem,
  readBytesItem,
  readBoolItem,
  readInt128Item,
  readInt256Item,
  type Write,
  type Read,
} from "./codec.js";
export {
  RpcError,
  RPC_ERROR_ID,
  GENERIC_RPC_ERRORS,
  decodeRpcError,
  parseRpcErrorMessage,
  isRpcErrorOf,
  MAX_RPC_ERROR_PARAM,
  type GenericRpcError,
  type RpcErrorParams,
} from "./rpc-error.js";
export {
  parsePeerLike,
  resolvePeerFields,
  type PeerLike,
  type PeerKind,
  type PeerResolver,
  type PeerFields,
  type ParsedPeerLike,
} from "./peer-like.js";
export {
  createInvoker,
  type Transport,
  type TransportOptions,
  type Invoker,
  type InvokerOptions,
  type InvokeOptions,
  type ErrorsOf,
} from "./invoker.js";
export {
  GZIP_PACKED_ID,
  DEFAULT_MAX_UNPACKED_BYTES,
  MAX_GZIP_NESTING,
  TransportReplyError,
  checkReply,
  unpackAnswer,
} from "./answer.js";
export {
  InvokeTimeoutError,
  abortable,
  abortReason,
  callSignal,
  checkTimeout,
  sleep,
  type CallSignal,
} from "./abort.js";
export { composeMiddleware, type Middleware, type CallContext, type CallHandler, type Next } from "./middleware.js";
export {
  floodWaiter,
  floodWaitSeconds,
  checkFloodSleepThreshold,
  FLOOD_WAIT_ERRORS,
  DEFAULT_FLOOD_SLEEP_THRESHOLD,
  DEFAULT_MAX_FLOOD_WAITS,
  type FloodWait,
  type FloodWaiterOptions,
} from "./flood-wait.js";
export {
  GramjsLayerError,
  GRAMJS_GENERATE_COMMAND,
  checkGramjsLayer,
  declareGramjsLayer,
  gramjsLayerOf,
} from "./gramjs-layer.js";
export {
  toGramjsBytes,
  readWithGramjsReader,
  fromGramjsObject,
  resolveWithGramjs,
  withTypedInvoke,
  type TypedInvoke,
  type TypedInvokeOptions,
  type GramjsReader,
  type GramjsUtils,
  type GramjsClient,
} from "./gramjs.js";
export {
  BotApiError,
  checkRequired,
  checkString,
  checkInteger,
  checkBoolean,
  checkExclusive,
  futureUnixSeconds,
  type DateLike,
  type Clock,
} from "./bot-api-checks.js";
