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
  isRpcErrorOf,
  MAX_RPC_ERROR_PARAM
} from "./rpc-error.js";
import {
  parsePeerLike,
  resolvePeerFields
} from "./peer-like.js";
import {
  createInvoker
} from "./invoker.js";
import {
  GZIP_PACKED_ID,
  DEFAULT_MAX_UNPACKED_BYTES,
  MAX_GZIP_NESTING,
  TransportReplyError,
  checkReply,
  unpackAnswer
} from "./answer.js";
import {
  InvokeTimeoutError,
  abortable,
  abortReason,
  callSignal,
  checkTimeout,
  sleep
} from "./abort.js";
import { composeMiddleware } from "./middleware.js";
import {
  floodWaiter,
  floodWaitSeconds,
  checkFloodSleepThreshold,
  FLOOD_WAIT_ERRORS,
  DEFAULT_FLOOD_SLEEP_THRESHOLD,
  DEFAULT_MAX_FLOOD_WAITS
} from "./flood-wait.js";
import {
  GramjsLayerError,
  GRAMJS_GENERATE_COMMAND,
  checkGramjsLayer,
  declareGramjsLayer,
  gramjsLayerOf
} from "./gramjs-layer.js";
import {
  toGramjsBytes,
  readWithGramjsReader,
  fromGramjsObject,
  resolveWithGramjs,
  withTypedInvoke
} from "./gramjs.js";
import {
  BotApiError,
  checkRequired,
  checkString,
  checkInteger,
  checkBoolean,
  checkExclusive,
  futureUnixSeconds
} from "./bot-api-checks.js";
export {
  BotApiError,
  DEFAULT_FLOOD_SLEEP_THRESHOLD,
  DEFAULT_MAX_FLOOD_WAITS,
  DEFAULT_MAX_UNPACKED_BYTES,
  FLOOD_WAIT_ERRORS,
  GENERIC_RPC_ERRORS,
  GRAMJS_GENERATE_COMMAND,
  GZIP_PACKED_ID,
  GramjsLayerError,
  InvokeTimeoutError,
  MAX_DEPTH,
  MAX_GZIP_NESTING,
  MAX_RPC_ERROR_PARAM,
  RPC_ERROR_ID,
  RpcError,
  TlDecodeError,
  TlEncodeError,
  TlReader,
  TlWriter,
  TransportReplyError,
  abortReason,
  abortable,
  callSignal,
  checkBoolean,
  checkExclusive,
  checkFloodSleepThreshold,
  checkGramjsLayer,
  checkInteger,
  checkReply,
  checkRequired,
  checkString,
  checkTimeout,
  composeMiddleware,
  createInvoker,
  declareGramjsLayer,
  decodeErrorWithin,
  decodeRpcError,
  decodeWith,
  derivedFlag,
  describe,
  encodeErrorWithin,
  encodeWith,
  floodWaitSeconds,
  floodWaiter,
  fromGramjsObject,
  futureUnixSeconds,
  gramjsLayerOf,
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
  sleep,
  toGramjsBytes,
  unpackAnswer,
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
