// The size-first path: a request encoded straight from its parameters by a free function
// (`exportChatInvite({ ... })`), with no class. It checks the parameters as the class's
// constructor does (checkParams: the same errors, with did-you-mean) and encodes them as the
// class's serialize() does (encodeWith, rooted at the method's name), so both give the same bytes
// and the same TlEncodeError for a bad value; what the class adds (decoding, GramJS) stays out.
import { encodeWith } from "./encode.js";
import { checkParams, type ParamsSpec } from "./params.js";
import type { Write } from "./codec.js";
import type { TlBody } from "./tl-request.js";

/**
 * `params` checked against `spec`, then written by `write` into bytes of their own. `params` is
 * typed so that a generic wrapper's writer is inferred from it; its value is still checked as
 * unknown, since plain JavaScript callers pass anything.
 */
export function encodeRequest<P, R>(spec: ParamsSpec, params: P | undefined, write: Write<P>): TlBody<R> {
  const copy = {} as P & object;
  checkParams(copy, params, spec);
  return encodeWith(write, copy, spec.tlName);
}
