// The entry points of encoding: a value (or a request) into bytes of its own, or into a writer
// the caller reuses. Both check for a polluted Object.prototype first, trace a failure for its
// path, and never return or leave partial output.
import { TlEncodeError } from "./errors.js";
import { TlWriter } from "./writer.js";
import { traceEncode } from "./trace.js";
import { ownCopy, prototypeIsClean } from "./own-values.js";
import type { Write } from "./codec.js";

// One writer reused by every top-level encode; a nested one (a serialize() run from inside
// another encode: a query's encodeTo, a getter) gets a writer of its own, so they never mix.
let scratch: TlWriter | null = null;
let scratchBusy = false;
const MAX_KEPT = 1 << 20;

// Encodes running now, nested ones included: a value whose encodeTo serializes the value itself
// recurses through fresh writers, which one writer's depth limit never sees. And whether a
// failure is being traced: a nested encode failing inside the trace leaves the path to it, so a
// failure below many nested encodes is traced once per level, not 2^levels times.
const MAX_NESTED = 64;
let running = 0;
let tracing = false;

// Every output has memory of its own, never a view into memory shared with other outputs:
// requests carry phone numbers, login codes and message text, and a view into a shared slab
// carried all of its neighbours along (`structuredClone`, `postMessage`, `output.buffer`). That
// costs an allocation per output, about 200 ns on Node for one past 64 bytes (V8 keeps those
// off its heap): bench/serialize-memory.ts measured exportChatInvite (68 bytes) at 510 ns on its
// own against 290 ns carved from a pooled slab, with mtcute at 1.28 us and GramJS at 21.6 us.
// No slab can be shared without sharing its bytes (a view always reaches its whole buffer), so
// speed was given up here; a caller who needs no allocation writes into a writer it reuses
// (encodeTo).

/** Options of the encoders that return bytes. */
export interface EncodeOptions {
  /**
   * Memory of its own: what every output now has. Kept so that code passing it still compiles
   * and means what it meant; it changes nothing.
   */
  copy?: boolean;
}

/**
 * Encodes one value with a writer function into exactly its bytes, in memory of their own (see
 * above). `root` names the value at the start of an error's path (default: its TL name). Never
 * returns partial output.
 */
export function encodeWith<T>(write: Write<T>, value: T, root?: string, options?: EncodeOptions): Uint8Array {
  void options; // `copy` is what every output gets
  if (typeof write !== "function")
    throw new TypeError(
      `encodeWith needs a writer function (writeTypeX from the package's codecs), got ${typeof write}`,
    );
  const v = prototypeIsClean() ? value : ownCopy(value);
  enter(v);
  const w = takeWriter();
  try {
    write(w, v);
    return w.buf.slice(0, w.pos);
  } catch (e) {
    throw traced(e, write, v, root);
  } finally {
    running--;
    giveBack(w);
  }
}

function enter(value: unknown): void {
  if (running >= MAX_NESTED) {
    throw new TlEncodeError(
      `encodes nest deeper than ${MAX_NESTED} levels (a value whose encodeTo serializes itself?)`,
    ).about(value);
  }
  running++;
}

function traced<T>(error: unknown, write: Write<T>, value: T, root: string | undefined): unknown {
  if (tracing) return error;
  tracing = true;
  try {
    return traceEncode(error, write, value, root ?? nameOf(value));
  } finally {
    tracing = false;
  }
}

function takeWriter(): TlWriter {
  if (scratchBusy) return new TlWriter(256);
  scratchBusy = true;
  if (scratch === null) scratch = new TlWriter(1024);
  else scratch.reset();
  return scratch;
}

function giveBack(w: TlWriter): void {
  if (w !== scratch) return;
  scratchBusy = false;
  // A huge value grew the scratch buffer: let it go rather than keep it for the process's life.
  if (w.buf.length > MAX_KEPT) scratch = null;
}

/**
 * Encodes one value into `w` at its position. On failure the writer is rolled back to where it
 * was, so a reused writer only ever holds the values that were written whole. `root` names the
 * value in errors (default: its TL name).
 */
export function encodeInto<T>(w: TlWriter, write: Write<T>, value: T, root?: string): void {
  // Inside a traced run of an outer value, the outer trace names the path.
  if (w.tracing) return write(w, value);
  const v = prototypeIsClean() ? value : ownCopy(value);
  const start = w.pos;
  const depth = w.depth;
  enter(v);
  try {
    write(w, v);
  } catch (e) {
    w.pos = start;
    w.depth = depth;
    throw traced(e, write, v, root);
  } finally {
    running--;
  }
}

function nameOf(value: unknown): string {
  const v = value as { tlName?: unknown; _?: unknown } | null;
  return typeof v?.tlName === "string" ? v.tlName : typeof v?._ === "string" ? v._ : "";
}
