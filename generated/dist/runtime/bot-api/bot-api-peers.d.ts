import type { Invoker } from "../invoke/invoker.js";
import { PeerCache, type CachedInputPeer, type CachedInputUser } from "../peers/peer-cache.js";
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
export type BotApiInputPeer = CachedInputPeer;
/** An MTProto input user built from a Bot API user_id. */
export type BotApiInputUser = CachedInputUser;
/** What a Bot API chat id stands for; a BotApiError naming `field` when it is in no range. */
export declare function botApiPeerOf(id: number, field?: string): BotApiPeer;
/** The Bot API id of an MTProto peer: the inverse of botApiPeerOf. */
export declare function botApiIdOf(peer: BotApiPeer): number;
/** The input peer of a Bot API chat_id; a BotApiError naming `field` when its hash is unknown. */
export declare function botApiInputPeer(peers: PeerCache, chatId: number, field?: string): BotApiInputPeer;
/** The input user of a Bot API user_id; a BotApiError naming `field` when its hash is unknown. */
export declare function botApiInputUser(peers: PeerCache, userId: number, field?: string): BotApiInputUser;
/** An invoker whose decoded results all pass through `peers`. */
export interface PeerCachingInvoker extends Pick<Invoker, "invoke"> {
  /** The cache its results fill. */
  readonly peers: PeerCache;
}
/**
 * An invoker whose results fill a peer cache. An invoker of createInvoker has one already
 * (`invoker.peers`): it is used, unless `peers` names another, which then hears every result
 * through onResult (the answers of the resolver's lookups, "@username", too). Anything else
 * with an `invoke` (middleware included) is wrapped so that its results fill `peers`.
 */
export declare function withPeerCache(
  invoker: Pick<Invoker, "invoke"> & Partial<Pick<Invoker, "onResult" | "peers">>,
  peers?: PeerCache,
): PeerCachingInvoker;
