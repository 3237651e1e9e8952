/** The constructor id of gzip_packed (an answer compressed by the server). */
export declare const GZIP_PACKED_ID = 812830625;
/** The most bytes an answer may inflate to by default: 16 MiB, far above any real answer. */
export declare const DEFAULT_MAX_UNPACKED_BYTES: number;
/** How deep gzip_packed may nest inside gzip_packed (servers do not nest it at all). */
export declare const MAX_GZIP_NESTING = 4;
/** A transport resolved to something other than a Uint8Array (a Buffer is one). */
export declare class TransportReplyError extends TypeError {
  /** Always `TransportReplyError`. */
  readonly name = "TransportReplyError";
  /** What the transport gave instead: "an ArrayBuffer", "a string", "null", ... */
  readonly got: string;
  constructor(request: string, got: string, hint: string, problem?: string);
}
/**
 * The reply as bytes; anything but a Uint8Array is a TransportReplyError saying what it was. So
 * are a Proxy of one and one whose buffer was transferred (detached). The bytes come back as a
 * plain Uint8Array over the same memory, so nothing a subclass (a Node Buffer) overrides is used.
 */
export declare function checkReply(reply: unknown, request: string): Uint8Array;
/**
 * The answer with gzip_packed#3072cfa1 unwrapped, nested ones too (up to MAX_GZIP_NESTING),
 * each inflated to at most `maxBytes`; anything else is returned as it is.
 */
export declare function unpackAnswer(body: Uint8Array, maxBytes: number): Promise<Uint8Array>;
/** The chunks of a bounded stream read (`total` bytes in all) as one array; also the Bot API body's. */
export declare function concatChunks(chunks: Uint8Array[], total: number): Uint8Array;
