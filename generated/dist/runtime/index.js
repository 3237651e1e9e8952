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
  createInvoker,
  GZIP_PACKED_ID
} from "./invoker.js";
import {
  withTypedInvoke,
  fromGramjsObject
} from "./gramjs.js";
import { BotApiError } from "./bot-api-checks.js";
import { LAYER } from "./layer.js";
export {
  BotApiError,
  GENERIC_RPC_ERRORS,
  GZIP_PACKED_ID,
  LAYER,
  MAX_DEPTH,
  RPC_ERROR_ID,
  RpcError,
  TlDecodeError,
  TlEncodeError,
  TlReader,
  TlRequestBase,
  TlWriter,
  createInvoker,
  decodeRpcError,
  decodeWith,
  encodeWith,
  fromGramjsObject,
  isRpcErrorOf,
  parsePeerLike,
  parseRpcErrorMessage,
  withTypedInvoke
};
