/** A call ran past its `timeout`. `name` is "TimeoutError", as for `AbortSignal.timeout()`. */
export declare class InvokeTimeoutError extends Error {
  /** Always `TimeoutError`, so `e.name === "TimeoutError"` covers this and AbortSignal.timeout. */
  readonly name = "TimeoutError";
  /** The timeout that ran out, in milliseconds. */
  readonly timeout: number;
  /** The TL name of the request that timed out. */
  readonly request: string;
  constructor(request: string, timeout: number);
}
/** What an aborted signal rejects with: its reason, or an AbortError when it has none. */
export declare function abortReason(signal: AbortSignal): unknown;
/** Checks a timeout in milliseconds: 1 up to what a timer can hold (about 24.8 days). */
export declare function checkTimeout(timeout: number): number;
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
export declare function settledReason(request: string): DOMException;
/**
 * One signal for a call: aborted when `outer` aborts (with its reason), when `timeout`
 * milliseconds pass (with an InvokeTimeoutError), or on `settle()` (with settledReason).
 * Throws a RangeError for a bad timeout.
 */
export declare function callSignal(
  request: string,
  outer: AbortSignal | undefined,
  timeout: number | undefined,
): CallSignal;
/**
 * `promise`, or a rejection with the abort reason as soon as `signal` aborts, whichever comes
 * first. A late settlement of `promise` is swallowed: nothing resolves after an abort.
 */
export declare function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T>;
/** Waits `ms` milliseconds; rejects at once with the abort reason when `signal` aborts. */
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;
