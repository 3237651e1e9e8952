import { type CachedPeer, type PeerRef } from "./peer-ids.js";
/** A message in which a peer was seen: what input*FromMessage needs. */
export interface SeenIn {
  /** Who sent or forwarded the message. */
  readonly peer: PeerRef;
  /** Where the message is. */
  readonly chat: PeerRef;
  /** The message's id in that chat. */
  readonly msgId: number;
}
/** The peers a decoded value carries, and the messages their senders were seen in. */
export interface PeersInValue {
  /** The users, basic groups and channels, in the order the value holds them. */
  readonly peers: CachedPeer[];
  /** The senders of the messages in the value, and where they were seen. */
  readonly seen: SeenIn[];
}
/** The cache entry a user, chat or channel object makes, or null when it makes none. */
export declare function cachedPeerOf(o: Record<string, unknown>): CachedPeer | null;
/**
 * The fields under which a user or chat can be found: every field whose TL type can hold a User
 * or a Chat, at any depth (computed from the schema; test/runtime/peers/peer-walk.test.ts checks
 * that the bundled schema and GramJS's have no other). The walk follows only these, so a result
 * of 100 invites and 20 users costs 20 visits, not 120 objects and their fields.
 */
export declare const PEER_PATH_KEYS: ReadonlySet<string>;
/** Every peer in `value`, in the order it holds them, and who sent or forwarded each message. */
export declare function peersIn(value: unknown): PeersInValue;
