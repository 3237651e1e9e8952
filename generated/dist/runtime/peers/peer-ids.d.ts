/** What a marked id stands for: the kind of peer and its bare id. */
export type PeerRef = {
  readonly type: "user" | "chat" | "channel";
  readonly id: bigint;
};
/** The peer a marked id stands for, or null when it is in no range (0, fractions, too large). */
export declare function peerOfMarkedId(id: number | bigint): PeerRef | null;
/** The marked id of a peer: the inverse of peerOfMarkedId. */
export declare function markedIdOf(peer: PeerRef): bigint;
/** How errors name a peer: `channel 1234567890 (-1001234567890)`. */
export declare function describePeer(peer: PeerRef): string;
/** The peer a Peer value (peerUser, peerChat, peerChannel) names, or null for anything else. */
export declare function peerOfPeerValue(value: unknown): PeerRef | null;
/** One peer the cache holds. */
export interface CachedPeer extends PeerRef {
  /** A user's or channel's access hash; none for a basic group (and maybe none for a min peer). */
  readonly accessHash?: bigint;
  /**
   * Seen only as a "min" object (a user or channel in a group's messages): its access hash is
   * good only for downloading its profile photo (inputPeerPhotoFileLocation), so it is never
   * used to build an input peer.
   */
  readonly min: boolean;
  /** For a min peer: a message it was seen in, from which input*FromMessage names it. */
  readonly seenIn?: {
    readonly chat: PeerRef;
    readonly msgId: number;
  };
}
