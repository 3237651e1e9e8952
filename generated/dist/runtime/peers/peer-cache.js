import { peersIn } from "./peer-walk.js";
import { UnknownPeerError, notAPeer, wrongKind } from "./peer-errors.js";
import { describePeer, peerOfMarkedId } from "./peer-ids.js";
import { peerToJson, peersFromJson, PEER_CACHE_JSON_VERSION } from "./peer-cache-json.js";
const DEFAULT_PEER_CACHE_SIZE = 1e4;
const keyOf = (peer) => `${peer.type}:${peer.id}`;
class PeerCache {
  /** The most peers it holds. */
  maxSize;
  /** `type:id` -> the peer, least recently used first (a Map keeps insertion order). */
  #peers = /* @__PURE__ */ new Map();
  /** Throws a RangeError for a maxSize that is not a whole number of at least 1. */
  constructor(options = {}) {
    const max = options.maxSize ?? DEFAULT_PEER_CACHE_SIZE;
    if (!Number.isSafeInteger(max) || max < 1)
      throw new RangeError(`maxSize must be a whole number of peers, at least 1, got ${String(max)}`);
    this.maxSize = max;
  }
  /** A cache holding the peers of `json` (see toJSON); a TypeError names a wrong field. */
  static fromJSON(json, options = {}) {
    const cache = new PeerCache(options);
    cache.load(json);
    return cache;
  }
  /** How many peers it holds. */
  get size() {
    return this.#peers.size;
  }
  /**
   * Remembers every user, basic group and channel inside a decoded TL value (a result, or an
   * update your connection received), at any depth, and for min ones the message they were
   * seen in. A min object never replaces a full one.
   */
  remember(value) {
    const { peers, seen } = peersIn(value);
    for (const peer of peers) this.#add(peer);
    for (const { peer, chat, msgId } of seen) {
      const entry = this.#peers.get(keyOf(peer));
      if (entry?.min) this.#peers.set(keyOf(peer), { ...entry, seenIn: { chat, msgId } });
    }
  }
  /** Adds or refreshes one peer, evicting the least recently used past maxSize. */
  #add(peer) {
    const key = keyOf(peer);
    const old = this.#peers.get(key);
    let next;
    if (old && peer.min && !old.min) {
      next = old;
    } else if (old && old.min === peer.min && old.accessHash === peer.accessHash && !peer.seenIn) {
      next = old;
    } else {
      const seenIn = peer.seenIn ?? (old?.min && peer.min ? old.seenIn : void 0);
      next = { type: peer.type, id: peer.id, accessHash: peer.accessHash, min: peer.min };
      if (seenIn) next = { ...next, seenIn };
    }
    this.#peers.delete(key);
    this.#peers.set(key, next);
    while (this.#peers.size > this.maxSize) this.#peers.delete(this.#peers.keys().next().value);
  }
  /** The cached entry of a peer (min ones included), marking it recently used. */
  get(type, id) {
    const key = keyOf({ type, id });
    const entry = this.#peers.get(key);
    if (entry) {
      this.#peers.delete(key);
      this.#peers.set(key, entry);
    }
    return entry;
  }
  /** The access hash of a user, if one was seen on a full (not min) object. */
  userAccessHash(id) {
    const entry = this.#peers.get(keyOf({ type: "user", id }));
    return entry && !entry.min ? entry.accessHash : void 0;
  }
  /** The access hash of a channel or supergroup, if one was seen on a full (not min) object. */
  channelAccessHash(id) {
    const entry = this.#peers.get(keyOf({ type: "channel", id }));
    return entry && !entry.min ? entry.accessHash : void 0;
  }
  /**
   * The input peer of an id: a user id, -N for a basic group, -100N for a channel (a positive
   * id the cache knows only as a basic group's or channel's bare id is that). Throws
   * UnknownPeerError when its access hash is not known, a TypeError for what is no id.
   */
  inputPeer(id) {
    return this.#inputOfId(id, "InputPeer");
  }
  /** The input user of a user id; errors as inputPeer, and a TypeError for a chat's id. */
  inputUser(id) {
    return this.#inputOfId(id, "InputUser");
  }
  /** The input channel of a channel's id (-100N, or its bare id); errors as inputPeer. */
  inputChannel(id) {
    return this.#inputOfId(id, "InputChannel");
  }
  /** The input object of `kind` for a peer; `asked` is how errors name what was given. */
  inputOf(peer, kind, asked) {
    return this.#input(peer, kind, asked ?? describePeer(peer), true);
  }
  /** Forgets every peer. */
  clear() {
    this.#peers.clear();
  }
  /** The cache as plain JSON, oldest entry first: `JSON.stringify(cache)` calls it. */
  toJSON() {
    return { version: PEER_CACHE_JSON_VERSION, peers: [...this.#peers.values()].map(peerToJson) };
  }
  /** Adds the peers of `json` (see toJSON), at most maxSize of them; a TypeError names a wrong field. */
  load(json) {
    for (const peer of peersFromJson(json, this.maxSize)) this.#add(peer);
  }
  /** The input object of a peer; `viaMessage`: a min peer may be named through its message. */
  #input(peer, kind, asked, viaMessage) {
    if (peer.type === "chat") {
      if (kind === "InputPeer") return { _: "inputPeerChat", chatId: peer.id };
      throw wrongKind(`${asked} is a basic group`, kind);
    }
    if (peer.type === "user" ? kind === "InputChannel" : kind === "InputUser")
      throw wrongKind(`${asked} is a ${peer.type === "user" ? "user" : "channel or supergroup"}`, kind);
    const entry = this.get(peer.type, peer.id);
    if (entry && !entry.min && entry.accessHash !== void 0) return direct(peer, entry.accessHash, kind);
    if (entry?.seenIn && viaMessage) {
      try {
        const chat = this.#input(entry.seenIn.chat, "InputPeer", describePeer(entry.seenIn.chat), false);
        return fromMessage(peer, chat, entry.seenIn.msgId, kind);
      } catch (e) {
        if (!(e instanceof UnknownPeerError)) throw e;
      }
    }
    throw new UnknownPeerError(peer, entry?.min === true, asked);
  }
  /** The input object of an id, for a parameter of `kind`. */
  #inputOfId(id, kind) {
    if (typeof id !== "bigint" && !Number.isSafeInteger(id)) throw notAPeer(id, kind);
    const n = BigInt(id);
    if (n < 0n) {
      const peer = peerOfMarkedId(n);
      if (!peer)
        throw new TypeError(
          `${n} is not a peer id: a user id, -N for a basic group, or -100N for a channel or supergroup`
        );
      return this.inputOf(peer, kind);
    }
    if (n === 0n) throw new TypeError("0 is not a peer id");
    if (kind !== "InputPeer") return this.inputOf({ type: kind === "InputUser" ? "user" : "channel", id: n }, kind);
    for (const type of ["user", "chat", "channel"])
      if (this.#peers.has(keyOf({ type, id: n }))) return this.inputOf({ type, id: n }, kind);
    return this.inputOf({ type: "user", id: n }, kind, `peer ${n} (seen as no user, basic group or channel)`);
  }
}
function direct(peer, accessHash, kind) {
  if (peer.type === "user")
    return kind === "InputPeer" ? { _: "inputPeerUser", userId: peer.id, accessHash } : { _: "inputUser", userId: peer.id, accessHash };
  return kind === "InputPeer" ? { _: "inputPeerChannel", channelId: peer.id, accessHash } : { _: "inputChannel", channelId: peer.id, accessHash };
}
function fromMessage(peer, chat, msgId, kind) {
  if (peer.type === "user")
    return {
      _: kind === "InputPeer" ? "inputPeerUserFromMessage" : "inputUserFromMessage",
      peer: chat,
      msgId,
      userId: peer.id
    };
  const _ = kind === "InputPeer" ? "inputPeerChannelFromMessage" : "inputChannelFromMessage";
  return { _, peer: chat, msgId, channelId: peer.id };
}
export {
  DEFAULT_PEER_CACHE_SIZE,
  PeerCache
};
