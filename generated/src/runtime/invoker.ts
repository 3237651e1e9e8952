// createInvoker: a typed call over any transport. The transport sends a request body and returns
// the response body (the result of an rpc_result); the invoker resolves peer-like parameters,
// serializes, unpacks gzip_packed answers, throws rpc_error answers as RpcError, and decodes the
// result with the request's own result type.
import type { TlRequest } from "./request.js";
import { RPC_ERROR_ID, decodeRpcError, type GenericRpcError } from "./rpc-error.js";
import { TlDecodeError } from "./errors.js";
import { TlReader } from "./reader.js";
import { resolvePeerFields, type PeerFields, type PeerResolver } from "./peer-like.js";

/** Sends one request body and returns the response body. */
export type Transport = (body: Uint8Array) => Promise<Uint8Array>;

/** The constructor id of gzip_packed (an answer compressed by the server). */
export const GZIP_PACKED_ID = 0x3072cfa1;

/** Options of createInvoker. */
export interface InvokerOptions {
  /** Turns "@username", "me" and t.me links into input peers; without it such values are an error. */
  resolver?: PeerResolver;
}

/** A request as the invoker sees it: typed result, optional peer fields and error list. */
type Invocable<R> = TlRequest<R> & { readonly PEER_FIELDS?: PeerFields; readonly ERRORS?: readonly string[] };

/** The errors a request is known to throw, for typing `catch` blocks via isRpcErrorOf. */
export type ErrorsOf<T> = T extends { readonly ERRORS: readonly (infer E)[] } ? E | GenericRpcError : GenericRpcError;

/** Sends requests over a transport and decodes their results. */
export interface Invoker {
  /** Sends a request and resolves to its result; rejects with RpcError, TlEncodeError or TlDecodeError. */
  invoke<R>(request: Invocable<R>): Promise<R>;
  /** Replaces the resolver (for one created after the invoker, like the default username resolver). */
  setResolver(resolver: PeerResolver): void;
}

/** An invoker over `transport` (see Transport). */
export function createInvoker(transport: Transport, options: InvokerOptions = {}): Invoker {
  let resolver = options.resolver;
  const resolve = (value: string, kind: string): Promise<object> => {
    if (!resolver)
      return Promise.reject(
        new TypeError(`"${value}" is a peer given by name (${kind}); give the invoker a resolver to look it up`),
      );
    return resolver.resolve(value, kind as never);
  };
  return {
    setResolver(next) {
      resolver = next;
    },
    async invoke<R>(request: Invocable<R>): Promise<R> {
      const ready = await resolvePeerFields(request, request.PEER_FIELDS ?? [], resolve);
      const answer = await unpack(await transport(ready.serialize()));
      if (
        answer.length >= 4 &&
        new DataView(answer.buffer, answer.byteOffset, answer.byteLength).getUint32(0, true) === RPC_ERROR_ID
      ) {
        throw decodeRpcError(answer);
      }
      return ready.decodeResult(answer);
    },
  };
}

/** gzip_packed#3072cfa1 packed_data:bytes: the platform's decompression, Node or browser. */
async function unpack(body: Uint8Array): Promise<Uint8Array> {
  if (
    body.length < 4 ||
    new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0, true) !== GZIP_PACKED_ID
  )
    return body;
  const r = new TlReader(body, 4);
  const packed = r.bytesValue();
  r.end();
  return gunzip(packed);
}

async function gunzip(data: Uint8Array): Promise<Uint8Array> {
  if (typeof DecompressionStream === "function") {
    const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("gzip"));
    try {
      return new Uint8Array(await new Response(stream).arrayBuffer());
    } catch (e) {
      throw new TlDecodeError(`gzip_packed data does not decompress (${(e as Error).message})`, 4, "gzip data");
    }
  }
  throw new TlDecodeError("gzip_packed answer, but this platform has no DecompressionStream", 0, "an unpacked answer");
}
