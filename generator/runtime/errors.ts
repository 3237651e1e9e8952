// Errors the generated package throws. Decoders throw only TlDecodeError, encoders only
// TlEncodeError; both carry the path of constructors and fields being read or written.

/** Joins path segments: `messages.exportChatInvite` + `peer` + `[3]` -> `messages.exportChatInvite.peer[3]`. */
function joinPath(path: readonly string[]): string {
  return path.reduce((out, seg) => (out === "" || seg.startsWith("[") ? out + seg : `${out}.${seg}`), "");
}

/** Bytes handed to a decoder are not a valid encoding of the expected type. */
export class TlDecodeError extends Error {
  /** Always `TlDecodeError`. */
  override readonly name = "TlDecodeError";
  /** Byte offset where reading failed. */
  readonly offset: number;
  /** What the decoder expected there, e.g. `4 bytes for int` or `a constructor of ExportedChatInvite`. */
  readonly expected: string;
  /** Constructors and fields being read, outermost first. */
  readonly path: string[];
  /** What went wrong, without the path and offset. */
  readonly detail: string;
  /** The outermost constructor the error passed through, named at the root of the path. */
  outer: string | null = null;

  constructor(detail: string, offset: number, expected: string, path: string[] = []) {
    super("");
    this.detail = detail;
    this.offset = offset;
    this.expected = expected;
    this.path = path;
    this.message = this.describe();
  }

  /** Puts `segment` in front of the path (while the error bubbles up) and returns this error. */
  within(segment: string): TlDecodeError {
    this.path.unshift(segment);
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
  readonly path: string[];

  constructor(rule: string, path: string[] = []) {
    super("");
    this.rule = rule;
    this.path = path;
    this.message = this.describe();
  }

  /** Puts `segment` in front of the path and returns this error; an empty segment adds nothing. */
  within(segment: string): TlEncodeError {
    if (segment !== "") this.path.unshift(segment);
    this.message = this.describe();
    return this;
  }

  private describe(): string {
    return this.path.length ? `${joinPath(this.path)}: ${this.rule}` : this.rule;
  }
}

/**
 * Adds a field to a TL error on its way up through constructor `ctor`; anything else is
 * wrapped, never leaked (only a decoder bug could throw something else).
 */
export function decodeErrorWithin(e: unknown, segment: string, offset: number, ctor: string): TlDecodeError {
  const err =
    e instanceof TlDecodeError
      ? e.within(segment)
      : new TlDecodeError(`internal decoder error: ${String(e)}`, offset, "valid input", [segment]);
  err.outer = ctor;
  return err;
}

/** Adds a field to a TL encode error on its way up; anything else is wrapped as a TlEncodeError. */
export function encodeErrorWithin(e: unknown, segment: string): TlEncodeError {
  if (e instanceof TlEncodeError) return e.within(segment);
  return new TlEncodeError(`invalid value (${e instanceof Error ? e.message : String(e)})`, [segment]);
}
