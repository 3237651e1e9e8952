function joinPath(path) {
  return path.reduce((out, seg) => out === "" || seg.startsWith("[") ? out + seg : `${out}.${seg}`, "");
}
class TlDecodeError extends Error {
  /** Always `TlDecodeError`. */
  name = "TlDecodeError";
  /** Byte offset where reading failed. */
  offset;
  /** What the decoder expected there, e.g. `4 bytes for int` or `a constructor of ExportedChatInvite`. */
  expected;
  /** Constructors and fields being read, outermost first. */
  path;
  /** What went wrong, without the path and offset. */
  detail;
  /** The outermost constructor the error passed through, named at the root of the path. */
  outer = null;
  constructor(detail, offset, expected, path = []) {
    super("");
    this.detail = detail;
    this.offset = offset;
    this.expected = expected;
    this.path = path;
    this.message = this.describe();
  }
  /** Puts `segment` in front of the path (while the error bubbles up) and returns this error. */
  within(segment) {
    this.path.unshift(segment);
    this.message = this.describe();
    return this;
  }
  describe() {
    const at = this.path.length ? ` at ${joinPath(this.path)}` : "";
    return `${this.detail}${at} (offset ${this.offset}; expected ${this.expected})`;
  }
}
class TlEncodeError extends Error {
  /** Always `TlEncodeError`. */
  name = "TlEncodeError";
  /** The rule that was broken, e.g. `int must be an integer in int32 range`. */
  rule;
  /** Constructors and fields being written, outermost first. */
  path;
  constructor(rule, path = []) {
    super("");
    this.rule = rule;
    this.path = path;
    this.message = this.describe();
  }
  /** Puts `segment` in front of the path and returns this error; an empty segment adds nothing. */
  within(segment) {
    if (segment !== "") this.path.unshift(segment);
    this.message = this.describe();
    return this;
  }
  describe() {
    return this.path.length ? `${joinPath(this.path)}: ${this.rule}` : this.rule;
  }
}
function decodeErrorWithin(e, segment, offset, ctor) {
  const err = e instanceof TlDecodeError ? e.within(segment) : new TlDecodeError(`internal decoder error: ${String(e)}`, offset, "valid input", [segment]);
  err.outer = ctor;
  return err;
}
function encodeErrorWithin(e, segment) {
  if (e instanceof TlEncodeError) return e.within(segment);
  return new TlEncodeError(`invalid value (${e instanceof Error ? e.message : String(e)})`, [segment]);
}
export {
  TlDecodeError,
  TlEncodeError,
  decodeErrorWithin,
  encodeErrorWithin
};
