import type { PeerCache } from "./peer-cache.js";
import type { PeerKind } from "./peer-like.js";
/** The input object of `kind` for `value` (not a name); throws UnknownPeerError or a TypeError. */
export declare function inputFor(value: unknown, kind: PeerKind, cache: PeerCache): unknown;
