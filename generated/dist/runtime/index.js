import { TlReader, MAX_DEPTH } from "./reader.js";
import { TlWriter } from "./writer.js";
import { TlDecodeError, TlEncodeError } from "./errors.js";
import { encodeWith } from "./encode.js";
import { decodeWith } from "./decode.js";
import {
  TlRequestBase
} from "./request.js";
import {
  RpcError,
  RPC_ERROR_ID,
  GENERIC_RPC_ERRORS,
  decodeRpcError,
  parseRpcErrorMessage,
  isRpcErrorOf
} from "./rpc-error.js";
import {
  parsePeerLike
} from "./peer-like.js";
import {
  createInvoker
} from "./invoker.js";
import { GZIP_PACKED_ID, DEFAULT_MAX_UNPACKED_BYTES, TransportReplyError } from "./answer.js";
import { InvokeTimeoutError } from "./abort.js";
import {
  floodWaiter,
  DEFAULT_FLOOD_SLEEP_THRESHOLD,
  DEFAULT_MAX_FLOOD_WAITS
} from "./flood-wait.js";
import { GramjsLayerError, declareGramjsLayer } from "./gramjs-layer.js";
import {
  withTypedInvoke
} from "./gramjs.js";
import {
  BotApiError,
  BotApiNetworkError
} from "./bot-api-error.js";
import {
  BotMethod
} from "./bot-api-method.js";
import {
  BotApiClient,
  DEFAULT_MAX_RESPONSE_BYTES
} from "./bot-api-client.js";
import {
  PeerCache,
  withPeerCache,
  botApiPeerOf,
  botApiIdOf
} from "./bot-api-peers.js";
import { LAYER } from "./layer.js";
export {
  BotApiClient,
  BotApiError,
  BotApiNetworkError,
  BotMethod,
  DEFAULT_FLOOD_SLEEP_THRESHOLD,
  DEFAULT_MAX_FLOOD_WAITS,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_UNPACKED_BYTES,
  GENERIC_RPC_ERRORS,
  GZIP_PACKED_ID,
  GramjsLayerError,
  InvokeTimeoutError,
  LAYER,
  MAX_DEPTH,
  PeerCache,
  RPC_ERROR_ID,
  RpcError,
  TlDecodeError,
  TlEncodeError,
  TlReader,
  TlRequestBase,
  TlWriter,
  TransportReplyError,
  botApiIdOf,
  botApiPeerOf,
  createInvoker,
  declareGramjsLayer,
  decodeRpcError,
  decodeWith,
  encodeWith,
  floodWaiter,
  isRpcErrorOf,
  parsePeerLike,
  parseRpcErrorMessage,
  withPeerCache,
  withTypedInvoke
};
