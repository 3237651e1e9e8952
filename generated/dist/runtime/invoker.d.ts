import type { TlRequest } from "./request.js";
import { type GenericRpcError } from "./rpc-error.js";
import { type PeerFields, type PeerResolver } from "./peer-like.js";
/** Sends one request body and returns the response body. */
export type Transport = (body: Uint8Array) => Promise<Uint8Array>;
/** The constructor id of gzip_packed (an answer compressed by the server). */
export declare const GZIP_PACKED_ID = 812830625;
/** Options of createInvoker. */
export interface InvokerOptions {
  /** Turns "@username", "me" and t.me links into input peers; without it such values are an error. */
  resolver?: PeerResolver;
}
/** A request as the invoker sees it: typed result, optional peer fields and error list. */
type Invocable<R> = TlRequest<R> & {
  readonly PEER_FIELDS?: PeerFields;
  readonly ERRORS?: readonly string[];
};
/** The errors a request is known to throw, for typing `catch` blocks via isRpcErrorOf. */
export type ErrorsOf<T> = T extends {
  readonly ERRORS: readonly (infer E)[];
}
  ? E | GenericRpcError
  : GenericRpcError;
/** Sends requests over a transport and decodes their results. */
export interface Invoker {
  /** Sends a request and resolves to its result; rejects with RpcError, TlEncodeError or TlDecodeError. */
  invoke<R>(request: Invocable<R>): Promise<R>;
  /** Replaces the resolver (for one created after the invoker, like the default username resolver). */
  setResolver(resolver: PeerResolver): void;
}
/** An invoker over `transport` (see Transport). */
export declare function createInvoker(transport: Transport, options?: InvokerOptions): Invoker;
export {};
