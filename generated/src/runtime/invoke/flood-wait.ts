// Flood waits: Telegram answers FLOOD_WAIT_X (also FLOOD_PREMIUM_WAIT_X, SLOWMODE_WAIT_X) when a
// client calls too often, meaning "try again in X seconds". A middleware that sleeps through
// waits at or below a threshold and retries, as GramJS's floodSleepThreshold and Telethon's
// flood_sleep_threshold do; longer waits, and waits past the retry bound, reach the caller as
// the RpcError itself (with `params.seconds`).
import { sleep as abortableSleep } from "./abort.js";
import type { Middleware } from "./middleware.js";
import { RpcError } from "./rpc-error.js";

/** The errors that mean "retry after `params.seconds`". */
export const FLOOD_WAIT_ERRORS: readonly string[] = ["FLOOD_WAIT_%d", "FLOOD_PREMIUM_WAIT_%d", "SLOWMODE_WAIT_%d"];

/**
 * Waits up to this many seconds are slept through by default: GramJS's and Telethon's default,
 * so code moved from either behaves the same. A caller with a deadline gives the call a
 * `timeout` or `signal`, which also cut a wait short.
 */
export const DEFAULT_FLOOD_SLEEP_THRESHOLD = 60;

/** How many flood waits one call sleeps through by default before the next one is thrown. */
export const DEFAULT_MAX_FLOOD_WAITS = 5;

/** One flood wait about to be slept, for logging. */
export interface FloodWait {
  /** The TL name of the request that is waiting. */
  request: string;
  /** How long it waits. */
  seconds: number;
  /** The error that asked for the wait. */
  error: RpcError;
  /** 1 for the first wait of this call, 2 for the second, ... */
  wait: number;
}

/** Options of floodWaiter (createInvoker takes the same as floodSleepThreshold, maxFloodWaits, onFloodWait). */
export interface FloodWaiterOptions {
  /** Waits up to this many seconds are slept and retried; longer ones are thrown. Default 60. */
  threshold?: number;
  /** How many waits one call sleeps through; the next one is thrown. Default 5. */
  maxWaits?: number;
  /** Called before each sleep. */
  onWait?: (wait: FloodWait) => void;
  /** How to sleep (default: timers); must reject when the signal aborts. For tests and custom clocks. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** The seconds a flood-wait error asks for, or null for any other error. */
export function floodWaitSeconds(error: unknown): number | null {
  if (!(error instanceof RpcError) || !FLOOD_WAIT_ERRORS.includes(error.type)) return null;
  return error.params.seconds ?? null;
}

/** Checks a threshold in seconds (0 and up; Infinity sleeps through every wait, up to the bound). */
export function checkFloodSleepThreshold(value: number): number {
  if (typeof value !== "number" || !(value >= 0))
    throw new RangeError(`floodSleepThreshold must be a number of seconds, 0 or more; got ${String(value)}`);
  return value;
}

function checkMaxWaits(value: number): number {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`maxFloodWaits must be a whole number, 0 or more; got ${String(value)}`);
  return value;
}

/**
 * The middleware that sleeps through flood waits. A call's own `floodSleepThreshold` option
 * overrides the threshold given here.
 */
export function floodWaiter(options: FloodWaiterOptions = {}): Middleware {
  const threshold = checkFloodSleepThreshold(options.threshold ?? DEFAULT_FLOOD_SLEEP_THRESHOLD);
  const maxWaits = checkMaxWaits(options.maxWaits ?? DEFAULT_MAX_FLOOD_WAITS);
  const sleep = options.sleep ?? abortableSleep;
  return async function floodWaits(ctx, next) {
    const own = ctx.options.floodSleepThreshold;
    const limit = own === undefined ? threshold : checkFloodSleepThreshold(own);
    for (let wait = 1; ; wait++) {
      try {
        return await next();
      } catch (e) {
        const seconds = floodWaitSeconds(e);
        if (seconds === null || seconds > limit || wait > maxWaits) throw e;
        options.onWait?.({ request: ctx.request.tlName, seconds, error: e as RpcError, wait });
        await sleep(seconds * 1000, ctx.signal);
      }
    }
  };
}
