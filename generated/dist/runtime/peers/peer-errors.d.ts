import { type PeerRef } from "./peer-ids.js";
import type { PeerKind } from "./peer-like.js";
/**
 * A user or channel whose access hash the peer cache does not hold (or holds only from a "min"
 * object). The message names it and says how to make it known.
 */
export declare class UnknownPeerError extends Error {
  /** Always `UnknownPeerError`. */
  readonly name = "UnknownPeerError";
  /** What was asked for: a user, or a channel or supergroup (a basic group needs no hash). */
  readonly peer: PeerRef;
  /** True when the peer was seen, but only as a min object and not in a message that is known. */
  readonly min: boolean;
  constructor(peer: PeerRef, min: boolean, asked?: string);
}
/** A peer of another kind than the parameter takes: a channel where a user is wanted, ... */
export declare function wrongKind(what: string, kind: PeerKind): TypeError;
/** A value that is no peer at all. */
export declare function notAPeer(value: unknown, kind: PeerKind): TypeError;
