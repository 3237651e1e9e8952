import { type ParamsSpec } from "./params.js";
import type { Write } from "./codec.js";
import type { TlBody } from "./tl-request.js";
/**
 * `params` checked against `spec`, then written by `write` into bytes of their own. `params` is
 * typed so that a generic wrapper's writer is inferred from it; its value is still checked as
 * unknown, since plain JavaScript callers pass anything.
 */
export declare function encodeRequest<P, R>(spec: ParamsSpec, params: P | undefined, write: Write<P>): TlBody<R>;
