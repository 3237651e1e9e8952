import type { TlBody, TlRequest } from "../wire/tl-request.js";
import type { Read } from "../wire/codec.js";
import { type GenericRpcError } from "./rpc-error.js";
import { type PeerFields, type PeerResolver } from "../peers/peer-like.js";
import { PeerCache } from "../peers/peer-cache.js";
import { type InvokeOptions, type Middleware } from "./middleware.js";
import { type FloodWait } from "./flood-wait.js";
/** What the invoker hands the transport with each body. */
export interface TransportOptions {
  /** Aborts when the call is cancelled or times out: drop the call then (e.g. pass it to fetch). */
  signal: AbortSignal;
}
/**
 * Sends one request body and returns the response body. The second argument is optional to
 * use: `(body) => send(body)` is a transport too.
 */
export type Transport = (body: Uint8Array, options: TransportOptions) => Promise<Uint8Array>;
/** Options of createInvoker. */
export interface InvokerOptions {
  /** Turns "@username", "me" and t.me links into input peers; without it such values are an error. */
  resolver?: PeerResolver;
  /**
   * Where access hashes come from for peers given by id, as a Peer, or as a result's user or
   * chat; every decoded result fills it. Default: a new PeerCache. Pass one to share it, to
   * bound it differently, or to start from one a session saved (PeerCache.fromJSON).
   */
  peers?: PeerCache;
  /**
   * Flood waits (FLOOD_WAIT_X, FLOOD_PREMIUM_WAIT_X, SLOWMODE_WAIT_X) of up to this many seconds
   * are slept through and the call retried; longer ones are thrown as the RpcError. GramJS's
   * name and meaning; default 60, as in GramJS and Telethon. 0 throws every wait but FLOOD_WAIT_0.
   */
  floodSleepThreshold?: number;
  /** How many flood waits one call sleeps through before the next one is thrown. Default 5. */
  maxFloodWaits?: number;
  /** Called before each flood-wait sleep (for logging). */
  onFloodWait?: (wait: FloodWait) => void;
  /** Steps around each call, the first outermost (see Middleware). Flood waits run inside them. */
  middleware?: readonly Middleware[];
  /** The default timeout of each call in milliseconds (see InvokeOptions.timeout). None by default. */
  timeout?: number;
  /** The most bytes a gzip_packed answer may inflate to; past it the call fails. Default 16 MiB. */
  maxUnpackedBytes?: number;
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
  /**
   * Sends a request and resolves to its result. Rejects with RpcError, TlEncodeError,
   * TlDecodeError, TransportReplyError, InvokeTimeoutError, or the signal's abort reason; with a
   * TypeError for what is not a request, or a peer given by name to an invoker without a resolver;
   * with UnknownPeerError for a peer whose access hash the peer cache does not hold (nothing sent).
   */
  invoke<R>(request: Invocable<R>, options?: InvokeOptions): Promise<R>;
  /**
   * Sends a body a method's size-first function made (`exportChatInvite({ ... })`) and reads its
   * result with `read` (`readExportChatInviteResult`), typed by both. Rejects as above.
   */
  invoke<R>(body: TlBody<R>, read: Read<R>, options?: InvokeOptions): Promise<R>;
  /** The peer cache: every decoded result fills it, and ids and Peers are sent through it. */
  readonly peers: PeerCache;
  /** Replaces the resolver (for one created after the invoker, like the default username resolver). */
  setResolver(resolver: PeerResolver): void;
  /**
   * Calls `listener` with every decoded result, the resolver's own lookups included (withPeerCache
   * fills its cache this way). Returns a function that stops it. A listener that throws does not
   * change the call's result: its error is reported as an event listener's is (reportError where
   * the platform has it, else an uncaught exception on a later tick).
   */
  onResult(listener: (result: unknown) => void): () => void;
}
/** An invoker over `transport` (see Transport). Throws a RangeError for an option out of range. */
export declare function createInvoker(transport: Transport, options?: InvokerOptions): Invoker;
export {};
