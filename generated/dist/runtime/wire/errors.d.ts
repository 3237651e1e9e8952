/** Joins path segments: `messages.exportChatInvite` + `peer` + `[3]` -> `messages.exportChatInvite.peer[3]`. */
export declare function joinPath(path: readonly string[]): string;
/** Bytes handed to a decoder are not a valid encoding of the expected type. */
export declare class TlDecodeError extends Error {
  /** Always `TlDecodeError`. */
  readonly name = "TlDecodeError";
  /** Byte offset where reading failed. */
  readonly offset: number;
  /** What the decoder expected there, e.g. `4 bytes of int` or `a constructor of ExportedChatInvite`. */
  readonly expected: string;
  /** Constructors and fields being read, outermost first. */
  path: string[];
  /** What went wrong, without the path and offset. */
  readonly detail: string;
  constructor(detail: string, offset: number, expected: string, path?: string[]);
  /** The same error with a new path (the message follows). */
  withPath(path: string[]): this;
  private describe;
}
/** A value handed to an encoder breaks a rule of its TL type. No bytes are returned. */
export declare class TlEncodeError extends Error {
  /** Always `TlEncodeError`. */
  readonly name = "TlEncodeError";
  /** The rule that was broken, e.g. `int must be an integer in int32 range`. */
  readonly rule: string;
  /** Constructors and fields being written, outermost first. */
  path: string[];
  /** The value the error is about, while the failure is traced (internal; see trace.ts). */
  subject?: {
    value: unknown;
  };
  constructor(rule: string, path?: string[]);
  /** Records the value the error is about, for tracing its path; returns this error. */
  about(value: unknown): this;
  /** The same error with a new path (the message follows). */
  withPath(path: string[]): this;
  private describe;
}
