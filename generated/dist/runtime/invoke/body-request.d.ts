import type { Read } from "../wire/codec.js";
import type { TlRequest } from "../wire/tl-request.js";
/** The request the invoker sends for `body`, its result read with `read`. */
export declare function bodyRequest<R>(body: Uint8Array, read: Read<R>): TlRequest<R>;
