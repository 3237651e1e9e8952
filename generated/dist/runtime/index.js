import { TlReader, MAX_DEPTH, hex } from "./reader.js";
import { TlWriter, describe } from "./writer.js";
import { TlDecodeError, TlEncodeError, decodeErrorWithin, encodeErrorWithin } from "./errors.js";
import {
  serializeWith,
  serializeRequest
} from "./request.js";
import {
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
  readInt256Item
} from "./codec.js";
import {
  RpcError,
  RPC_ERROR_ID,
  GENERIC_RPC_ERRORS,
  decodeRpcError,
  parseRpcErrorMessage,
  isRpcErrorOf
} from "./rpc-error.js";
import {
  parsePeerLike,
  resolvePeerFields
} from "./peer-like.js";
import {
  createInvoker,
  GZIP_PACKED_ID
} from "./invoker.js";
import {
  toGramjsBytes,
  readWithGramjsReader,
  fromGramjsObject,
  resolveWithGramjs,
  withTypedInvoke
} from "./gramjs.js";
import {
  BotApiError,
  BotApiNetworkError
} from "./bot-api-error.js";
import {
  checkRequired,
  checkChatId,
  checkUserId,
  checkString,
  checkInteger,
  checkBoolean,
  checkExclusive,
  unixSeconds
} from "./bot-api-checks.js";
import {
  BotMethod
} from "./bot-api-method.js";
import { BotApiClient } from "./bot-api-client.js";
import {
  PeerCache,
  withPeerCache,
  botApiPeerOf,
  botApiIdOf
} from "./bot-api-peers.js";
export {
  BotApiClient,
  BotApiError,
  BotApiNetworkError,
  BotMethod,
  GENERIC_RPC_ERRORS,
  GZIP_PACKED_ID,
  MAX_DEPTH,
  PeerCache,
  RPC_ERROR_ID,
  RpcError,
  TlDecodeError,
  TlEncodeError,
  TlReader,
  TlWriter,
  botApiIdOf,
  botApiPeerOf,
  checkBoolean,
  checkChatId,
  checkExclusive,
  checkInteger,
  checkRequired,
  checkString,
  checkUserId,
  createInvoker,
  decodeErrorWithin,
  decodeRpcError,
  decodeWith,
  derivedFlag,
  describe,
  encodeErrorWithin,
  encodeWith,
  fromGramjsObject,
  hex,
  isRpcErrorOf,
  notBoolean,
  notInUnion,
  parsePeerLike,
  parseRpcErrorMessage,
  partialGroup,
  readBoolItem,
  readBytesItem,
  readDoubleItem,
  readInt128Item,
  readInt256Item,
  readIntItem,
  readLongItem,
  readStringItem,
  readVector,
  readWithGramjsReader,
  resolvePeerFields,
  resolveWithGramjs,
  serializeRequest,
  serializeWith,
  toGramjsBytes,
  unixSeconds,
  withPeerCache,
  withTypedInvoke,
  writeBoolItem,
  writeBytesItem,
  writeDoubleItem,
  writeInt128Item,
  writeInt256Item,
  writeIntItem,
  writeLongItem,
  writeQuery,
  writeStringItem,
  writeVector
};
