// Bot API ids over MTProto. A Bot API chat_id is a user id (positive), -N for basic group N, or
// -(10^12 + N) ("-100N") for channel or supergroup N; users and channels also need an access
// hash, which only the server's answers carry. The peer cache (runtime/peers/) keeps every hash
// it has seen; these helpers read Bot API ids through it with Bot API errors, and withPeerCache
// gives the invoker's own cache (or feeds one from every decoded result of any invoke).
import { BotApiError } from "./bot-api-error.js";
import type { Invoker } from "../invoke/invoker.js";
import { PeerCache, type CachedInputPeer, type CachedInputUser } from "../peers/peer-cache.js";
import { markedIdOf, peerOfMarkedId } from "../peers/peer-ids.js";

/** What a Bot API id stands for on MTProto. */
export type BotApiPeer = { type: "user"; id: bigint } | { type: "chat"; id: bigint } | { type: "channel"; id: bigint };

/** An MTProto input peer built from a Bot API id. */
export type BotApiInputPeer = CachedInputPeer;

/** An MTProto input user built from a Bot API user_id. */
export type BotApiInputUser = CachedInputUser;

/** What a Bot API chat id stands for; a BotApiError naming `field` when it is in no range. */
export function botApiPeerOf(id: number, field = "chat_id"): BotApiPeer {
  const peer = peerOfMarkedId(id);
  if (peer) return { type: peer.type, id: peer.id } as BotApiPeer;
  throw BotApiError.local(
    field,
    `${id} is not a Bot API chat id (a user id, -N for a basic group, -100N for a channel or supergroup)`,
  );
}

/** The Bot API id of an MTProto peer: the inverse of botApiPeerOf. */
export function botApiIdOf(peer: BotApiPeer): number {
  return Number(markedIdOf(peer));
}

/** The input peer of a Bot API chat_id; a BotApiError naming `field` when its hash is unknown. */
export function botApiInputPeer(peers: PeerCache, chatId: number, field = "chat_id"): BotApiInputPeer {
  const peer = botApiPeerOf(chatId, field); // a positive Bot API id is always a user's
  return asBotApiError(field, () => peers.inputOf(peer, "InputPeer"));
}

/** The input user of a Bot API user_id; a BotApiError naming `field` when its hash is unknown. */
export function botApiInputUser(peers: PeerCache, userId: number, field = "user_id"): BotApiInputUser {
  const peer = botApiPeerOf(userId, field);
  if (peer.type !== "user") throw BotApiError.local(field, `${userId} is not a user id`);
  return asBotApiError(field, () => peers.inputOf(peer, "InputUser"));
}

/** Runs `f`, giving its errors as a local BotApiError naming `field`. */
function asBotApiError<T>(field: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw BotApiError.local(field, (e as Error).message);
  }
}

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
export function withPeerCache(
  invoker: Pick<Invoker, "invoke"> & Partial<Pick<Invoker, "onResult" | "peers">>,
  peers?: PeerCache,
): PeerCachingInvoker {
  const invoke = invoker.invoke.bind(invoker) as Invoker["invoke"];
  if (invoker.peers instanceof PeerCache && (peers === undefined || peers === invoker.peers))
    return { peers: invoker.peers, invoke };
  const cache = peers ?? new PeerCache();
  if (typeof invoker.onResult === "function") {
    invoker.onResult((result) => cache.remember(result));
    return { peers: cache, invoke };
  }
  const remembering = (async (...args: Parameters<Invoker["invoke"]>) => {
    const result = await invoker.invoke(...args);
    cache.remember(result);
    return result;
  }) as Invoker["invoke"];
  return { peers: cache, invoke: remembering };
}
