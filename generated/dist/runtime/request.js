import { TlWriter } from "./writer.js";
import { encodeErrorWithin } from "./errors.js";
const SLAB_SIZE = 64 * 1024;
const MAX_POOLED = 4 * 1024;
let slab = new Uint8Array(0);
let slabView = new DataView(slab.buffer);
let slabPos = 0;
let scratch = null;
function serializeWith(encode) {
  if (slab.length - slabPos < MAX_POOLED) {
    slab = new Uint8Array(SLAB_SIZE);
    slabView = new DataView(slab.buffer);
    slabPos = 0;
  }
  const w = scratch ??= new TlWriter(0);
  w.attach(slab, slabView, slabPos);
  encode(w);
  if (w.buf !== slab) return w.buf.slice(0, w.pos);
  const out = slab.subarray(slabPos, w.pos);
  slabPos = w.pos + 7 & ~7;
  return out;
}
function serializeRequest(request) {
  return serializeWith((w) => {
    try {
      request.encodeTo(w);
    } catch (e) {
      throw encodeErrorWithin(e, request.tlName);
    }
  });
}
export {
  serializeRequest,
  serializeWith
};
