import { TlReader } from "./reader.js";
import { traceDecode } from "./trace.js";
function decodeWith(read, bytes) {
  const r = new TlReader(bytes);
  let value;
  try {
    value = read(r);
  } catch (e) {
    throw traceDecode(e, read, bytes, 0);
  }
  r.end();
  return value;
}
function decodeAt(read, bytes, offset) {
  const r = new TlReader(bytes, offset);
  try {
    return { value: read(r), end: r.pos };
  } catch (e) {
    throw traceDecode(e, read, bytes, offset);
  }
}
export {
  decodeAt,
  decodeWith
};
