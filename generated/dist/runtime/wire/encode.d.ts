import { TlWriter } from "./writer.js";
import type { Write } from "./codec.js";
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
export declare function encodeWith<T>(write: Write<T>, value: T, root?: string, options?: EncodeOptions): Uint8Array;
/**
 * Encodes one value into `w` at its position. On failure the writer is rolled back to where it
 * was, so a reused writer only ever holds the values that were written whole. `root` names the
 * value in errors (default: its TL name).
 */
export declare function encodeInto<T>(w: TlWriter, write: Write<T>, value: T, root?: string): void;
