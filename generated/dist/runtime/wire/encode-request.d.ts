import { type ParamsSpec } from "./params.js";
import type { Write } from "./codec.js";
import type { TlBody } from "./tl-request.js";
/** `params` checked against `spec`, then written by `write` into bytes of their own. */
export declare function encodeRequest<P, R>(spec: ParamsSpec, params: unknown, write: Write<P>): TlBody<R>;
