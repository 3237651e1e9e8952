// Errors the generated package throws. Decoders throw only TlDecodeError, encoders only
// TlEncodeError; both carry the path of constructors and fields being read or written. The hot
// paths keep no path: a failure is traced afterwards (trace.ts), which fills the path in.

/** Joins path segments: `messages.exportChatInvite` + `peer` + `[3]` -> `messages.exportChatInvite.peer[3]`. */
export function joinPath(path: readonly string[]): string {
  return path.reduce((out, seg) => (out === "" || seg.startsWith("[") ? out + seg : `${out}.${seg}`), "");
}

/** Bytes handed to a decoder are not a valid encoding of the expected type. */
export class TlDecodeError extends Error {
  /** Always `TlDecodeError`. */
  override readonly name = "TlDecodeError";
  /** Byte offset where reading failed. */
  readonly offset: number;
  /** What the decoder expected there, e.g. `4 bytes of int` or `a constructor of ExportedChatInvite`. */
  readonly expected: string;
  /** Constructors and fields being read, outermost first. */
  path: string[];
  /** What went wrong, without the path and offset. */
  readonly detail: string;

  constructor(detail: string, offset: number, expected: string, path: string[] = []) {
    super("");
    this.detail = detail;
    this.offset = offset;
    this.expected = expected;
    this.path = path;
    this.message = this.describe();
  }

  /** The same error with a new path (the message follows). */
  withPath(path: string[]): this {
    this.path = path;
    this.message = this.describe();
    return this;
  }

  private describe(): string {
    const at = this.path.length ? ` at ${joinPath(this.path)}` : "";
    return `${this.detail}${at} (offset ${this.offset}; expected ${this.expected})`;
  }
}

/** A value handed to an encoder breaks a rule of its TL type. No bytes are returned. */
export class TlEncodeError extends Error {
  /** Always `TlEncodeError`. */
  override readonly name = "TlEncodeError";
  /** The rule that was broken, e.g. `int must be an integer in int32 range`. */
  readonly rule: string;
  /** Constructors and fields being written, outermost first. */
  path: string[];
  /** The value the error is about, while the failure is traced (internal; see trace.ts). */
  declare subject?: { value: unknown };

  constructor(rule: string, path: string[] = []) {
    super("");
    this.rule = rule;
    this.path = path;
    this.message = this.describe();
  }

  /** Records the value the error is about, for tracing its path; returns this error. */
  about(value: unknown): this {
    Object.defineProperty(this, "subject", { value: { value }, enumerable: false, configurable: true });
    return this;
  }

  /** The same error with a new path (the message follows). */
  withPath(path: string[]): this {
    this.path = path;
    this.message = this.describe();
    return this;
  }

  private describe(): string {
    return this.path.length ? `${joinPath(this.path)}: ${this.rule}` : this.rule;
  }
}
