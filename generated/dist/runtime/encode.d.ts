import { TlWriter } from "./writer.js";
import type { Write } from "./codec.js";
/**
 * Encodes one value with a writer function into exactly its bytes, in memory of their own (not a
 * view into a shared buffer: it can be kept, transferred or handed on). `root` names the value
 * at the start of an error's path.
 */
export declare function encodeWith<T>(write: Write<T>, value: T, root: string): Uint8Array;
/**
 * Encodes one value into `w` at its position. On failure the writer is rolled back to where it
 * was, so a reused writer only ever holds the values that were written whole.
 */
export declare function encodeInto<T>(w: TlWriter, write: Write<T>, value: T, root: string): void;
