// The entry points of encoding: a value (or a request) into bytes of its own, or into a writer
// the caller reuses. Both check for a polluted Object.prototype first, trace a failure for its
// path, and never return or leave partial output.
import { TlWriter } from "./writer.js";
import { traceEncode } from "./trace.js";
import { ownCopy, prototypeIsClean } from "./own-values.js";
import type { Write } from "./codec.js";

// One writer reused by every top-level encode; a nested one (a serialize() run from inside
// another encode: a query's encodeTo, a getter) gets a writer of its own, so they never mix.
let scratch: TlWriter | null = null;
let scratchBusy = false;
const MAX_KEPT = 1 << 20;

/**
 * Encodes one value with a writer function into exactly its bytes, in memory of their own (not a
 * view into a shared buffer: it can be kept, transferred or handed on). `root` names the value
 * at the start of an error's path.
 */
export function encodeWith<T>(write: Write<T>, value: T, root: string): Uint8Array {
  if (typeof write !== "function")
    throw new TypeError(
      `encodeWith needs a writer function (writeTypeX from the package's codecs), got ${typeof write}`,
    );
  const v = prototypeIsClean() ? value : ownCopy(value);
  const w = takeWriter();
  try {
    write(w, v);
    return w.buf.slice(0, w.pos);
  } catch (e) {
    throw traceEncode(e, write, v, root);
  } finally {
    giveBack(w);
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
 * was, so a reused writer only ever holds the values that were written whole.
 */
export function encodeInto<T>(w: TlWriter, write: Write<T>, value: T, root: string): void {
  // Inside a traced run of an outer value, the outer trace names the path.
  if (w.tracing) return write(w, value);
  const v = prototypeIsClean() ? value : ownCopy(value);
  const start = w.pos;
  const depth = w.depth;
  try {
    write(w, v);
  } catch (e) {
    w.pos = start;
    w.depth = depth;
    throw traceEncode(e, write, v, root);
  }
}
