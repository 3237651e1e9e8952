// PeerCache: the users, basic groups and channels seen in decoded values, with their access
// hashes, so that ids and Peers can be sent as input peers. It is bounded (least recently used
// entries go first), exports and imports plain JSON, and keeps "min" peers apart: a min peer's
// hash is never used to build an input peer; it is named through a message it was seen in
// (input*FromMessage) when that message is known, and is an error otherwise.
import { peersIn } from "./peer-walk.js";
import { UnknownPeerError, notAPeer, wrongKind } from "./peer-errors.js";
import { describePeer, peerOfMarkedId, type CachedPeer, type PeerRef } from "./peer-ids.js";
import { peerToJson, peersFromJson, PEER_CACHE_JSON_VERSION, type PeerCacheJson } from "./peer-cache-json.js";
import type { PeerId, PeerKind } from "./peer-like.js";

/** An input peer the cache builds. */
export type CachedInputPeer =
  | { _: "inputPeerUser"; userId: bigint; accessHash: bigint }
  | { _: "inputPeerChat"; chatId: bigint }
  | { _: "inputPeerChannel"; channelId: bigint; accessHash: bigint }
  | { _: "inputPeerUserFromMessage"; peer: CachedInputPeer; msgId: number; userId: bigint }
  | { _: "inputPeerChannelFromMessage"; peer: CachedInputPeer; msgId: number; channelId: bigint };

/** An input user the cache builds. */
export type CachedInputUser =
  | { _: "inputUser"; userId: bigint; accessHash: bigint }
  | { _: "inputUserFromMessage"; peer: CachedInputPeer; msgId: number; userId: bigint };

/** An input channel the cache builds. */
export type CachedInputChannel =
  | { _: "inputChannel"; channelId: bigint; accessHash: bigint }
  | { _: "inputChannelFromMessage"; peer: CachedInputPeer; msgId: number; channelId: bigint };

/** What the cache builds for each kind of parameter. */
export interface CachedInputs {
  /** For an InputPeer parameter. */
  InputPeer: CachedInputPeer;
  /** For an InputUser parameter. */
  InputUser: CachedInputUser;
  /** For an InputChannel parameter. */
  InputChannel: CachedInputChannel;
}

/** Options of PeerCache. */
export interface PeerCacheOptions {
  /** The most peers it holds; past it the least recently used go. Default DEFAULT_PEER_CACHE_SIZE. */
  maxSize?: number;
}

/** 10,000 peers: a few MB at most, and far more than one bot or user session touches at a time. */
export const DEFAULT_PEER_CACHE_SIZE = 10_000;

const keyOf = (peer: PeerRef): string => `${peer.type}:${peer.id}`;

/** The users, basic groups and channels seen so far, least recently used first. */
export class PeerCache {
  /** The most peers it holds. */
  readonly maxSize: number;
  /** `type:id` -> the peer, least recently used first (a Map keeps insertion order). */
  readonly #peers = new Map<string, CachedPeer>();

  /** Throws a RangeError for a maxSize that is not a whole number of at least 1. */
  constructor(options: PeerCacheOptions = {}) {
    const max = options.maxSize ?? DEFAULT_PEER_CACHE_SIZE;
    if (!Number.isSafeInteger(max) || max < 1)
      throw new RangeError(`maxSize must be a whole number of peers, at least 1, got ${String(max)}`);
    this.maxSize = max;
  }

  /** A cache holding the peers of `json` (see toJSON); a TypeError names a wrong field. */
  static fromJSON(json: unknown, options: PeerCacheOptions = {}): PeerCache {
    const cache = new PeerCache(options);
    cache.load(json);
    return cache;
  }

  /** How many peers it holds. */
  get size(): number {
    return this.#peers.size;
  }

  /**
   * Remembers every user, basic group and channel inside a decoded TL value (a result, or an
   * update your connection received), at any depth, and for min ones the message they were
   * seen in. A min object never replaces a full one.
   */
  remember(value: unknown): void {
    const { peers, seen } = peersIn(value);
    for (const peer of peers) this.#add(peer);
    for (const { peer, chat, msgId } of seen) {
      const entry = this.#peers.get(keyOf(peer));
      if (entry?.min) this.#peers.set(keyOf(peer), { ...entry, seenIn: { chat, msgId } });
    }
  }

  /** Adds or refreshes one peer, evicting the least recently used past maxSize. */
  #add(peer: CachedPeer): void {
    const key = keyOf(peer);
    const old = this.#peers.get(key);
    let next: CachedPeer;
    if (old && peer.min && !old.min) {
      next = old; // Telegram's rule: a full object already cached wins over a min one
    } else if (old && old.min === peer.min && old.accessHash === peer.accessHash && !peer.seenIn) {
      next = old; // nothing new (the common case: a result repeats known peers); only its place moves
    } else {
      const seenIn = peer.seenIn ?? (old?.min && peer.min ? old.seenIn : undefined);
      next = { type: peer.type, id: peer.id, accessHash: peer.accessHash, min: peer.min };
      if (seenIn) next = { ...next, seenIn };
    }
    this.#peers.delete(key);
    this.#peers.set(key, next);
    while (this.#peers.size > this.maxSize) this.#peers.delete(this.#peers.keys().next().value as string);
  }

  /** The cached entry of a peer (min ones included), marking it recently used. */
  get(type: PeerRef["type"], id: bigint): CachedPeer | undefined {
    const key = keyOf({ type, id });
    const entry = this.#peers.get(key);
    if (entry) {
      this.#peers.delete(key);
      this.#peers.set(key, entry);
    }
    return entry;
  }

  /** The access hash of a user, if one was seen on a full (not min) object. */
  userAccessHash(id: bigint): bigint | undefined {
    const entry = this.#peers.get(keyOf({ type: "user", id }));
    return entry && !entry.min ? entry.accessHash : undefined;
  }

  /** The access hash of a channel or supergroup, if one was seen on a full (not min) object. */
  channelAccessHash(id: bigint): bigint | undefined {
    const entry = this.#peers.get(keyOf({ type: "channel", id }));
    return entry && !entry.min ? entry.accessHash : undefined;
  }

  /**
   * The input peer of an id: a user id, -N for a basic group, -100N for a channel (a positive
   * id the cache knows only as a basic group's or channel's bare id is that). Throws
   * UnknownPeerError when its access hash is not known, a TypeError for what is no id.
   */
  inputPeer(id: PeerId): CachedInputPeer {
    return this.#inputOfId(id, "InputPeer");
  }

  /** The input user of a user id; errors as inputPeer, and a TypeError for a chat's id. */
  inputUser(id: PeerId): CachedInputUser {
    return this.#inputOfId(id, "InputUser");
  }

  /** The input channel of a channel's id (-100N, or its bare id); errors as inputPeer. */
  inputChannel(id: PeerId): CachedInputChannel {
    return this.#inputOfId(id, "InputChannel");
  }

  /** The input object of `kind` for a peer; `asked` is how errors name what was given. */
  inputOf<K extends PeerKind>(peer: PeerRef, kind: K, asked?: string): CachedInputs[K] {
    return this.#input(peer, kind, asked ?? describePeer(peer), true) as CachedInputs[K];
  }

  /** Forgets every peer. */
  clear(): void {
    this.#peers.clear();
  }

  /** The cache as plain JSON, oldest entry first: `JSON.stringify(cache)` calls it. */
  toJSON(): PeerCacheJson {
    return { version: PEER_CACHE_JSON_VERSION, peers: [...this.#peers.values()].map(peerToJson) };
  }

  /** Adds the peers of `json` (see toJSON), at most maxSize of them; a TypeError names a wrong field. */
  load(json: unknown): void {
    for (const peer of peersFromJson(json, this.maxSize)) this.#add(peer);
  }

  /** The input object of a peer; `viaMessage`: a min peer may be named through its message. */
  #input(peer: PeerRef, kind: PeerKind, asked: string, viaMessage: boolean): object {
    if (peer.type === "chat") {
      if (kind === "InputPeer") return { _: "inputPeerChat", chatId: peer.id };
      throw wrongKind(`${asked} is a basic group`, kind);
    }
    if (peer.type === "user" ? kind === "InputChannel" : kind === "InputUser")
      throw wrongKind(`${asked} is a ${peer.type === "user" ? "user" : "channel or supergroup"}`, kind);
    const entry = this.get(peer.type, peer.id);
    if (entry && !entry.min && entry.accessHash !== undefined) return direct(peer, entry.accessHash, kind);
    if (entry?.seenIn && viaMessage) {
      try {
        const chat = this.#input(entry.seenIn.chat, "InputPeer", describePeer(entry.seenIn.chat), false);
        return fromMessage(peer, chat as CachedInputPeer, entry.seenIn.msgId, kind);
      } catch (e) {
        if (!(e instanceof UnknownPeerError)) throw e;
      }
    }
    throw new UnknownPeerError(peer, entry?.min === true, asked);
  }

  /** The input object of an id, for a parameter of `kind`. */
  #inputOfId<K extends PeerKind>(id: PeerId, kind: K): CachedInputs[K] {
    if (typeof id !== "bigint" && !Number.isSafeInteger(id)) throw notAPeer(id, kind);
    const n = BigInt(id);
    if (n < 0n) {
      const peer = peerOfMarkedId(n);
      if (!peer)
        throw new TypeError(
          `${n} is not a peer id: a user id, -N for a basic group, or -100N for a channel or supergroup`,
        );
      return this.inputOf(peer, kind);
    }
    if (n === 0n) throw new TypeError("0 is not a peer id");
    if (kind !== "InputPeer") return this.inputOf({ type: kind === "InputUser" ? "user" : "channel", id: n }, kind);
    // As GramJS's entity cache: a positive id is a user's, unless only a chat or channel has it.
    for (const type of ["user", "chat", "channel"] as const)
      if (this.#peers.has(keyOf({ type, id: n }))) return this.inputOf({ type, id: n }, kind);
    return this.inputOf({ type: "user", id: n }, kind, `peer ${n} (seen as no user, basic group or channel)`);
  }
}

function direct(peer: PeerRef, accessHash: bigint, kind: PeerKind): object {
  if (peer.type === "user")
    return kind === "InputPeer"
      ? { _: "inputPeerUser", userId: peer.id, accessHash }
      : { _: "inputUser", userId: peer.id, accessHash };
  return kind === "InputPeer"
    ? { _: "inputPeerChannel", channelId: peer.id, accessHash }
    : { _: "inputChannel", channelId: peer.id, accessHash };
}

function fromMessage(peer: PeerRef, chat: CachedInputPeer, msgId: number, kind: PeerKind): object {
  if (peer.type === "user")
    return {
      _: kind === "InputPeer" ? "inputPeerUserFromMessage" : "inputUserFromMessage",
      peer: chat,
      msgId,
      userId: peer.id,
    };
  const _ = kind === "InputPeer" ? "inputPeerChannelFromMessage" : "inputChannelFromMessage";
  return { _, peer: chat, msgId, channelId: peer.id };
}
