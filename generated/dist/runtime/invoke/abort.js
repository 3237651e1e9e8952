class InvokeTimeoutError extends Error {
  /** Always `TimeoutError`, so `e.name === "TimeoutError"` covers this and AbortSignal.timeout. */
  name = "TimeoutError";
  /** The timeout that ran out, in milliseconds. */
  timeout;
  /** The TL name of the request that timed out. */
  request;
  constructor(request, timeout) {
    super(`${request} got no answer within ${timeout} ms`);
    this.request = request;
    this.timeout = timeout;
  }
}
function abortReason(signal) {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}
function checkTimeout(timeout) {
  if (!(timeout >= 1 && timeout <= 2 ** 31 - 1))
    throw new RangeError(`timeout must be a number of milliseconds from 1 to ${2 ** 31 - 1}, got ${String(timeout)}`);
  return timeout;
}
function settledReason(request) {
  return new DOMException(`${request} has already settled: nothing more is sent for it`, "AbortError");
}
function callSignal(request, outer, timeout) {
  if (timeout !== void 0) checkTimeout(timeout);
  const controller = new AbortController();
  const onAbort = () => controller.abort(abortReason(outer));
  if (outer?.aborted) onAbort();
  else outer?.addEventListener("abort", onAbort, { once: true });
  const timer = timeout === void 0 ? void 0 : setTimeout(() => controller.abort(new InvokeTimeoutError(request, timeout)), timeout);
  return {
    signal: controller.signal,
    dispose() {
      if (timer !== void 0) clearTimeout(timer);
      outer?.removeEventListener("abort", onAbort);
    },
    settle() {
      if (!controller.signal.aborted) controller.abort(settledReason(request));
    }
  };
}
function abortable(promise, signal) {
  if (signal.aborted) {
    promise.catch(() => {
    });
    return Promise.reject(abortReason(signal));
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        if (signal.aborted) reject(abortReason(signal));
        else resolve(value);
      },
      (error) => {
        signal.removeEventListener("abort", onAbort);
        reject(signal.aborted ? abortReason(signal) : error);
      }
    );
  });
}
const MAX_TIMER = 2 ** 31 - 1;
function sleep(ms, signal) {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  return new Promise((resolve, reject) => {
    let left = Math.max(0, ms);
    let timer;
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal));
    };
    const wait = () => {
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
export {
  InvokeTimeoutError,
  abortReason,
  abortable,
  callSignal,
  checkTimeout,
  settledReason,
  sleep
};
