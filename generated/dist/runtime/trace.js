import { TlDecodeError, TlEncodeError } from "./errors.js";
import { TlReader } from "./reader.js";
import { TlWriter } from "./writer.js";
const RECOVERED = /* @__PURE__ */ Symbol("recovered");
class TracingReader extends TlReader {
  /** Always true: readVector keeps indices for this reader. */
  tracing = true;
  /** The fields and indices being read, outermost first. */
  stack = [];
  /** The first failure, with its full path below the root. */
  failure = null;
  /** Records the first failure with its path, then unwinds the read that failed. */
  fail(detail, at, expected, field) {
    if (this.failure === null)
      this.failure = new TlDecodeError(
        detail,
        at,
        expected,
        field === void 0 ? [...this.stack] : [...this.stack, field]
      );
    throw RECOVERED;
  }
  lenient(read, neutral) {
    if (this.failure !== null) return neutral;
    try {
      return read();
    } catch (e) {
      if (e === RECOVERED) return neutral;
      throw e;
    }
  }
  /** As TlReader reads it; after a failure, a neutral value. */
  id(field) {
    return this.lenient(() => super.id(field), 0);
  }
  /** As TlReader reads it; after a failure, a neutral value. */
  int(field) {
    return this.lenient(() => super.int(field), 0);
  }
  /** As TlReader reads it; after a failure, a neutral value. */
  flags(field) {
    return this.lenient(() => super.flags(field), 0);
  }
  /** As TlReader reads it; after a failure, a neutral value. */
  long(field) {
    return this.lenient(() => super.long(field), 0n);
  }
  /** As TlReader reads it; after a failure, a neutral value. */
  double(field) {
    return this.lenient(() => super.double(field), 0);
  }
  /** As TlReader reads it; after a failure, a neutral value. */
  bool(field) {
    return this.lenient(() => super.bool(field), false);
  }
  /** As TlReader reads it; after a failure, a neutral value. */
  string(field) {
    return this.lenient(() => super.string(field), "");
  }
  /** As TlReader reads it; after a failure, a neutral value. */
  bytesValue(field) {
    return this.lenient(() => super.bytesValue(field), new Uint8Array(0));
  }
  /** As TlReader reads it; after a failure, a neutral value. */
  fixed(size, field) {
    return this.lenient(() => super.fixed(size, field), new Uint8Array(size));
  }
  /** As TlReader reads it; after a failure, a neutral value. */
  vector(boxed, minItemSize, field) {
    return this.lenient(() => super.vector(boxed, minItemSize, field), 0);
  }
  /** Enters a boxed object and puts its field on the path. */
  enter(field) {
    this.lenient(() => super.enter(field), void 0);
    if (field !== void 0) this.stack.push(field);
  }
  /** Leaves a boxed object and takes its field off the path. */
  leave(field) {
    super.leave(field);
    if (field !== void 0) this.stack.pop();
  }
  /** Records an unknown constructor and goes on with an empty object in its place. */
  unknown(id, expected, layer) {
    this.lenient(() => super.unknown(id, expected, layer), void 0);
    return {};
  }
}
class TracingWriter extends TlWriter {
  /** Always true: writeVector keeps indices for this writer. */
  tracing = true;
  /** The fields and indices being written, outermost first. */
  stack = [];
  /** Enters a boxed value and puts its field on the path. */
  enter(field) {
    super.enter(field);
    if (field !== void 0) this.stack.push(field);
  }
  /** Leaves a boxed value and takes its field off the path. */
  leave(field) {
    super.leave(field);
    if (field !== void 0) this.stack.pop();
  }
}
function traceStack(rw) {
  return rw.stack;
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
  const root = rootName(value);
  return root === null ? failure : failure.withPath([root, ...failure.path]);
}
function rootName(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const o = value;
  return typeof o._ === "string" ? o._ : typeof o.tlName === "string" ? o.tlName : null;
}
function traceEncode(error, write, root) {
  const base = error instanceof TlEncodeError ? error : new TlEncodeError(`invalid value (${error instanceof Error ? error.message : String(error)})`);
  const tracer = new TracingWriter(64);
  try {
    write(tracer);
  } catch (e) {
    if (e instanceof TlEncodeError)
      return e.withPath(root ? [root, ...tracer.stack, ...e.path] : [...tracer.stack, ...e.path]);
  }
  return base.withPath(root ? [root, ...base.path] : base.path);
}
export {
  TracingReader,
  TracingWriter,
  traceDecode,
  traceEncode,
  traceStack
};
