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
  GZIP_PACKED_ID,
  type Transport,
  type Invoker,
  type InvokerOptions,
  type ErrorsOf,
} from "./invoker.js";
export {
  toGramjsBytes,
  readWithGramjsReader,
  fromGramjsObject,
  resolveWithGramjs,
  withTypedInvoke,
  type TypedInvoke,
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
export {
  checkRequired,
  checkChatId,
  checkUserId,
  checkString,
  checkInteger,
  checkBoolean,
  checkExclusive,
  unixSeconds,
  type IntegerRule,
  type DateLike,
  type Clock,
} from "./bot-api-checks.js";
export {
  BotMethod,
  type BotApiBody,
  type BotApiCallOptions,
  type BotApiCaller,
  type BotMethodResult,
} from "./bot-api-method.js";
export { BotApiClient, type BotApiClientOptions, type FetchLike } from "./bot-api-client.js";
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
