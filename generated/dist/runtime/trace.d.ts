import { TlDecodeError, TlEncodeError } from "./errors.js";
import { TlReader } from "./reader.js";
import { TlWriter } from "./writer.js";
/**
 * A reader that records the first failure with the path of fields above it, then goes on with
 * neutral values (0, "", empty vectors) so the outermost object still completes and can name the
 * constructor at the root of the path.
 */
export declare class TracingReader extends TlReader {
  /** Always true: readVector keeps indices for this reader. */
  readonly tracing = true;
  /** The fields and indices being read, outermost first. */
  readonly stack: string[];
  /** The first failure, with its full path below the root. */
  failure: TlDecodeError | null;
  /** Records the first failure with its path, then unwinds the read that failed. */
  fail(detail: string, at: number, expected: string, field?: string): never;
  private lenient;
  /** As TlReader reads it; after a failure, a neutral value. */
  id(field?: string): number;
  /** As TlReader reads it; after a failure, a neutral value. */
  int(field?: string): number;
  /** As TlReader reads it; after a failure, a neutral value. */
  flags(field?: string): number;
  /** As TlReader reads it; after a failure, a neutral value. */
  long(field?: string): bigint;
  /** As TlReader reads it; after a failure, a neutral value. */
  double(field?: string): number;
  /** As TlReader reads it; after a failure, a neutral value. */
  bool(field?: string): boolean;
  /** As TlReader reads it; after a failure, a neutral value. */
  string(field?: string): string;
  /** As TlReader reads it; after a failure, a neutral value. */
  bytesValue(field?: string): Uint8Array;
  /** As TlReader reads it; after a failure, a neutral value. */
  fixed(size: 16 | 32, field?: string): Uint8Array;
  /** As TlReader reads it; after a failure, a neutral value. */
  vector(boxed: boolean, minItemSize: number, field?: string): number;
  /** Enters a boxed object and puts its field on the path. */
  enter(field?: string): void;
  /** Leaves a boxed object and takes its field off the path. */
  leave(field?: string): void;
  /** Records an unknown constructor and goes on with an empty object in its place. */
  unknown(id: number, expected: string, layer: number): never;
}
/** A writer that keeps the path of fields and indices being written. */
export declare class TracingWriter extends TlWriter {
  /** Always true: writeVector keeps indices for this writer. */
  readonly tracing = true;
  /** The fields and indices being written, outermost first. */
  readonly stack: string[];
  /** Enters a boxed value and puts its field on the path. */
  enter(field?: string): void;
  /** Leaves a boxed value and takes its field off the path. */
  leave(field?: string): void;
}
/** The path stack of a tracing reader or writer (vector readers and writers push indices on it). */
export declare function traceStack(rw: TlReader | TlWriter): string[];
/**
 * The error to throw for a decode that failed with `error`: decoding the same bytes again with
 * a tracing reader gives the path, rooted at the outermost constructor.
 */
export declare function traceDecode<T>(
  error: unknown,
  read: (r: TlReader) => T,
  bytes: Uint8Array,
  offset: number,
): TlDecodeError;
/**
 * The error to throw for an encode that failed with `error`: the same write, run again with a
 * tracing writer, stops at the same place with the path of fields above it.
 */
export declare function traceEncode(error: unknown, write: (w: TlWriter) => void, root: string): TlEncodeError;
