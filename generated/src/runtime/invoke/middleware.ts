// Middleware: steps around each call an invoker makes, for logging, metrics and retry policies.
// A middleware gets the call's context and `next`, which runs the rest of the chain and finally
// the transport and resolves to the decoded result (or rejects with RpcError, TlDecodeError,
// an abort reason, ...). It may call `next` once, not at all (a cached answer), or again (a
// retry). The invoker's flood waits are one such step, innermost by default.
import type { TlRequest } from "../wire/tl-request.js";

/** Options of one call. */
export interface InvokeOptions {
  /**
   * Cancels the call: it rejects at once with `signal.reason`, as fetch does (a DOMException
   * named AbortError for `controller.abort()`), during a flood-wait sleep too.
   */
  signal?: AbortSignal;
  /**
   * Milliseconds the whole call may take, flood-wait sleeps included; past it the call rejects
   * with InvokeTimeoutError (name "TimeoutError") and the transport's signal aborts.
   */
  timeout?: number;
  /** This call's flood-wait threshold in seconds, instead of the invoker's. */
  floodSleepThreshold?: number;
}

/** What a middleware sees of one call. */
export interface CallContext<R = unknown> {
  /** The request being sent, its peer-like parameters already resolved. */
  readonly request: TlRequest<R>;
  /** Aborts when the caller's signal aborts or the call's timeout passes: hand it to anything that waits. */
  readonly signal: AbortSignal;
  /** The options this call was invoked with. */
  readonly options: InvokeOptions;
  /** How many times the transport has been called for this call so far (retries count). */
  attempts: number;
  /** Bytes handed to the transport so far (request bodies, retries included). */
  bytesSent: number;
  /** Bytes the transport answered so far, before unpacking gzip_packed. */
  bytesReceived: number;
}

/** Runs the rest of the chain (finally the transport) and resolves to the decoded result. */
export type Next<R> = () => Promise<R>;

/**
 * A step around each call. Typed for every request at once: whatever it returns must be what
 * `next()` resolves to (or a value of the same result type).
 *
 * ```ts
 * const log: Middleware = async (ctx, next) => {
 *   const started = Date.now();
 *   try {
 *     return await next();
 *   } finally {
 *     console.log(`${ctx.request.tlName}: ${Date.now() - started} ms, ${ctx.attempts} attempt(s)`);
 *   }
 * };
 * ```
 */
export type Middleware = <R>(ctx: CallContext<R>, next: Next<R>) => Promise<R>;

/** A call from its context to its result: a chain of middleware around the transport. */
export type CallHandler = <R>(ctx: CallContext<R>) => Promise<R>;

/**
 * `core` wrapped in `middleware`, the first one outermost: it sees the call first and its
 * result last. Each `next()` starts the rest of the chain afresh, so calling it again retries.
 */
export function composeMiddleware(middleware: readonly Middleware[], core: CallHandler): CallHandler {
  const chain = [...middleware];
  return function run<R>(ctx: CallContext<R>): Promise<R> {
    const step = (i: number): Promise<R> => {
      try {
        return i === chain.length ? core(ctx) : chain[i](ctx, () => step(i + 1));
      } catch (e) {
        return Promise.reject(e);
      }
    };
    return step(0);
  };
}
