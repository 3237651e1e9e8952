import type { Middleware } from "./middleware.js";
import { RpcError } from "./rpc-error.js";
/** The errors that mean "retry after `params.seconds`". */
export declare const FLOOD_WAIT_ERRORS: readonly string[];
/**
 * Waits up to this many seconds are slept through by default: GramJS's and Telethon's default,
 * so code moved from either behaves the same. A caller with a deadline gives the call a
 * `timeout` or `signal`, which also cut a wait short.
 */
export declare const DEFAULT_FLOOD_SLEEP_THRESHOLD = 60;
/** How many flood waits one call sleeps through by default before the next one is thrown. */
export declare const DEFAULT_MAX_FLOOD_WAITS = 5;
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
export declare function floodWaitSeconds(error: unknown): number | null;
/** Checks a threshold in seconds (0 and up; Infinity sleeps through every wait, up to the bound). */
export declare function checkFloodSleepThreshold(value: number): number;
/**
 * The middleware that sleeps through flood waits. A call's own `floodSleepThreshold` option
 * overrides the threshold given here.
 */
export declare function floodWaiter(options?: FloodWaiterOptions): Middleware;
