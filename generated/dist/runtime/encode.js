import { TlWriter } from "./writer.js";
import { traceEncode } from "./trace.js";
import { ownCopy, prototypeIsClean } from "./own-values.js";
let scratch = null;
let scratchBusy = false;
const MAX_KEPT = 1 << 20;
function encodeWith(write, value, root) {
  if (typeof write !== "function")
    throw new TypeError(
      `encodeWith needs a writer function (writeTypeX from the package's codecs), got ${typeof write}`
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
  try {
    write(w, v);
  } catch (e) {
    w.pos = start;
    w.depth = depth;
    throw traceEncode(e, write, v, root);
  }
}
export {
  encodeInto,
  encodeWith
};
