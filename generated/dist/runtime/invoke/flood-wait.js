import { sleep as abortableSleep } from "./abort.js";
import { RpcError } from "./rpc-error.js";
const FLOOD_WAIT_ERRORS = ["FLOOD_WAIT_%d", "FLOOD_PREMIUM_WAIT_%d", "SLOWMODE_WAIT_%d"];
const DEFAULT_FLOOD_SLEEP_THRESHOLD = 60;
const DEFAULT_MAX_FLOOD_WAITS = 5;
function floodWaitSeconds(error) {
  if (!(error instanceof RpcError) || !FLOOD_WAIT_ERRORS.includes(error.type)) return null;
  return error.params.seconds ?? null;
}
function checkFloodSleepThreshold(value) {
  if (typeof value !== "number" || !(value >= 0))
    throw new RangeError(`floodSleepThreshold must be a number of seconds, 0 or more; got ${String(value)}`);
  return value;
}
function checkMaxWaits(value) {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`maxFloodWaits must be a whole number, 0 or more; got ${String(value)}`);
  return value;
}
function floodWaiter(options = {}) {
  const threshold = checkFloodSleepThreshold(options.threshold ?? DEFAULT_FLOOD_SLEEP_THRESHOLD);
  const maxWaits = checkMaxWaits(options.maxWaits ?? DEFAULT_MAX_FLOOD_WAITS);
  const sleep = options.sleep ?? abortableSleep;
  return async function floodWaits(ctx, next) {
    const own = ctx.options.floodSleepThreshold;
    const limit = own === void 0 ? threshold : checkFloodSleepThreshold(own);
    for (let wait = 1; ; wait++) {
      try {
        return await next();
      } catch (e) {
        const seconds = floodWaitSeconds(e);
        if (seconds === null || seconds > limit || wait > maxWaits) throw e;
        options.onWait?.({ request: ctx.request.tlName, seconds, error: e, wait });
        await sleep(seconds * 1e3, ctx.signal);
      }
    }
  };
}
export {
  DEFAULT_FLOOD_SLEEP_THRESHOLD,
  DEFAULT_MAX_FLOOD_WAITS,
  FLOOD_WAIT_ERRORS,
  checkFloodSleepThreshold,
  floodWaitSeconds,
  floodWaiter
};
