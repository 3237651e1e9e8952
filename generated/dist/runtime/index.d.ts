export { TlReader, MAX_DEPTH } from "./wire/reader.js";
export { TlWriter } from "./wire/writer.js";
export { TlDecodeError, TlEncodeError } from "./wire/errors.js";
export { encodeWith, type EncodeOptions } from "./wire/encode.js";
export type { TlBody } from "./wire/tl-request.js";
export { decodeWith } from "./wire/decode.js";
export { olderLayerOf } from "./wire/older-layer.js";
export type { Write, Read } from "./wire/codec.js";
export {
  TlRequestBase,
  type TlRequest,
  type ResultOf,
  type Availability,
  type BotRequest,
  type UserRequest,
} from "./request/request.js";
export {
  RpcError,
  RPC_ERROR_ID,
  GENERIC_RPC_ERRORS,
  decodeRpcError,
  parseRpcErrorMessage,
  isRpcErrorOf,
  type GenericRpcError,
  type RpcErrorParams,
} from "./invoke/rpc-error.js";
export {
  parsePeerLike,
  type PeerLike,
  type PeerKind,
  type PeerResolver,
  type PeerFields,
  type ParsedPeerLike,
  type PeerName,
  type PeerId,
  type UserValue,
  type ChatValue,
  type PeerValue,
  type InputPeerUserValue,
  type InputPeerChannelValue,
} from "./peers/peer-like.js";
export {
  PeerCache,
  DEFAULT_PEER_CACHE_SIZE,
  type PeerCacheOptions,
  type CachedInputPeer,
  type CachedInputUser,
  type CachedInputChannel,
} from "./peers/peer-cache.js";
export type { CachedPeer, PeerRef } from "./peers/peer-ids.js";
export type { PeerCacheJson, PeerJson } from "./peers/peer-cache-json.js";
export { UnknownPeerError } from "./peers/peer-errors.js";
export {
  createInvoker,
  type Transport,
  type TransportOptions,
  type Invoker,
  type InvokerOptions,
  type ErrorsOf,
} from "./invoke/invoker.js";
export { GZIP_PACKED_ID, DEFAULT_MAX_UNPACKED_BYTES, TransportReplyError } from "./invoke/answer.js";
export { InvokeTimeoutError } from "./invoke/abort.js";
export {
  type Middleware,
  type CallContext,
  type CallHandler,
  type Next,
  type InvokeOptions,
} from "./invoke/middleware.js";
export {
  floodWaiter,
  DEFAULT_FLOOD_SLEEP_THRESHOLD,
  DEFAULT_MAX_FLOOD_WAITS,
  type FloodWait,
  type FloodWaiterOptions,
} from "./invoke/flood-wait.js";
export { GramjsLayerError, declareGramjsLayer } from "./gramjs/gramjs-layer.js";
export {
  withTypedInvoke,
  gramjsPeerCache,
  type TypedInvoke,
  type TypedInvokeOptions,
  type GramjsReader,
  type GramjsUtils,
  type GramjsClient,
} from "./gramjs/gramjs.js";
export {
  BotApiError,
  BotApiNetworkError,
  type BotApiErrorFields,
  type BotApiResponseParameters,
} from "./bot-api/bot-api-error.js";
export type { DateLike, Clock } from "./bot-api/bot-api-checks.js";
export {
  BotMethod,
  type BotApiBody,
  type BotApiCallOptions,
  type BotApiCaller,
  type BotMethodResult,
} from "./bot-api/bot-api-method.js";
export {
  BotApiClient,
  DEFAULT_MAX_RESPONSE_BYTES,
  type BotApiClientOptions,
  type FetchLike,
  type FetchResponseLike,
} from "./bot-api/bot-api-client.js";
export {
  withPeerCache,
  botApiPeerOf,
  botApiInputPeer,
  botApiInputUser,
  botApiIdOf,
  type BotApiPeer,
  type BotApiInputPeer,
  type BotApiInputUser,
  type PeerCachingInvoker,
} from "./bot-api/bot-api-peers.js";
export { LAYER, OLDEST_LAYER } from "./wire/layer.js";
