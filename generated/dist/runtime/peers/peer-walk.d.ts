import { type CachedPeer, type PeerRef } from "./peer-ids.js";
/** A message in which a peer was seen: what input*FromMessage needs. */
export interface SeenIn {
  readonly peer: PeerRef;
  readonly chat: PeerRef;
  readonly msgId: number;
}
/** The peers a decoded value carries, and the messages their senders were seen in. */
export interface PeersInValue {
  readonly peers: CachedPeer[];
  readonly seen: SeenIn[];
}
/** The cache entry a user, chat or channel object makes, or null when it makes none. */
export declare function cachedPeerOf(o: Record<string, unknown>): CachedPeer | null;
/** Every peer in `value`, and who sent or forwarded each message in it. */
export declare function peersIn(value: unknown): PeersInValue;
