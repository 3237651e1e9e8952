import { type CachedPeer, type PeerRef } from "./peer-ids.js";
import { type PeerCacheJson } from "./peer-cache-json.js";
import type { PeerId, PeerKind } from "./peer-like.js";
/** An input peer the cache builds. */
export type CachedInputPeer =
  | {
      _: "inputPeerUser";
      userId: bigint;
      accessHash: bigint;
    }
  | {
      _: "inputPeerChat";
      chatId: bigint;
    }
  | {
      _: "inputPeerChannel";
      channelId: bigint;
      accessHash: bigint;
    }
  | {
      _: "inputPeerUserFromMessage";
      peer: CachedInputPeer;
      msgId: number;
      userId: bigint;
    }
  | {
      _: "inputPeerChannelFromMessage";
      peer: CachedInputPeer;
      msgId: number;
      channelId: bigint;
    };
/** An input user the cache builds. */
export type CachedInputUser =
  | {
      _: "inputUser";
      userId: bigint;
      accessHash: bigint;
    }
  | {
      _: "inputUserFromMessage";
      peer: CachedInputPeer;
      msgId: number;
      userId: bigint;
    };
/** An input channel the cache builds. */
export type CachedInputChannel =
  | {
      _: "inputChannel";
      channelId: bigint;
      accessHash: bigint;
    }
  | {
      _: "inputChannelFromMessage";
      peer: CachedInputPeer;
      msgId: number;
      channelId: bigint;
    };
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
export declare const DEFAULT_PEER_CACHE_SIZE = 10000;
/** The users, basic groups and channels seen so far, least recently used first. */
export declare class PeerCache {
  #private;
  /** The most peers it holds. */
  readonly maxSize: number;
  /** Throws a RangeError for a maxSize that is not a whole number of at least 1. */
  constructor(options?: PeerCacheOptions);
  /** A cache holding the peers of `json` (see toJSON); a TypeError names a wrong field. */
  static fromJSON(json: unknown, options?: PeerCacheOptions): PeerCache;
  /** How many peers it holds. */
  get size(): number;
  /**
   * Remembers every user, basic group and channel inside a decoded TL value (a result, or an
   * update your connection received), at any depth, and for min ones the message they were
   * seen in. A min object never replaces a full one.
   */
  remember(value: unknown): void;
  /** The cached entry of a peer (min ones included), marking it recently used. */
  get(type: PeerRef["type"], id: bigint): CachedPeer | undefined;
  /** The access hash of a user, if one was seen on a full (not min) object. */
  userAccessHash(id: bigint): bigint | undefined;
  /** The access hash of a channel or supergroup, if one was seen on a full (not min) object. */
  channelAccessHash(id: bigint): bigint | undefined;
  /**
   * The input peer of an id: a user id, -N for a basic group, -100N for a channel (a positive
   * id the cache knows only as a basic group's or channel's bare id is that). Throws
   * UnknownPeerError when its access hash is not known, a TypeError for what is no id.
   */
  inputPeer(id: PeerId): CachedInputPeer;
  /** The input user of a user id; errors as inputPeer, and a TypeError for a chat's id. */
  inputUser(id: PeerId): CachedInputUser;
  /** The input channel of a channel's id (-100N, or its bare id); errors as inputPeer. */
  inputChannel(id: PeerId): CachedInputChannel;
  /** The input object of `kind` for a peer; `asked` is how errors name what was given. */
  inputOf<K extends PeerKind>(peer: PeerRef, kind: K, asked?: string): CachedInputs[K];
  /** Forgets every peer. */
  clear(): void;
  /** The cache as plain JSON, oldest entry first: `JSON.stringify(cache)` calls it. */
  toJSON(): PeerCacheJson;
  /** Adds the peers of `json` (see toJSON), at most maxSize of them; a TypeError names a wrong field. */
  load(json: unknown): void;
}
