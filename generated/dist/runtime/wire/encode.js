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
function encodeWith(write, value, root, options) {
  void options;
  if (typeof write !== "function")
    throw new TypeError(
      `encodeWith needs a writer function (writeTypeX from the package's codecs), got ${typeof write}`
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
