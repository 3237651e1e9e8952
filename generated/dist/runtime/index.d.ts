export { TlReader, MAX_DEPTH } from "./reader.js";
export { TlWriter } from "./writer.js";
export { TlDecodeError, TlEncodeError } from "./errors.js";
export { encodeWith, type EncodeOptions } from "./encode.js";
export { decodeWith } from "./decode.js";
export type { Write, Read } from "./codec.js";
export {
  TlRequestBase,
  type TlRequest,
  type ResultOf,
  type Availability,
  type BotRequest,
  type UserRequest,
} from "./request.js";
export {
  RpcError,
  RPC_ERROR_ID,
  GENERIC_RPC_ERRORS,
  decodeRpcError,
  parseRpcErrorMessage,
  isRpcErrorOf,
  type GenericRpcError,
  type RpcErrorParams,
} from "./rpc-error.js";
export {
  parsePeerLike,
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
export { GZIP_PACKED_ID, DEFAULT_MAX_UNPACKED_BYTES, TransportReplyError } from "./answer.js";
export { InvokeTimeoutError } from "./abort.js";
export { type Middleware, type CallContext, type CallHandler, type Next } from "./middleware.js";
export {
  floodWaiter,
  DEFAULT_FLOOD_SLEEP_THRESHOLD,
  DEFAULT_MAX_FLOOD_WAITS,
  type FloodWait,
  type FloodWaiterOptions,
} from "./flood-wait.js";
export { GramjsLayerError, declareGramjsLayer } from "./gramjs-layer.js";
export {
  withTypedInvoke,
  type TypedInvoke,
  type TypedInvokeOptions,
  type GramjsReader,
  type GramjsUtils,
  type GramjsClient,
} from "./gramjs.js";
export {
  BotApiError,
  BotApiNetworkError,
  type BotApiErrorFields,
  type BotApiResponseParameters,
} from "./bot-api-error.js";
export type { DateLike, Clock } from "./bot-api-checks.js";
export {
  BotMethod,
  type BotApiBody,
  type BotApiCallOptions,
  type BotApiCaller,
  type BotMethodResult,
} from "./bot-api-method.js";
export {
  BotApiClient,
  DEFAULT_MAX_RESPONSE_BYTES,
  type BotApiClientOptions,
  type FetchLike,
  type FetchResponseLike,
} from "./bot-api-client.js";
export {
  PeerCache,
  withPeerCache,
  botApiPeerOf,
  botApiIdOf,
  type BotApiPeer,
  type BotApiInputPeer,
  type BotApiInputUser,
  type PeerCachingInvoker,
} from "./bot-api-peers.js";
export { LAYER } from "./layer.js";
