function joinPath(path) {
  return path.reduce((out, seg) => out === "" || seg.startsWith("[") ? out + seg : `${out}.${seg}`, "");
}
class TlDecodeError extends Error {
  /** Always `TlDecodeError`. */
  name = "TlDecodeError";
  /** Byte offset where reading failed. */
  offset;
  /** What the decoder expected there, e.g. `4 bytes of int` or `a constructor of ExportedChatInvite`. */
  expected;
  /** Constructors and fields being read, outermost first. */
  path;
  /** What went wrong, without the path and offset. */
  detail;
  constructor(detail, offset, expected, path = []) {
    super("");
    this.detail = detail;
    this.offset = offset;
    this.expected = expected;
    this.path = path;
    this.message = this.describe();
  }
  /** The same error with a new path (the message follows). */
  withPath(path) {
    this.path = path;
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
  /** Records the value the error is about, for tracing its path; returns this error. */
  about(value) {
    Object.defineProperty(this, "subject", { value: { value }, enumerable: false, configurable: true });
    return this;
  }
  /** The same error with a new path (the message follows). */
  withPath(path) {
    this.path = path;
    this.message = this.describe();
    return this;
  }
  describe() {
    return this.path.length ? `${joinPath(this.path)}: ${this.rule}` : this.rule;
  }
}
export {
  TlDecodeError,
  TlEncodeError,
  joinPath
};
