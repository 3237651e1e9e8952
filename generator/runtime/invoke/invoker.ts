// Room runtime/invoke/: sending requests: the invoker, middleware, flood waits, cancellation,
// answers, rpc_error.
// Imports: runtime/peers/, runtime/wire/. Imported by: runtime/, runtime/bot-api/.
//
// createInvoker: a typed call over any transport. The transport sends a request body and returns
// the response body (the result of an rpc_result); the invoker resolves peer-like parameters
// (names through its resolver, ids and result objects through its peer cache), runs the call
// through its middleware (flood waits innermost), serializes, checks and unpacks the answer
// (gzip_packed, bounded), throws rpc_error answers as RpcError, and decodes the result with the
// request's own result type, whose users and chats then fill the peer cache. Every call can be
// cancelled (signal) or bounded (timeout).
import type { TlBody, TlRequest } from "../wire/tl-request.js";
import type { Read } from "../wire/codec.js";
import { bodyRequest } from "./body-request.js";
import { RPC_ERROR_ID, decodeRpcError, type GenericRpcError } from "./rpc-error.js";
import { resolvePeerFields, type PeerFields, type PeerKind, type PeerResolver } from "../peers/peer-like.js";
import { PeerCache } from "../peers/peer-cache.js";
import { inputFor } from "../peers/peer-input.js";
import { abortable, callSignal, checkTimeout, settledReason } from "./abort.js";
import { DEFAULT_MAX_UNPACKED_BYTES, checkReply, unpackAnswer } from "./answer.js";
import {
  composeMiddleware,
  type CallContext,
  type CallHandler,
  type InvokeOptions,
  type Middleware,
} from "./middleware.js";
import { floodWaiter, type FloodWait } from "./flood-wait.js";
import { describe } from "../wire/writer.js";

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
type Invocable<R> = TlRequest<R> & { readonly PEER_FIELDS?: PeerFields; readonly ERRORS?: readonly string[] };

/** The errors a request is known to throw, for typing `catch` blocks via isRpcErrorOf. */
export type ErrorsOf<T> = T extends { readonly ERRORS: readonly (infer E)[] } ? E | GenericRpcError : GenericRpcError;

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
export function createInvoker(transport: Transport, options: InvokerOptions = {}): Invoker {
  if (typeof transport !== "function")
    throw new TypeError(
      `createInvoker needs a transport: an async function (body, { signal }) => response bytes, got ${describe(transport)}`,
    );
  let resolver = options.resolver;
  const peers = options.peers ?? new PeerCache();
  // Duck-typed: a cache from another package's copy of this runtime serves as well.
  if (typeof peers?.remember !== "function" || typeof peers.inputOf !== "function")
    throw new TypeError(`peers must be a PeerCache, got ${describe(peers)}`);
  const resolve = (value: unknown, kind: PeerKind): unknown => {
    if (typeof value !== "string") return inputFor(value, kind, peers);
    if (!resolver)
      return Promise.reject(
        new TypeError(`"${value}" is a peer given by name (${kind}); give the invoker a resolver to look it up`),
      );
    return resolver.resolve(value, kind);
  };
  const maxUnpacked = options.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_BYTES;
  if (!(maxUnpacked >= 0)) throw new RangeError(`maxUnpackedBytes must be 0 or more, got ${String(maxUnpacked)}`);
  if (options.timeout !== undefined) checkTimeout(options.timeout);
  const floodWaits = floodWaiter({
    threshold: options.floodSleepThreshold,
    maxWaits: options.maxFloodWaits,
    onWait: options.onFloodWait,
  });
  const calls = new WeakMap<object, CallState>();
  const run = composeMiddleware(
    [...(options.middleware ?? []), floodWaits],
    exchangeOver(transport, maxUnpacked, calls),
  );
  const listeners = new Set<(result: unknown) => void>();
  return {
    peers,
    setResolver(next) {
      resolver = next;
    },
    onResult(listener) {
      const own = (result: unknown) => listener(result);
      listeners.add(own);
      return () => listeners.delete(own);
    },
    async invoke<R>(what: Invocable<R> | TlBody<R>, ...rest: [InvokeOptions?] | [Read<R>, InvokeOptions?]): Promise<R> {
      const request: Invocable<R> = what instanceof Uint8Array ? bodyRequest(what, rest[0] as Read<R>) : what;
      const call = ((what instanceof Uint8Array ? rest[1] : rest[0]) ?? {}) as InvokeOptions;
      if (typeof (request as { serialize?: unknown } | null)?.serialize !== "function")
        throw new TypeError(
          `invoke needs a request (new Api.messages.ExportChatInvite({ ... })), got ${describe(request)}`,
        );
      const { signal, dispose, settle } = callSignal(request.tlName, call.signal, call.timeout ?? options.timeout);
      const state: CallState = { settled: false, sending: 0 };
      try {
        const started = (async () => {
          const ready = await resolvePeerFields(request, request.PEER_FIELDS ?? [], resolve);
          signal.throwIfAborted();
          const ctx: CallContext<R> = {
            request: ready,
            signal,
            options: call,
            attempts: 0,
            bytesSent: 0,
            bytesReceived: 0,
          };
          calls.set(ctx, state);
          return run(ctx);
        })();
        const result = await abortable(started, signal);
        peers.remember(result);
        for (const listener of listeners) notify(listener, result);
        return result;
      } finally {
        // The call is over: a middleware's later next() sends nothing, and a transport still at
        // work for it (a second next() that lost a race) gets its signal aborted. The signal is
        // aborted only then, as aborting costs more than the rest of a call's bookkeeping.
        state.settled = true;
        if (state.sending > 0) settle();
        dispose();
      }
    },
  };
}

/** Where one call is: settled (nothing more may be sent), and how many transport calls are pending. */
interface CallState {
  settled: boolean;
  sending: number;
}

/** Hands a result to a listener; its error goes where an event listener's would, not to the caller. */
function notify(listener: (result: unknown) => void, result: unknown): void {
  try {
    listener(result);
  } catch (e) {
    const report = (globalThis as { reportError?: (error: unknown) => void }).reportError;
    if (typeof report === "function") report(e);
    else
      setTimeout(() => {
        throw e;
      }, 0);
  }
}

/** The innermost step: one exchange over the transport, its answer checked, unpacked and decoded. */
function exchangeOver(transport: Transport, maxUnpacked: number, calls: WeakMap<object, CallState>): CallHandler {
  return async function exchange<R>(ctx: CallContext<R>): Promise<R> {
    const state = calls.get(ctx);
    if (state?.settled) throw settledReason(ctx.request.tlName);
    ctx.signal.throwIfAborted();
    const body = ctx.request.serialize();
    ctx.attempts++;
    ctx.bytesSent += body.length;
    const sent = Promise.resolve(transport(body, { signal: ctx.signal }));
    if (state) {
      state.sending++;
      const done = () => void state.sending--;
      sent.then(done, done);
    }
    const reply = checkReply(await abortable(sent, ctx.signal), ctx.request.tlName);
    ctx.bytesReceived += reply.length;
    const answer = await abortable(unpackAnswer(reply, maxUnpacked), ctx.signal);
    if (
      answer.length >= 4 &&
      new DataView(answer.buffer, answer.byteOffset, answer.byteLength).getUint32(0, true) === RPC_ERROR_ID
    ) {
      throw decodeRpcError(answer);
    }
    return ctx.request.decodeResult(answer);
  };
}
