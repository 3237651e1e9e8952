import { TlReader, MAX_DEPTH } from "./wire/reader.js";
import { TlWriter } from "./wire/writer.js";
import { TlDecodeError, TlEncodeError } from "./wire/errors.js";
import { encodeWith } from "./wire/encode.js";
import { decodeWith } from "./wire/decode.js";
import { olderLayerOf } from "./wire/older-layer.js";
import {
  TlRequestBase
} from "./request/request.js";
import {
  RpcError,
  RPC_ERROR_ID,
  GENERIC_RPC_ERRORS,
  decodeRpcError,
  parseRpcErrorMessage,
  isRpcErrorOf
} from "./invoke/rpc-error.js";
import {
  parsePeerLike
} from "./peers/peer-like.js";
import {
  PeerCache,
  DEFAULT_PEER_CACHE_SIZE
} from "./peers/peer-cache.js";
import { UnknownPeerError } from "./peers/peer-errors.js";
import {
  createInvoker
} from "./invoke/invoker.js";
import { GZIP_PACKED_ID, DEFAULT_MAX_UNPACKED_BYTES, TransportReplyError } from "./invoke/answer.js";
import { InvokeTimeoutError } from "./invoke/abort.js";
import {
  floodWaiter,
  DEFAULT_FLOOD_SLEEP_THRESHOLD,
  DEFAULT_MAX_FLOOD_WAITS
} from "./invoke/flood-wait.js";
import { GramjsLayerError, declareGramjsLayer } from "./gramjs/gramjs-layer.js";
import {
  withTypedInvoke,
  gramjsPeerCache
} from "./gramjs/gramjs.js";
import {
  BotApiError,
  BotApiNetworkError
} from "./bot-api/bot-api-error.js";
import {
  BotMethod
} from "./bot-api/bot-api-method.js";
import {
  BotApiClient,
  DEFAULT_MAX_RESPONSE_BYTES
} from "./bot-api/bot-api-client.js";
import {
  withPeerCache,
  botApiPeerOf,
  botApiInputPeer,
  botApiInputUser,
  botApiIdOf
} from "./bot-api/bot-api-peers.js";
import { LAYER, OLDEST_LAYER } from "./wire/layer.js";
export {
  BotApiClient,
  BotApiError,
  BotApiNetworkError,
  BotMethod,
  DEFAULT_FLOOD_SLEEP_THRESHOLD,
  DEFAULT_MAX_FLOOD_WAITS,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_UNPACKED_BYTES,
  DEFAULT_PEER_CACHE_SIZE,
  GENERIC_RPC_ERRORS,
  GZIP_PACKED_ID,
  GramjsLayerError,
  InvokeTimeoutError,
  LAYER,
  MAX_DEPTH,
  OLDEST_LAYER,
  PeerCache,
  RPC_ERROR_ID,
  RpcError,
  TlDecodeError,
  TlEncodeError,
  TlReader,
  TlRequestBase,
  TlWriter,
  TransportReplyError,
  UnknownPeerError,
  botApiIdOf,
  botApiInputPeer,
  botApiInputUser,
  botApiPeerOf,
  createInvoker,
  declareGramjsLayer,
  decodeRpcError,
  decodeWith,
  encodeWith,
  floodWaiter,
  gramjsPeerCache,
  isRpcErrorOf,
  olderLayerOf,
  parsePeerLike,
  parseRpcErrorMessage,
  withPeerCache,
  withTypedInvoke
};
