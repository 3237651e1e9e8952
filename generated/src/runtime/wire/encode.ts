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

// Outputs of 65 bytes to 4 KiB are carved from pooled slabs, as Node's Buffer.allocUnsafe does:
// on Node an ArrayBuffer past 64 bytes is allocated off the heap, which costs more than encoding
// a whole small request (measured: exportChatInvite, 68 bytes, 300 ns pooled and 600 ns on its
// own). Up to 64 bytes V8 allocates on the heap, and memory of its own is cheaper than the copy
// into a slab (importChatInvite: 150 ns against 180), so those outputs share nothing.
// serialize({ copy: true }) gives memory of its own at any size. A slab whose buffer was
// transferred (detached) is replaced, never written.
const SLAB_SIZE = 64 * 1024;
const MIN_POOLED = 65;
const MAX_POOLED = 4 * 1024;
let slab = new Uint8Array(0);
let slabPos = 0;

/** Options of the encoders that return bytes. */
export interface EncodeOptions {
  /** Memory of its own (a copy) instead of a view into a pooled slab. */
  copy?: boolean;
}

/**
 * Encodes one value with a writer function into exactly its bytes: from 65 bytes to 4 KiB a view
 * into a pooled slab (see above), else, or with `copy`, memory of its own. `root` names the value at the start of an
 * error's path (default: its TL name). Never returns partial output.
 */
export function encodeWith<T>(write: Write<T>, value: T, root?: string, options?: EncodeOptions): Uint8Array {
  if (typeof write !== "function")
    throw new TypeError(
      `encodeWith needs a writer function (writeTypeX from the package's codecs), got ${typeof write}`,
    );
  const v = prototypeIsClean() ? value : ownCopy(value);
  enter(v);
  const w = takeWriter();
  try {
    write(w, v);
    return output(w, options?.copy === true);
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

function output(w: TlWriter, copy: boolean): Uint8Array {
  const n = w.pos;
  if (copy || n < MIN_POOLED || n > MAX_POOLED) return w.buf.slice(0, n);
  if (slab.byteLength - slabPos < n) {
    slab = new Uint8Array(SLAB_SIZE);
    slabPos = 0;
  }
  slab.set(w.buf.subarray(0, n), slabPos);
  const out = slab.subarray(slabPos, slabPos + n);
  slabPos = (slabPos + n + 7) & ~7;
  return out;
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
