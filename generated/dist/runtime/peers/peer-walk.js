import { peerOfPeerValue } from "./peer-ids.js";
function cachedPeerOf(o) {
  const { _: tag, id, accessHash } = o;
  if (typeof id !== "bigint") return null;
  const hash = typeof accessHash === "bigint" ? accessHash : void 0;
  switch (tag) {
    case "user":
    case "channel":
      if (o.min === true) return { type: tag, id, accessHash: hash, min: true };
      return hash === void 0 ? null : { type: tag, id, accessHash: hash, min: false };
    case "channelForbidden":
      return hash === void 0 ? null : { type: "channel", id, accessHash: hash, min: false };
    case "chat":
    case "chatForbidden":
      return { type: "chat", id, min: false };
    default:
      return null;
  }
}
const PEER_PATH_KEYS = /* @__PURE__ */ new Set([
  "action",
  "addUsers",
  "answer",
  "answers",
  "attachedMedia",
  "attributes",
  "authorization",
  "blocks",
  "bot",
  "cachedPage",
  "channel",
  "chat",
  "chatInvite",
  "chats",
  "cover",
  "dialog",
  "dialogs",
  "draft",
  "events",
  "extendedMedia",
  "forwards",
  "fullChat",
  "fullUser",
  "history",
  "items",
  "media",
  "message",
  "messages",
  "newMessage",
  "newMessages",
  "newTopic",
  "otherUpdates",
  "participants",
  "peerStories",
  "poll",
  "prevMessage",
  "prevTopic",
  "reactions",
  "referenceMessages",
  "replyMedia",
  "replyTo",
  "replyToMessage",
  "result",
  "results",
  "richMessage",
  "sendMessage",
  "sentCode",
  "solutionMedia",
  "stories",
  "story",
  "topic",
  "topics",
  "update",
  "updates",
  "urls",
  "user",
  "users",
  "views",
  "webpage"
]);
const MAX_WALK_DEPTH = 256;
function peersIn(value) {
  const found = { peers: [], seen: [] };
  const visited = /* @__PURE__ */ new Set();
  const walk = (v, depth) => {
    if (depth > MAX_WALK_DEPTH || visited.has(v)) return;
    visited.add(v);
    if (Array.isArray(v)) {
      for (const item of v) if (typeof item === "object" && item !== null) walk(item, depth + 1);
      return;
    }
    const o = v;
    const tag = o._;
    if (typeof tag === "string" && PEER_TAGS.has(tag)) {
      const peer = cachedPeerOf(o);
      if (peer) found.peers.push(peer);
      return;
    }
    if (tag === "message" || tag === "messageService") senders(o, found.seen);
    for (const key in o) {
      const child = o[key];
      if (typeof child === "object" && child !== null && PEER_PATH_KEYS.has(key)) walk(child, depth + 1);
    }
  };
  if (typeof value === "object" && value !== null) walk(value, 0);
  return found;
}
const PEER_TAGS = /* @__PURE__ */ new Set([
  "user",
  "userEmpty",
  "channel",
  "channelForbidden",
  "chat",
  "chatForbidden",
  "chatEmpty"
]);
function senders(message, seen) {
  const chat = peerOfPeerValue(message.peerId);
  const msgId = message.id;
  if (!chat || typeof msgId !== "number") return;
  const fwd = message.fwdFrom;
  for (const from of [message.fromId, fwd?.fromId]) {
    const peer = peerOfPeerValue(from);
    if (peer && peer.type !== "chat") seen.push({ peer, chat, msgId });
  }
}
export {
  PEER_PATH_KEYS,
  cachedPeerOf,
  peersIn
};
