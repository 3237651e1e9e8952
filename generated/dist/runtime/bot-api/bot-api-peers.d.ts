import type { Invoker } from "../invoke/invoker.js";
/** What a Bot API id stands for on MTProto. */
export type BotApiPeer =
  | {
      type: "user";
      id: bigint;
    }
  | {
      type: "chat";
      id: bigint;
    }
  | {
      type: "channel";
      id: bigint;
    };
/** An MTProto input peer built from a Bot API id. */
export type BotApiInputPeer =
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
    };
/** An MTProto input user built from a Bot API user_id. */
export type BotApiInputUser = {
  _: "inputUser";
  userId: bigint;
  accessHash: bigint;
};
/** What a Bot API chat id stands for; a BotApiError naming `field` when it is in no range. */
export declare function botApiPeerOf(id: number, field?: string): BotApiPeer;
/** The Bot API id of an MTProto peer: the inverse of botApiPeerOf. */
export declare function botApiIdOf(peer: BotApiPeer): number;
/** Access hashes of users and channels, learned from decoded TL values. */
export declare class PeerCache {
  #private;
  /**
   * Remembers the access hash of every user and channel inside a decoded TL value: a result,
   * or an update your connection received. "min" objects are skipped, as their hash is not one
   * a bot can use.
   */
  remember(value: unknown): void;
  /** The access hash of a user, if one was seen. */
  userAccessHash(id: bigint): bigint | undefined;
  /** The access hash of a channel or supergroup, if one was seen. */
  channelAccessHash(id: bigint): bigint | undefined;
  /** The input peer of a Bot API chat_id; a BotApiError naming the id when its hash is unknown. */
  inputPeer(chatId: number, field?: string): BotApiInputPeer;
  /** The input user of a Bot API user_id; a BotApiError naming the id when its hash is unknown. */
  inputUser(userId: number, field?: string): BotApiInputUser;
}
/** An invoker whose decoded results all pass through `peers`. */
export interface PeerCachingInvoker extends Pick<Invoker, "invoke"> {
  /** The cache its results fill. */
  readonly peers: PeerCache;
}
/**
 * Wraps an invoker (or anything with its `invoke`, middleware included) so that every decoded
 * result fills `peers` with the access hashes it carries. An invoker of createInvoker is heard
 * through its onResult, so the answers of its resolver's lookups ("@username") count too.
 */
export declare function withPeerCache(
  invoker: Pick<Invoker, "invoke"> & Partial<Pick<Invoker, "onResult">>,
  peers?: PeerCache,
): PeerCachingInvoker;
