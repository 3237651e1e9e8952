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
function peersIn(value) {
  const peers = [];
  const seen = [];
  const visited = /* @__PURE__ */ new Set();
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null || ArrayBuffer.isView(v) || visited.has(v)) continue;
    visited.add(v);
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    const o = v;
    const peer = cachedPeerOf(o);
    if (peer) peers.push(peer);
    else if (o._ === "message" || o._ === "messageService") senders(o, seen);
    const keys = Object.keys(o);
    for (let i = keys.length - 1; i >= 0; i--) if (typeof o[keys[i]] === "object") stack.push(o[keys[i]]);
  }
  return { peers, seen };
}
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
  cachedPeerOf,
  peersIn
};
