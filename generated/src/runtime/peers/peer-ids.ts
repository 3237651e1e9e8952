// Peer ids in the Bot API's marked form, which GramJS's getPeerId uses too: a user id as it is,
// -N for basic group N, -(10^12 + N) ("-100N") for channel or supergroup N. The ranges are the
// official server's (TDLib's DialogId), so an id outside all of them is refused, not guessed.

/** What a marked id stands for: the kind of peer and its bare id. */
export type PeerRef = { readonly type: "user" | "chat" | "channel"; readonly id: bigint };

const MAX_USER_ID = 2n ** 40n - 1n;
const MAX_CHAT_ID = 999_999_999_999n;
const ZERO_CHANNEL_ID = -1_000_000_000_000n;
const MAX_CHANNEL_ID = 1_000_000_000_000n - 2n ** 31n;

/** The peer a marked id stands for, or null when it is in no range (0, fractions, too large). */
export function peerOfMarkedId(id: number | bigint): PeerRef | null {
  if (typeof id === "number" && !Number.isSafeInteger(id)) return null;
  const n = BigInt(id);
  if (n > 0n && n <= MAX_USER_ID) return { type: "user", id: n };
  if (n < 0n && n >= -MAX_CHAT_ID) return { type: "chat", id: -n };
  if (n < ZERO_CHANNEL_ID && ZERO_CHANNEL_ID - n <= MAX_CHANNEL_ID) return { type: "channel", id: ZERO_CHANNEL_ID - n };
  return null;
}

/** The marked id of a peer: the inverse of peerOfMarkedId. */
export function markedIdOf(peer: PeerRef): bigint {
  if (peer.type === "user") return peer.id;
  return peer.type === "chat" ? -peer.id : ZERO_CHANNEL_ID - peer.id;
}

/** How errors name a peer: `channel 1234567890 (-1001234567890)`. */
export function describePeer(peer: PeerRef): string {
  const what = peer.type === "channel" ? "channel or supergroup" : peer.type === "chat" ? "basic group" : "user";
  return peer.type === "user" ? `${what} ${peer.id}` : `${what} ${peer.id} (${markedIdOf(peer)})`;
}

/** The peer a Peer value (peerUser, peerChat, peerChannel) names, or null for anything else. */
export function peerOfPeerValue(value: unknown): PeerRef | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as { _?: unknown; userId?: unknown; chatId?: unknown; channelId?: unknown };
  if (v._ === "peerUser" && typeof v.userId === "bigint") return { type: "user", id: v.userId };
  if (v._ === "peerChat" && typeof v.chatId === "bigint") return { type: "chat", id: v.chatId };
  if (v._ === "peerChannel" && typeof v.channelId === "bigint") return { type: "channel", id: v.channelId };
  return null;
}

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
  readonly seenIn?: { readonly chat: PeerRef; readonly msgId: number };
}
