import { TlDecodeError, TlEncodeError } from "./errors.js";
import { TlReader } from "./reader.js";
import { TlWriter } from "./writer.js";
const MARKER = Object.freeze({});
class TracingReader extends TlReader {
  /** The first failure, without its path. */
  failure = null;
  /** The flags word that failed, when the first failure was one. */
  failedFlags = null;
  /** The object being read when the first failure happened, once it is complete. */
  failedObject = void 0;
  starts = [];
  failedAt = -1;
  /** Records the first failure and returns the marker for it; later reads return `neutral`. */
  fail(detail, at, expected, neutral, field) {
    if (this.failure !== null) return neutral;
    this.failure = new TlDecodeError(detail, at, expected);
    this.failedFlags = field ?? null;
    this.failedAt = this.starts.length ? this.starts[this.starts.length - 1] : -1;
    this.pos = this.bytes.length;
    return MARKER;
  }
  /** Enters a boxed object, remembering where it started. */
  enter() {
    this.starts.push(this.pos);
    super.enter();
  }
  /** Leaves a boxed object; the one the failure happened in is kept. */
  leave(value) {
    if (this.starts.pop() === this.failedAt && this.failedAt >= 0 && this.failedObject === void 0)
      this.failedObject = value;
    return super.leave(value);
  }
}
function pathTo(value, target, depth = 0) {
  if (value === target) return [];
  if (typeof value !== "object" || value === null || value instanceof Uint8Array || depth > 200) return null;
  const entries = Array.isArray(value) ? value.map((v, i) => [`[${i}]`, v]) : Object.entries(value);
  for (const [key, v] of entries) {
    const below = pathTo(v, target, depth + 1);
    if (below) return [key, ...below];
  }
  return null;
}
function rootName(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const o = value;
  return typeof o._ === "string" ? o._ : typeof o.tlName === "string" ? o.tlName : null;
}
function traceDecode(error, read, bytes, offset) {
  if (!(error instanceof TlDecodeError))
    return new TlDecodeError(`internal decoder error: ${String(error)}`, 0, "valid input");
  const tracer = new TracingReader(bytes, offset);
  let value;
  try {
    value = read(tracer);
  } catch {
    return error;
  }
  const failure = tracer.failure;
  if (failure === null) return error;
  let path = pathTo(value, MARKER);
  if (path === null && tracer.failedObject !== void 0) {
    const holder = pathTo(value, tracer.failedObject);
    if (holder) path = tracer.failedFlags ? [...holder, tracer.failedFlags] : holder;
  }
  if (path === null) path = tracer.failedFlags ? [tracer.failedFlags] : [];
  const root = rootName(value);
  return failure.withPath(root === null || path.length === 0 ? path : [root, ...path]);
}
class TracingWriter extends TlWriter {
  /** Always true. */
  tracing = true;
}
function logged(value, path, log) {
  if (typeof value !== "object" || value === null || value instanceof Uint8Array) return value;
  return new Proxy(value, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver);
      if (typeof key === "symbol" || typeof v === "function") return v;
      const segment = Array.isArray(target) && /^\d+$/.test(key) ? `[${key}]` : key;
      const wrapped = logged(v, [...path, segment], log);
      if (!(Array.isArray(target) && key === "length")) log.push({ path: [...path, segment], value: wrapped });
      return wrapped;
    }
  });
}
function traceEncode(error, write, value, root) {
  const base = error instanceof TlEncodeError ? error : new TlEncodeError(`invalid value (${error instanceof Error ? error.message : String(error)})`);
  const log = [];
  try {
    write(new TracingWriter(64), logged(value, [], log));
  } catch (e) {
    if (e instanceof TlEncodeError) return e.withPath([...root ? [root] : [], ...locate(e, log)]);
  }
  return base.withPath(root ? [root, ...base.path] : base.path);
}
function locate(e, log) {
  if (e.path.length) {
    const last = log[log.length - 1];
    return last ? [...last.path.slice(0, -1), ...e.path] : e.path;
  }
  if (e.subject) {
    for (let i = log.length - 1; i >= 0; i--) if (Object.is(log[i].value, e.subject.value)) return log[i].path;
  }
  return [];
}
export {
  TracingReader,
  TracingWriter,
  traceDecode,
  traceEncode
};
