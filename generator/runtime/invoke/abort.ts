// Cancellation for calls: one signal per call that combines the caller's AbortSignal with the
// call's timeout, promises and sleeps that reject as soon as it fires, and the timeout error.
// Rejections follow fetch: an aborted call rejects with `signal.reason` (a DOMException named
// AbortError for a plain `controller.abort()`, TimeoutError for `AbortSignal.timeout(ms)`).

/** A call ran past its `timeout`. `name` is "TimeoutError", as for `AbortSignal.timeout()`. */
export class InvokeTimeoutError extends Error {
  /** Always `TimeoutError`, so `e.name === "TimeoutError"` covers this and AbortSignal.timeout. */
  override readonly name = "TimeoutError";
  /** The timeout that ran out, in milliseconds. */
  readonly timeout: number;
  /** The TL name of the request that timed out. */
  readonly request: string;

  constructor(request: string, timeout: number) {
    super(`${request} got no answer within ${timeout} ms`);
    this.request = request;
    this.timeout = timeout;
  }
}

/** What an aborted signal rejects with: its reason, or an AbortError when it has none. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

/** Checks a timeout in milliseconds: 1 up to what a timer can hold (about 24.8 days). */
export function checkTimeout(timeout: number): number {
  if (!(timeout >= 1 && timeout <= 2 ** 31 - 1))
    throw new RangeError(`timeout must be a number of milliseconds from 1 to ${2 ** 31 - 1}, got ${String(timeout)}`);
  return timeout;
}

/** The signal of one call, and `dispose()` to drop its timer and listeners when it settles. */
export interface CallSignal {
  /** Aborts when the caller's signal does, when the timeout passes, or on `settle()`. */
  readonly signal: AbortSignal;
  /** Clears the timer and the listener on the caller's signal. */
  dispose(): void;
  /** Aborts the signal (unless it already is) because the call settled while work holding it still runs. */
  settle(): void;
}

/** The reason a call's signal aborts with once the call has settled. */
export function settledReason(request: string): DOMException {
  return new DOMException(`${request} has already settled: nothing more is sent for it`, "AbortError");
}

/**
 * One signal for a call: aborted when `outer` aborts (with its reason), when `timeout`
 * milliseconds pass (with an InvokeTimeoutError), or on `settle()` (with settledReason).
 * Throws a RangeError for a bad timeout.
 */
export function callSignal(request: string, outer: AbortSignal | undefined, timeout: number | undefined): CallSignal {
  if (timeout !== undefined) checkTimeout(timeout);
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(abortReason(outer!));
  if (outer?.aborted) onAbort();
  else outer?.addEventListener("abort", onAbort, { once: true });
  const timer =
    timeout === undefined
      ? undefined
      : setTimeout(() => controller.abort(new InvokeTimeoutError(request, timeout)), timeout);
  return {
    signal: controller.signal,
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      outer?.removeEventListener("abort", onAbort);
    },
    settle() {
      if (!controller.signal.aborted) controller.abort(settledReason(request));
    },
  };
}

/**
 * `promise`, or a rejection with the abort reason as soon as `signal` aborts, whichever comes
 * first. A late settlement of `promise` is swallowed: nothing resolves after an abort.
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(abortReason(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        if (signal.aborted) reject(abortReason(signal));
        else resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(signal.aborted ? abortReason(signal) : error);
      },
    );
  });
}

// setTimeout fires at once for delays past 2^31 - 1 ms (about 24.8 days): longer waits are chained.
const MAX_TIMER = 2 ** 31 - 1;

/** Waits `ms` milliseconds; rejects at once with the abort reason when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  return new Promise<void>((resolve, reject) => {
    let left = Math.max(0, ms);
    let timer: ReturnType<typeof setTimeout>;
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const wait = (): void => {
      const step = Math.min(left, MAX_TIMER);
      left -= step;
      timer = setTimeout(() => {
        if (left > 0) return wait();
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, step);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    wait();
  });
}
