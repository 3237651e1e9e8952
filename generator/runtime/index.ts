// The runtime's public API, as the package root exports it. Everything else in runtime/ is
// internal: generated code imports it from its own module, users do not.
export { TlReader, MAX_DEPTH } from "./reader.js";
export { TlWriter } from "./writer.js";
export { TlDecodeError, TlEncodeError } from "./errors.js";
export { encodeWith } from "./encode.js";
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
  GZIP_PACKED_ID,
  type Transport,
  type Invoker,
  type InvokerOptions,
  type ErrorsOf,
} from "./invoker.js";
export {
  withTypedInvoke,
  fromGramjsObject,
  type TypedInvoke,
  type GramjsReader,
  type GramjsUtils,
  type GramjsClient,
} from "./gramjs.js";
export { BotApiError, type DateLike, type Clock } from "./bot-api-checks.js";
export { LAYER } from "./layer.js";
