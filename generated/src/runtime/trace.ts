// Tracing a failure: the generated encoders and decoders keep no path while they run, so when one
// fails, the same call runs again with a tracing reader or writer that keeps the path of fields
// and vector indices (readVector, writeVector, enter and leave feed it). Only the failure path
// pays for this.
import { TlDecodeError, TlEncodeError } from "./errors.js";
import { TlReader } from "./reader.js";
import { TlWriter } from "./writer.js";

/** Thrown inside the tracing reader to unwind one read; never leaves this module. */
const RECOVERED = Symbol("recovered");

/**
 * A reader that records the first failure with the path of fields above it, then goes on with
 * neutral values (0, "", empty vectors) so the outermost object still completes and can name the
 * constructor at the root of the path.
 */
export class TracingReader extends TlReader {
  /** Always true: readVector keeps indices for this reader. */
  override readonly tracing = true;
  /** The fields and indices being read, outermost first. */
  readonly stack: string[] = [];
  /** The first failure, with its full path below the root. */
  failure: TlDecodeError | null = null;

  /** Records the first failure with its path, then unwinds the read that failed. */
  override fail(detail: string, at: number, expected: string, field?: string): never {
    if (this.failure === null)
      this.failure = new TlDecodeError(
        detail,
        at,
        expected,
        field === undefined ? [...this.stack] : [...this.stack, field],
      );
    throw RECOVERED;
  }

  private lenient<T>(read: () => T, neutral: T): T {
    if (this.failure !== null) return neutral;
    try {
      return read();
    } catch (e) {
      if (e === RECOVERED) return neutral;
      throw e;
    }
  }

  /** As TlReader reads it; after a failure, a neutral value. */
  override id(field?: string): number {
    return this.lenient(() => super.id(field), 0);
  }
  /** As TlReader reads it; after a failure, a neutral value. */
  override int(field?: string): number {
    return this.lenient(() => super.int(field), 0);
  }
  /** As TlReader reads it; after a failure, a neutral value. */
  override flags(field?: string): number {
    return this.lenient(() => super.flags(field), 0);
  }
  /** As TlReader reads it; after a failure, a neutral value. */
  override long(field?: string): bigint {
    return this.lenient(() => super.long(field), 0n);
  }
  /** As TlReader reads it; after a failure, a neutral value. */
  override double(field?: string): number {
    return this.lenient(() => super.double(field), 0);
  }
  /** As TlReader reads it; after a failure, a neutral value. */
  override bool(field?: string): boolean {
    return this.lenient(() => super.bool(field), false);
  }
  /** As TlReader reads it; after a failure, a neutral value. */
  override string(field?: string): string {
    return this.lenient(() => super.string(field), "");
  }
  /** As TlReader reads it; after a failure, a neutral value. */
  override bytesValue(field?: string): Uint8Array {
    return this.lenient(() => super.bytesValue(field), new Uint8Array(0));
  }
  /** As TlReader reads it; after a failure, a neutral value. */
  override fixed(size: 16 | 32, field?: string): Uint8Array {
    return this.lenient(() => super.fixed(size, field), new Uint8Array(size));
  }
  /** As TlReader reads it; after a failure, a neutral value. */
  override vector(boxed: boolean, minItemSize: number, field?: string): number {
    return this.lenient(() => super.vector(boxed, minItemSize, field), 0);
  }
  /** Enters a boxed object and puts its field on the path. */
  override enter(field?: string): void {
    this.lenient(() => super.enter(field), undefined);
    if (field !== undefined) this.stack.push(field);
  }
  /** Leaves a boxed object and takes its field off the path. */
  override leave(field?: string): void {
    super.leave(field);
    if (field !== undefined) this.stack.pop();
  }
  /** Records an unknown constructor and goes on with an empty object in its place. */
  override unknown(id: number, expected: string, layer: number): never {
    this.lenient(() => super.unknown(id, expected, layer), undefined);
    // Not a constructor of anything: the object above still completes, this field stays empty.
    return {} as never;
  }
}

/** A writer that keeps the path of fields and indices being written. */
export class TracingWriter extends TlWriter {
  /** Always true: writeVector keeps indices for this writer. */
  override readonly tracing = true;
  /** The fields and indices being written, outermost first. */
  readonly stack: string[] = [];

  /** Enters a boxed value and puts its field on the path. */
  override enter(field?: string): void {
    super.enter(field);
    if (field !== undefined) this.stack.push(field);
  }
  /** Leaves a boxed value and takes its field off the path. */
  override leave(field?: string): void {
    super.leave(field);
    if (field !== undefined) this.stack.pop();
  }
}

/** The path stack of a tracing reader or writer (vector readers and writers push indices on it). */
export function traceStack(rw: TlReader | TlWriter): string[] {
  return (rw as TracingReader | TracingWriter).stack;
}

/**
 * The error to throw for a decode that failed with `error`: decoding the same bytes again with
 * a tracing reader gives the path, rooted at the outermost constructor.
 */
export function traceDecode<T>(
  error: unknown,
  read: (r: TlReader) => T,
  bytes: Uint8Array,
  offset: number,
): TlDecodeError {
  if (!(error instanceof TlDecodeError))
    return new TlDecodeError(`internal decoder error: ${String(error)}`, 0, "valid input");
  const tracer = new TracingReader(bytes, offset);
  let value: unknown;
  try {
    value = read(tracer);
  } catch {
    return error; // the tracing run failed differently: keep what the fast run said
  }
  const failure = tracer.failure;
  if (failure === null) return error;
  const root = rootName(value);
  return root === null ? failure : failure.withPath([root, ...failure.path]);
}

function rootName(value: unknown): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const o = value as { _?: unknown; tlName?: unknown };
  return typeof o._ === "string" ? o._ : typeof o.tlName === "string" ? o.tlName : null;
}

/**
 * The error to throw for an encode that failed with `error`: the same write, run again with a
 * tracing writer, stops at the same place with the path of fields above it.
 */
export function traceEncode(error: unknown, write: (w: TlWriter) => void, root: string): TlEncodeError {
  const base =
    error instanceof TlEncodeError
      ? error
      : new TlEncodeError(`invalid value (${error instanceof Error ? error.message : String(error)})`);
  const tracer = new TracingWriter(64);
  try {
    write(tracer);
  } catch (e) {
    if (e instanceof TlEncodeError)
      return e.withPath(root ? [root, ...tracer.stack, ...e.path] : [...tracer.stack, ...e.path]);
  }
  // The value changed between the two runs (a getter, a Proxy): report what the first run saw.
  return base.withPath(root ? [root, ...base.path] : base.path);
}
