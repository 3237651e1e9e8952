import { PeerCache } from "../peers/peer-cache.js";
import type { PeerKind } from "../peers/peer-like.js";
/** What resolve() makes of one value: the input object, or what to ask getInputEntity for. */
export type GramjsPeerStep =
  | {
      input: unknown;
    }
  | {
      ask: unknown;
    };
/** The peer handling withTypedInvoke installs on a client. */
export interface GramjsPeers {
  /** The client's cache: results decoded for it fill it. */
  readonly cache: PeerCache;
  /** One peer-like value of a `kind` parameter. */
  step(value: unknown, kind: PeerKind): GramjsPeerStep;
}
/** The peer handling of a client, over `cache` (a new one when not given). */
export declare function gramjsPeers(cache?: PeerCache): GramjsPeers;
