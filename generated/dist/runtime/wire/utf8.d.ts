/** The most bytes readUtf8 takes: the reader's longest string for its own loop. */
export declare const READ_UTF8_MAX = 255;
/**
 * Writes `value` from index `i` on as UTF-8 into `buf` at `p`, and returns where it ends. The
 * caller has made room for 3 bytes per code unit (a surrogate pair takes 4 bytes for 2 units).
 */
export declare function writeUtf8(value: string, i: number, buf: Uint8Array, p: number): number;
/**
 * True when the text at `at` (16 bytes or more) is mostly ASCII (English, or Latin with accents),
 * which TextDecoder reads faster than the hand loop past a few dozen bytes: its first eight bytes
 * are ASCII (the common case, taken at once), or at least 12 of its first 16 are. Text in other
 * scripts samples far fewer.
 */
export declare function mostlyAscii(b: Uint8Array, at: number): boolean;
/**
 * `out` and the last 1..7 bytes of a string, `bytes[j..to)`, when they are ASCII (else
 * undefined): in one call of their exact arity, where one call a byte would cost up to seven.
 */
export declare function asciiTail(b: Uint8Array, j: number, to: number, out: string): string | undefined;
/**
 * The text of `bytes[from..to)` (at most READ_UTF8_MAX bytes), or undefined when they are not
 * valid UTF-8: an overlong form, a surrogate (ED A0..BF), past U+10FFFF, a truncated sequence or
 * a stray continuation byte. The caller then decodes them with TextDecoder.
 */
export declare function readUtf8(bytes: Uint8Array, from: number, to: number): string | undefined;
/**
 * The UTF-8 length of a string, lone surrogates counted as U+FFFD (3 bytes), as TextEncoder
 * writes it; counting stops once it passes `stop` (then the result is only known to be larger).
 */
export declare function utf8Length(s: string, stop?: number): number;
