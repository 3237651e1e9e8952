// Room input/: reading inputs (bounded), tlgen's own files, the selection, docs matching,
// did-you-mean.
// Imports: base/, model/, parse/. Imported by: api/, cli/, config/, output/, pipeline.ts, render/.
//
// Reading an input file (a schema, the selection, the docs data) as the CLI meets it: maybe
// huge, binary, a directory, a device or stdin. The read is bounded (`check /dev/zero` stops at
// the limit instead of filling memory), binary content is refused with its first bad byte, and
// system errors are said in words.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

/** Larger input is refused: schema files are well under 1 MB. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;
const CHUNK = 64 * 1024;

/** An input that cannot be used; the message names the file and says why in words. */
export class InputError extends Error {}

/**
 * Reads `path` (`-` is stdin) as UTF-8 text. Throws InputError when it cannot be read, is
 * larger than `maxBytes`, or is not text (a NUL byte or invalid UTF-8).
 */
export function readInputFile(path: string, maxBytes = MAX_INPUT_BYTES): string {
  const name = path === "-" ? "stdin" : path;
  const fd = path === "-" ? 0 : openOrExplain(path);
  try {
    if (fstatSync(fd).isDirectory()) throw new InputError(`is a directory, not a file: ${name}`);
    const bytes = readBounded(fd, name, maxBytes);
    const bad = firstInvalidUtf8(bytes);
    if (bad !== -1) throw notText(name, bytes, bad);
    return new TextDecoder("utf-8").decode(bytes);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${name}: ${inWords(e)}`);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

function openOrExplain(path: string): number {
  try {
    return openSync(path, "r");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`no such file: ${path}`);
    throw new InputError(`cannot read ${path}: ${inWords(e)}`);
  }
}

/** Reads until EOF, refusing past `maxBytes`, and stopping at the first NUL byte. */
function readBounded(fd: number, name: string, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total));
    const n = readRetrying(fd, chunk);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    const nul = chunk.subarray(0, n).indexOf(0);
    if (nul !== -1) throw notText(name, concat(chunks, total + n), total + nul);
    total += n;
    if (total > maxBytes) throw new InputError(`${name} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB: not read (a TL schema is far smaller)`);
  }
  return concat(chunks, total);
}

/** readSync, waiting briefly when a non-blocking stdin has no data yet (EAGAIN). */
function readRetrying(fd: number, into: Uint8Array): number {
  for (;;) {
    try {
      return readSync(fd, into, 0, into.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c.subarray(0, Math.min(c.length, total - at)), at);
    at += c.length;
  }
  return out;
}

function notText(name: string, bytes: Uint8Array, at: number): InputError {
  const hex = bytes[at].toString(16).padStart(2, "0");
  const { line, column } = bytePosition(bytes, at);
  return new InputError(`${name} is not a TL text file: byte 0x${hex} at line ${line}, column ${column} (offset ${at})`);
}

/** Line and column (in characters) of byte `at`. */
function bytePosition(bytes: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      column = 1;
    } else if ((bytes[i] & 0xc0) !== 0x80) {
      column++;
    }
  }
  return { line, column };
}

/** The offset of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return -1;
  } catch {
    // Invalid somewhere: find where, byte by byte.
  }
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

/** The length of the valid UTF-8 sequence at `i`, or 0 when it is invalid (RFC 3629 table). */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const [lo, hi] = c === 0xe0 ? [0xa0, 0xbf] : c === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const [lo, hi] = c === 0xf0 ? [0x90, 0xbf] : c === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

const WORDS: Record<string, string> = {
  ENOENT: "no such file or directory",
  EISDIR: "is a directory",
  ENOTDIR: "a part of the path is a file, not a directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the name is too long",
  EMFILE: "too many open files",
  EIO: "input/output error",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EEXIST: "already exists",
  ENOTEMPTY: "the directory is not empty",
  EBUSY: "the resource is busy",
  EXDEV: "across devices",
};

/** A system error in words ("permission denied"), else its message. */
export function inWords(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  return (code && WORDS[code]) ?? (e instanceof Error ? e.message : String(e));
}
