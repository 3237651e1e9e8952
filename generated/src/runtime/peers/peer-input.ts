// Peer-like values (all but names) as the input object their parameter takes, as GramJS's
// getInputPeer, getInputUser and getInputChannel make them: an id or a Peer through the peer
// cache, a user or channel from a result by its own access hash (the cache's when it has none
// or is min), a basic group as inputPeerChat, an InputPeer as the InputUser or InputChannel it
// stands for. Anything else with a `_` passes through for the encoder to check.
import { wrongKind, notAPeer } from "./peer-errors.js";
import { peerOfPeerValue, type PeerRef } from "./peer-ids.js";
import type { PeerCache } from "./peer-cache.js";
import type { PeerKind } from "./peer-like.js";

type Obj = Record<string, unknown> & { _: string };

/** The input object of `kind` for `value` (not a name); throws UnknownPeerError or a TypeError. */
export function inputFor(value: unknown, kind: PeerKind, cache: PeerCache): unknown {
  if (typeof value === "number" || typeof value === "bigint") {
    return kind === "InputPeer"
      ? cache.inputPeer(value)
      : kind === "InputUser"
        ? cache.inputUser(value)
        : cache.inputChannel(value);
  }
  if (typeof value !== "object" || value === null || typeof (value as { _?: unknown })._ !== "string")
    throw notAPeer(value, kind);
  const o = value as Obj;
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

/** A user or channel object: its own access hash when it has a usable one, else the cache's. */
function entity(o: Obj, type: "user" | "channel", kind: PeerKind, cache: PeerCache): object {
  const peer: PeerRef = { type, id: idOf(o, kind) };
  const hash = o.accessHash;
  if (typeof hash !== "bigint" || o.min === true || o._ === "userEmpty") return cache.inputOf(peer, kind);
  // Only a direct hit here; a wrong kind is the cache's error to give.
  if (type === "user" && kind === "InputPeer") return { _: "inputPeerUser", userId: peer.id, accessHash: hash };
  if (type === "user" && kind === "InputUser") return { _: "inputUser", userId: peer.id, accessHash: hash };
  if (type === "channel" && kind === "InputPeer")
    return { _: "inputPeerChannel", channelId: peer.id, accessHash: hash };
  if (type === "channel" && kind === "InputChannel") return { _: "inputChannel", channelId: peer.id, accessHash: hash };
  return cache.inputOf(peer, kind);
}

function idOf(o: Obj, kind: PeerKind): bigint {
  if (typeof o.id !== "bigint") throw notAPeer(o, kind);
  return o.id;
}

/** GramJS's getInputUser over the InputPeer constructors. */
function asInputUser(o: Obj): unknown {
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

/** GramJS's getInputChannel over the InputPeer constructors. */
function asInputChannel(o: Obj): unknown {
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
