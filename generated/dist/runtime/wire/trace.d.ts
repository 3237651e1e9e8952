import { TlDecodeError, TlEncodeError } from "./errors.js";
import { TlReader } from "./reader.js";
import { TlWriter } from "./writer.js";
/** A reader whose reads do not throw: the first failure is recorded and decoding goes on. */
export declare class TracingReader extends TlReader {
  /** The first failure, without its path. */
  failure: TlDecodeError | null;
  /** The flags word that failed, when the first failure was one. */
  failedFlags: string | null;
  /** The object being read when the first failure happened, once it is complete. */
  failedObject: unknown;
  private readonly starts;
  private failedAt;
  /** Records the first failure and returns the marker for it; later reads return `neutral`. */
  fail<T>(detail: string, at: number, expected: string, neutral: T, field?: string): T;
  /** Enters a boxed object, remembering where it started. */
  enter(): void;
  /** Leaves a boxed object; the one the failure happened in is kept. */
  leave<T>(value: T): T;
}
/**
 * The error to throw for a decode that failed with `error`: the same bytes decoded again with a
 * TracingReader give the path, rooted at the outermost constructor.
 */
export declare function traceDecode<T>(
  error: unknown,
  read: (r: TlReader) => T,
  bytes: Uint8Array,
  offset: number,
): TlDecodeError;
/** A writer for a traced run: encodeTo writes through it without catching (the outer trace does). */
export declare class TracingWriter extends TlWriter {
  /** Always true. */
  readonly tracing = true;
}
/**
 * The error to throw for an encode of `value` that failed with `error`: the same write, run
 * again through logging proxies, fails at the same place; the path is where the value the
 * error is about was read from (or, for an error naming its own field, the object read last).
 */
export declare function traceEncode<T>(
  error: unknown,
  write: (w: TlWriter, value: T) => void,
  value: T,
  root: string,
): TlEncodeError;
