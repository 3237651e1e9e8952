// Tracing a failure. The generated encoders and decoders keep no path while they run; when one
// fails, the same call runs again in a way that reveals where it failed, and only the failure
// path pays for it:
// - decoding: a TracingReader records the first failure and makes that read return a unique
//   marker, then goes on with neutral values to the end; the path is where the marker sits in
//   the value it built (or, for a flags word, the object being read when it failed);
// - encoding: the value is written again through proxies that log every property read, and the
//   path is where the value the error is about was read from.
import { TlDecodeError, TlEncodeError } from "./errors.js";
import { TlReader } from "./reader.js";
import { TlWriter } from "./writer.js";

/** What the failing read returns in a traced decode: found again in the decoded value. */
const MARKER: object = Object.freeze({});

/** A reader whose reads do not throw: the first failure is recorded and decoding goes on. */
export class TracingReader extends TlReader {
  /** The first failure, without its path. */
  failure: TlDecodeError | null = null;
  /** The flags word that failed, when the first failure was one. */
  failedFlags: string | null = null;
  /** The object being read when the first failure happened, once it is complete. */
  failedObject: unknown = undefined;
  private readonly starts: number[] = [];
  private failedAt = -1;

  /** Records the first failure and returns the marker for it; later reads return `neutral`. */
  override fail<T>(detail: string, at: number, expected: string, neutral: T, field?: string): T {
    if (this.failure !== null) return neutral;
    this.failure = new TlDecodeError(detail, at, expected);
    this.failedFlags = field ?? null;
    this.failedAt = this.starts.length ? this.starts[this.starts.length - 1] : -1;
    this.pos = this.bytes.length; // the rest reads nothing: neutral values to the end
    return MARKER as T;
  }

  /** Enters a boxed object, remembering where it started. */
  override enter(): void {
    this.starts.push(this.pos);
    super.enter();
  }

  /** Leaves a boxed object; the one the failure happened in is kept. */
  override leave<T>(value: T): T {
    if (this.starts.pop() === this.failedAt && this.failedAt >= 0 && this.failedObject === undefined)
      this.failedObject = value;
    return super.leave(value);
  }
}

/** Where `target` sits inside `value`: property names and `[i]` indices, or null. */
function pathTo(value: unknown, target: unknown, depth = 0): string[] | null {
  if (value === target) return [];
  if (typeof value !== "object" || value === null || value instanceof Uint8Array || depth > 200) return null;
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [`[${i}]`, v])
    : Object.entries(value);
  for (const [key, v] of entries) {
    const below = pathTo(v, target, depth + 1);
    if (below) return [key, ...below];
  }
  return null;
}

function rootName(value: unknown): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const o = value as { _?: unknown; tlName?: unknown };
  return typeof o._ === "string" ? o._ : typeof o.tlName === "string" ? o.tlName : null;
}

/**
 * The error to throw for a decode that failed with `error`: the same bytes decoded again with a
 * TracingReader give the path, rooted at the outermost constructor.
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
    return error; // the traced run failed otherwise: keep what the first run said
  }
  const failure = tracer.failure;
  if (failure === null) return error;
  let path = pathTo(value, MARKER);
  if (path === null && tracer.failedObject !== undefined) {
    const holder = pathTo(value, tracer.failedObject);
    if (holder) path = tracer.failedFlags ? [...holder, tracer.failedFlags] : holder;
  }
  if (path === null) path = tracer.failedFlags ? [tracer.failedFlags] : [];
  const root = rootName(value);
  return failure.withPath(root === null || path.length === 0 ? path : [root, ...path]);
}

/** A writer for a traced run: encodeTo writes through it without catching (the outer trace does). */
export class TracingWriter extends TlWriter {
  /** Always true. */
  override readonly tracing = true;
}

interface Read {
  path: string[];
  value: unknown;
}

/** `value` seen through proxies that log every property read with its path. */
function logged(value: unknown, path: string[], log: Read[]): unknown {
  if (typeof value !== "object" || value === null || value instanceof Uint8Array) return value;
  return new Proxy(value, {
    get(target, key, receiver) {
      const v: unknown = Reflect.get(target, key, receiver);
      if (typeof key === "symbol" || typeof v === "function") return v;
      const segment = Array.isArray(target) && /^\d+$/.test(key) ? `[${key}]` : key;
      const wrapped = logged(v, [...path, segment], log);
      if (!(Array.isArray(target) && key === "length")) log.push({ path: [...path, segment], value: wrapped });
      return wrapped;
    },
  });
}

/**
 * The error to throw for an encode of `value` that failed with `error`: the same write, run
 * again through logging proxies, fails at the same place; the path is where the value the
 * error is about was read from (or, for an error naming its own field, the object read last).
 */
export function traceEncode<T>(
  error: unknown,
  write: (w: TlWriter, value: T) => void,
  value: T,
  root: string,
): TlEncodeError {
  const base =
    error instanceof TlEncodeError
      ? error
      : new TlEncodeError(`invalid value (${error instanceof Error ? error.message : String(error)})`);
  const log: Read[] = [];
  try {
    write(new TracingWriter(64), logged(value, [], log) as T);
  } catch (e) {
    if (e instanceof TlEncodeError) return e.withPath([...(root ? [root] : []), ...locate(e, log)]);
  }
  // The value answered differently the second time (a getter, a Proxy): say what the first run saw.
  return base.withPath(root ? [root, ...base.path] : base.path);
}

function locate(e: TlEncodeError, log: readonly Read[]): string[] {
  if (e.path.length) {
    // The error names its own field (a group): it is a field of the object read last.
    const last = log[log.length - 1];
    return last ? [...last.path.slice(0, -1), ...e.path] : e.path;
  }
  if (e.subject) {
    for (let i = log.length - 1; i >= 0; i--) if (Object.is(log[i].value, e.subject.value)) return log[i].path;
  }
  return [];
}
