const MAX_USER_ID = 2n ** 40n - 1n;
const MAX_CHAT_ID = 999999999999n;
const ZERO_CHANNEL_ID = -1000000000000n;
const MAX_CHANNEL_ID = 1000000000000n - 2n ** 31n;
function peerOfMarkedId(id) {
  if (typeof id === "number" && !Number.isSafeInteger(id)) return null;
  const n = BigInt(id);
  if (n > 0n && n <= MAX_USER_ID) return { type: "user", id: n };
  if (n < 0n && n >= -MAX_CHAT_ID) return { type: "chat", id: -n };
  if (n < ZERO_CHANNEL_ID && ZERO_CHANNEL_ID - n <= MAX_CHANNEL_ID) return { type: "channel", id: ZERO_CHANNEL_ID - n };
  return null;
}
function markedIdOf(peer) {
  if (peer.type === "user") return peer.id;
  return peer.type === "chat" ? -peer.id : ZERO_CHANNEL_ID - peer.id;
}
function describePeer(peer) {
  const what = peer.type === "channel" ? "channel or supergroup" : peer.type === "chat" ? "basic group" : "user";
  return peer.type === "user" ? `${what} ${peer.id}` : `${what} ${peer.id} (${markedIdOf(peer)})`;
}
function peerOfPeerValue(value) {
  if (typeof value !== "object" || value === null) return null;
  const v = value;
  if (v._ === "peerUser" && typeof v.userId === "bigint") return { type: "user", id: v.userId };
  if (v._ === "peerChat" && typeof v.chatId === "bigint") return { type: "chat", id: v.chatId };
  if (v._ === "peerChannel" && typeof v.channelId === "bigint") return { type: "channel", id: v.channelId };
  return null;
}
export {
  describePeer,
  markedIdOf,
  peerOfMarkedId,
  peerOfPeerValue
};
