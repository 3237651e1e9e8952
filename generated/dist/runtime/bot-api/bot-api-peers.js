import { BotApiError } from "./bot-api-error.js";
const MAX_USER_ID = 2 ** 40 - 1;
const MAX_CHAT_ID = 999999999999;
const ZERO_CHANNEL_ID = -1e12;
const MAX_CHANNEL_ID = 1e12 - 2 ** 31;
function botApiPeerOf(id, field = "chat_id") {
  if (Number.isSafeInteger(id)) {
    if (id > 0 && id <= MAX_USER_ID) return { type: "user", id: BigInt(id) };
    if (id < 0 && id >= -MAX_CHAT_ID) return { type: "chat", id: BigInt(-id) };
    if (id < ZERO_CHANNEL_ID && ZERO_CHANNEL_ID - id <= MAX_CHANNEL_ID)
      return { type: "channel", id: BigInt(ZERO_CHANNEL_ID - id) };
  }
  throw BotApiError.local(
    field,
    `${id} is not a Bot API chat id (a user id, -N for a basic group, -100N for a channel or supergroup)`
  );
}
function botApiIdOf(peer) {
  const id = Number(peer.id);
  if (peer.type === "user") return id;
  return peer.type === "chat" ? -id : ZERO_CHANNEL_ID - id;
}
class PeerCache {
  /** User id -> access hash. */
  #users = /* @__PURE__ */ new Map();
  /** Channel id -> access hash. */
  #channels = /* @__PURE__ */ new Map();
  /**
   * Remembers the access hash of every user and channel inside a decoded TL value: a result,
   * or an update your connection received. "min" objects are skipped, as their hash is not one
   * a bot can use.
   */
  remember(value) {
    const stack = [value];
    while (stack.length > 0) {
      const v = stack.pop();
      if (typeof v !== "object" || v === null || ArrayBuffer.isView(v)) continue;
      if (Array.isArray(v)) {
        for (const item of v) stack.push(item);
        continue;
      }
      const o = v;
      if (typeof o.accessHash === "bigint" && typeof o.id === "bigint" && o.min !== true) {
        if (o._ === "user") this.#users.set(o.id, o.accessHash);
        else if (o._ === "channel" || o._ === "channelForbidden") this.#channels.set(o.id, o.accessHash);
      }
      for (const key in o) if (typeof o[key] === "object") stack.push(o[key]);
    }
  }
  /** The access hash of a user, if one was seen. */
  userAccessHash(id) {
    return this.#users.get(id);
  }
  /** The access hash of a channel or supergroup, if one was seen. */
  channelAccessHash(id) {
    return this.#channels.get(id);
  }
  /** The input peer of a Bot API chat_id; a BotApiError naming the id when its hash is unknown. */
  inputPeer(chatId, field = "chat_id") {
    const peer = botApiPeerOf(chatId, field);
    if (peer.type === "chat") return { _: "inputPeerChat", chatId: peer.id };
    if (peer.type === "user") return { _: "inputPeerUser", userId: peer.id, accessHash: this.#need(peer, field) };
    return { _: "inputPeerChannel", channelId: peer.id, accessHash: this.#need(peer, field) };
  }
  /** The input user of a Bot API user_id; a BotApiError naming the id when its hash is unknown. */
  inputUser(userId, field = "user_id") {
    const peer = botApiPeerOf(userId, field);
    if (peer.type !== "user") throw BotApiError.local(field, `${userId} is not a user id`);
    return { _: "inputUser", userId: peer.id, accessHash: this.#need(peer, field) };
  }
  /** The access hash of a user or channel, or an error saying how to get it. */
  #need(peer, field) {
    const hash = peer.type === "user" ? this.#users.get(peer.id) : this.#channels.get(peer.id);
    if (hash !== void 0) return hash;
    const what = peer.type === "user" ? `user ${peer.id}` : `channel or supergroup ${peer.id}`;
    throw BotApiError.local(
      field,
      `${botApiIdOf(peer)} is ${what}, whose access hash has not been seen: send your requests through withPeerCache(invoker) so that answers carrying it (contacts.resolveUsername, messages.getDialogs, updates) fill the cache, pass received updates to peers.remember(update), or give the chat as "@username"`
    );
  }
}
function withPeerCache(invoker, peers = new PeerCache()) {
  if (typeof invoker.onResult === "function") {
    invoker.onResult((result) => peers.remember(result));
    return { peers, invoke: invoker.invoke.bind(invoker) };
  }
  const invoke = (async (...args) => {
    const result = await invoker.invoke(...args);
    peers.remember(result);
    return result;
  });
  return { peers, invoke };
}
export {
  PeerCache,
  botApiIdOf,
  botApiPeerOf,
  withPeerCache
};
