import { BotApiError } from "./bot-api-error.js";
import { PeerCache } from "../peers/peer-cache.js";
import { markedIdOf, peerOfMarkedId } from "../peers/peer-ids.js";
function botApiPeerOf(id, field = "chat_id") {
  const peer = peerOfMarkedId(id);
  if (peer) return { type: peer.type, id: peer.id };
  throw BotApiError.local(
    field,
    `${id} is not a Bot API chat id (a user id, -N for a basic group, -100N for a channel or supergroup)`
  );
}
function botApiIdOf(peer) {
  return Number(markedIdOf(peer));
}
function botApiInputPeer(peers, chatId, field = "chat_id") {
  const peer = botApiPeerOf(chatId, field);
  return asBotApiError(field, () => peers.inputOf(peer, "InputPeer"));
}
function botApiInputUser(peers, userId, field = "user_id") {
  const peer = botApiPeerOf(userId, field);
  if (peer.type !== "user") throw BotApiError.local(field, `${userId} is not a user id`);
  return asBotApiError(field, () => peers.inputOf(peer, "InputUser"));
}
function asBotApiError(field, f) {
  try {
    return f();
  } catch (e) {
    throw BotApiError.local(field, e.message);
  }
}
function withPeerCache(invoker, peers) {
  const invoke = invoker.invoke.bind(invoker);
  if (invoker.peers instanceof PeerCache && (peers === void 0 || peers === invoker.peers))
    return { peers: invoker.peers, invoke };
  const cache = peers ?? new PeerCache();
  if (typeof invoker.onResult === "function") {
    invoker.onResult((result) => cache.remember(result));
    return { peers: cache, invoke };
  }
  const remembering = (async (...args) => {
    const result = await invoker.invoke(...args);
    cache.remember(result);
    return result;
  });
  return { peers: cache, invoke: remembering };
}
export {
  botApiIdOf,
  botApiInputPeer,
  botApiInputUser,
  botApiPeerOf,
  withPeerCache
};
