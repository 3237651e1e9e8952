/** The most bytes readUtf8 takes: the reader's longest string for its own loop. */
export declare const READ_UTF8_MAX = 255;
/**
 * Writes `value` from index `i` on as UTF-8 into `buf` at `p`, and returns where it ends. The
 * caller has made room for 3 bytes per code unit (a surrogate pair takes 4 bytes for 2 units).
 */
export declare function writeUtf8(value: string, i: number, buf: Uint8Array, p: number): number;
/**
 * The text of `bytes[from..to)` (at most READ_UTF8_MAX bytes), or undefined when they are not
 * valid UTF-8: an overlong form, a surrogate (ED A0..BF), past U+10FFFF, a truncated sequence or
 * a stray continuation byte. The caller then decodes them with TextDecoder.
 */
export declare function readUtf8(bytes: Uint8Array, from: number, to: number): string | undefined;
