import { TlEncodeError } from "./errors.js";
import { TlWriter } from "./writer.js";
import { traceEncode } from "./trace.js";
import { ownCopy, prototypeIsClean } from "./own-values.js";
let scratch = null;
let scratchBusy = false;
const MAX_KEPT = 1 << 20;
const MAX_NESTED = 64;
let running = 0;
let tracing = false;
const SLAB_SIZE = 64 * 1024;
const MIN_POOLED = 65;
const MAX_POOLED = 4 * 1024;
let slab = new Uint8Array(0);
let slabPos = 0;
function encodeWith(write, value, root, options) {
  if (typeof write !== "function")
    throw new TypeError(
      `encodeWith needs a writer function (writeTypeX from the package's codecs), got ${typeof write}`
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
function enter(value) {
  if (running >= MAX_NESTED) {
    throw new TlEncodeError(
      `encodes nest deeper than ${MAX_NESTED} levels (a value whose encodeTo serializes itself?)`
    ).about(value);
  }
  running++;
}
function traced(error, write, value, root) {
  if (tracing) return error;
  tracing = true;
  try {
    return traceEncode(error, write, value, root ?? nameOf(value));
  } finally {
    tracing = false;
  }
}
function output(w, copy) {
  const n = w.pos;
  if (copy || n < MIN_POOLED || n > MAX_POOLED) return w.buf.slice(0, n);
  if (slab.byteLength - slabPos < n) {
    slab = new Uint8Array(SLAB_SIZE);
    slabPos = 0;
  }
  slab.set(w.buf.subarray(0, n), slabPos);
  const out = slab.subarray(slabPos, slabPos + n);
  slabPos = slabPos + n + 7 & ~7;
  return out;
}
function takeWriter() {
  if (scratchBusy) return new TlWriter(256);
  scratchBusy = true;
  if (scratch === null) scratch = new TlWriter(1024);
  else scratch.reset();
  return scratch;
}
function giveBack(w) {
  if (w !== scratch) return;
  scratchBusy = false;
  if (w.buf.length > MAX_KEPT) scratch = null;
}
function encodeInto(w, write, value, root) {
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
function nameOf(value) {
  const v = value;
  return typeof v?.tlName === "string" ? v.tlName : typeof v?._ === "string" ? v._ : "";
}
export {
  encodeInto,
  encodeWith
};
