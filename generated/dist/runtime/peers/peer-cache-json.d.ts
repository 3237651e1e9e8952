import type { CachedPeer } from "./peer-ids.js";
/** The current format of PeerCacheJson. */
export declare const PEER_CACHE_JSON_VERSION = 1;
/** One peer as JSON. */
export interface PeerJson {
  /** What the peer is. */
  type: "user" | "chat" | "channel";
  /** The bare id, in decimal. */
  id: string;
  /** The access hash (a signed 64-bit integer), in decimal; absent for basic groups. */
  accessHash?: string;
  /** Seen only as a min object. */
  min?: true;
  /** For a min peer: the message it was seen in. */
  seenIn?: {
    type: "user" | "chat" | "channel";
    id: string;
    msgId: number;
  };
}
/** A peer cache as JSON: `JSON.stringify(cache)` writes it, `PeerCache.fromJSON(parsed)` reads it. */
export interface PeerCacheJson {
  /** The format (PEER_CACHE_JSON_VERSION); another one is refused. */
  version: typeof PEER_CACHE_JSON_VERSION;
  /** Oldest (least recently used) first. */
  peers: PeerJson[];
}
/** One cached peer as JSON. */
export declare function peerToJson(peer: CachedPeer): PeerJson;
/** The peers of a PeerCacheJson, at most `max` (the newest); a TypeError names a wrong field. */
export declare function peersFromJson(json: unknown, max: number): CachedPeer[];
