import type { Read } from "./codec.js";
/** Decodes one complete value; trailing bytes are an error. */
export declare function decodeWith<T>(read: Read<T>, bytes: Uint8Array): T;
/** Decodes one value at `offset`, and returns it with the offset just past it. */
export declare function decodeAt<T>(
  read: Read<T>,
  bytes: Uint8Array,
  offset: number,
): {
  value: T;
  end: number;
};
