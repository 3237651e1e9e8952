// The entry points of decoding: one complete value from bytes (trailing bytes are an error), or
// one value at an offset of a larger buffer. A failure is traced for its path (trace.ts).
import { TlReader } from "./reader.js";
import { traceDecode } from "./trace.js";
import type { Read } from "./codec.js";

/** Decodes one complete value; trailing bytes are an error. */
export function decodeWith<T>(read: Read<T>, bytes: Uint8Array): T {
  const r = new TlReader(bytes);
  let value: T;
  try {
    value = read(r);
  } catch (e) {
    throw traceDecode(e, read, bytes, 0);
  }
  r.end();
  return value;
}

/** Decodes one value at `offset`, and returns it with the offset just past it. */
export function decodeAt<T>(read: Read<T>, bytes: Uint8Array, offset: number): { value: T; end: number } {
  const r = new TlReader(bytes, offset);
  try {
    return { value: read(r), end: r.pos };
  } catch (e) {
    throw traceDecode(e, read, bytes, offset);
  }
}
