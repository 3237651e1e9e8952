import { wrongKind, notAPeer } from "./peer-errors.js";
import { peerOfPeerValue } from "./peer-ids.js";
function inputFor(value, kind, cache) {
  if (typeof value === "number" || typeof value === "bigint") {
    return kind === "InputPeer" ? cache.inputPeer(value) : kind === "InputUser" ? cache.inputUser(value) : cache.inputChannel(value);
  }
  if (typeof value !== "object" || value === null || typeof value._ !== "string")
    throw notAPeer(value, kind);
  const o = value;
  switch (o._) {
    case "user":
    case "userEmpty":
      if (o.self === true && kind !== "InputChannel")
        return { _: kind === "InputPeer" ? "inputPeerSelf" : "inputUserSelf" };
      return entity(o, "user", kind, cache);
    case "channel":
    case "channelForbidden":
      return entity(o, "channel", kind, cache);
    case "chat":
    case "chatForbidden":
    case "chatEmpty":
      return cache.inputOf({ type: "chat", id: idOf(o, kind) }, kind);
    case "peerUser":
    case "peerChat":
    case "peerChannel": {
      const peer = peerOfPeerValue(o);
      if (!peer) throw notAPeer(value, kind);
      return cache.inputOf(peer, kind);
    }
  }
  if (kind === "InputUser") return asInputUser(o);
  if (kind === "InputChannel") return asInputChannel(o);
  return o;
}
function entity(o, type, kind, cache) {
  const peer = { type, id: idOf(o, kind) };
  const hash = o.accessHash;
  if (typeof hash !== "bigint" || o.min === true || o._ === "userEmpty") return cache.inputOf(peer, kind);
  if (type === "user" && kind === "InputPeer") return { _: "inputPeerUser", userId: peer.id, accessHash: hash };
  if (type === "user" && kind === "InputUser") return { _: "inputUser", userId: peer.id, accessHash: hash };
  if (type === "channel" && kind === "InputPeer")
    return { _: "inputPeerChannel", channelId: peer.id, accessHash: hash };
  if (type === "channel" && kind === "InputChannel") return { _: "inputChannel", channelId: peer.id, accessHash: hash };
  return cache.inputOf(peer, kind);
}
function idOf(o, kind) {
  if (typeof o.id !== "bigint") throw notAPeer(o, kind);
  return o.id;
}
function asInputUser(o) {
  switch (o._) {
    case "inputPeerUser":
      return { _: "inputUser", userId: o.userId, accessHash: o.accessHash };
    case "inputPeerSelf":
      return { _: "inputUserSelf" };
    case "inputPeerEmpty":
      return { _: "inputUserEmpty" };
    case "inputPeerUserFromMessage":
      return { _: "inputUserFromMessage", peer: o.peer, msgId: o.msgId, userId: o.userId };
    case "inputPeerChat":
    case "inputPeerChannel":
    case "inputPeerChannelFromMessage":
      throw wrongKind(`${o._} is not a user`, "InputUser");
  }
  return o;
}
function asInputChannel(o) {
  switch (o._) {
    case "inputPeerChannel":
      return { _: "inputChannel", channelId: o.channelId, accessHash: o.accessHash };
    case "inputPeerChannelFromMessage":
      return { _: "inputChannelFromMessage", peer: o.peer, msgId: o.msgId, channelId: o.channelId };
    case "inputPeerChat":
    case "inputPeerUser":
    case "inputPeerSelf":
    case "inputPeerUserFromMessage":
      throw wrongKind(`${o._} is not a channel or supergroup`, "InputChannel");
  }
  return o;
}
export {
  inputFor
};
