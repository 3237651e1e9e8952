// Peer-like values on a GramJS client typed by withTypedInvoke: the client gets a peer cache of
// its own, filled by the results this package decodes for it (GramJS's session learns only from
// its own classes), and resolve() sends ids, Peers and result objects through it first. What the
// cache cannot name goes to GramJS's getInputEntity, as GramJS code passes it, so GramJS's
// session and entity cache are used too. Installed by withTypedInvoke only, so a bundle that
// just serializes requests does not carry it.
import { inputFor } from "../peers/peer-input.js";
import { UnknownPeerError } from "../peers/peer-errors.js";
import { markedIdOf } from "../peers/peer-ids.js";
import { PeerCache } from "../peers/peer-cache.js";
import type { PeerKind } from "../peers/peer-like.js";

/** What resolve() makes of one value: the input object, or what to ask getInputEntity for. */
export type GramjsPeerStep = { input: unknown } | { ask: unknown };

/** The peer handling withTypedInvoke installs on a client. */
export interface GramjsPeers {
  /** The client's cache: results decoded for it fill it. */
  readonly cache: PeerCache;
  /** One peer-like value of a `kind` parameter. */
  step(value: unknown, kind: PeerKind): GramjsPeerStep;
}

/** The peer handling of a client, over `cache` (a new one when not given). */
export function gramjsPeers(cache: PeerCache = new PeerCache()): GramjsPeers {
  return {
    cache,
    step(value, kind) {
      // Names, and GramJS's own objects (no `_`), are GramJS's to resolve.
      if (typeof value === "string") return { ask: value };
      if (typeof value === "object" && value !== null && typeof (value as { _?: unknown })._ !== "string")
        return { ask: value };
      try {
        return { input: inputFor(value, kind, cache) };
      } catch (e) {
        if (!(e instanceof UnknownPeerError)) throw e;
        // GramJS's getInputEntity takes a marked id (number or bigint), as its getPeerId makes them.
        return { ask: typeof value === "number" || typeof value === "bigint" ? value : markedIdOf(e.peer) };
      }
    },
  };
}
