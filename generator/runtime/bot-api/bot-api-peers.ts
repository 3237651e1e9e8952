// Bot API ids over MTProto. A Bot API chat_id is a user id (positive), -N for basic group N, or
// -(10^12 + N) ("-100N") for channel or supergroup N; users and channels also need an access
// hash, which only the server's answers carry. PeerCache keeps every hash it has seen, and
// withPeerCache feeds it from every decoded result that passes through an invoker.
import { BotApiError } from "./bot-api-error.js";
import type { Invoker } from "../invoke/invoker.js";

/** What a Bot API id stands for on MTProto. */
export type BotApiPeer = { type: "user"; id: bigint } | { type: "chat"; id: bigint } | { type: "channel"; id: bigint };

/** An MTProto input peer built from a Bot API id. */
export type BotApiInputPeer =
  | { _: "inputPeerUser"; userId: bigint; accessHash: bigint }
  | { _: "inputPeerChat"; chatId: bigint }
  | { _: "inputPeerChannel"; channelId: bigint; accessHash: bigint };

/** An MTProto input user built from a Bot API user_id. */
export type BotApiInputUser = { _: "inputUser"; userId: bigint; accessHash: bigint };

// The id ranges of the official server (TDLib's DialogId).
const MAX_USER_ID = 2 ** 40 - 1;
const MAX_CHAT_ID = 999_999_999_999;
const ZERO_CHANNEL_ID = -1_000_000_000_000;
const MAX_CHANNEL_ID = 1_000_000_000_000 - 2 ** 31;

/** What a Bot API chat id stands for; a BotApiError naming `field` when it is in no range. */
export function botApiPeerOf(id: number, field = "chat_id"): BotApiPeer {
  if (Number.isSafeInteger(id)) {
    if (id > 0 && id <= MAX_USER_ID) return { type: "user", id: BigInt(id) };
    if (id < 0 && id >= -MAX_CHAT_ID) return { type: "chat", id: BigInt(-id) };
    if (id < ZERO_CHANNEL_ID && ZERO_CHANNEL_ID - id <= MAX_CHANNEL_ID)
      return { type: "channel", id: BigInt(ZERO_CHANNEL_ID - id) };
  }
  throw BotApiError.local(
    field,
    `${id} is not a Bot API chat id (a user id, -N for a basic group, -100N for a channel or supergroup)`,
  );
}

/** The Bot API id of an MTProto peer: the inverse of botApiPeerOf. */
export function botApiIdOf(peer: BotApiPeer): number {
  const id = Number(peer.id);
  if (peer.type === "user") return id;
  return peer.type === "chat" ? -id : ZERO_CHANNEL_ID - id;
}

/** Access hashes of users and channels, learned from decoded TL values. */
export class PeerCache {
  /** User id -> access hash. */
  readonly #users = new Map<bigint, bigint>();
  /** Channel id -> access hash. */
  readonly #channels = new Map<bigint, bigint>();

  /**
   * Remembers the access hash of every user and channel inside a decoded TL value: a result,
   * or an update your connection received. "min" objects are skipped, as their hash is not one
   * a bot can use.
   */
  remember(value: unknown): void {
    const stack: unknown[] = [value];
    while (stack.length > 0) {
      const v = stack.pop();
      if (typeof v !== "object" || v === null || ArrayBuffer.isView(v)) continue;
      if (Array.isArray(v)) {
        for (const item of v) stack.push(item);
        continue;
      }
      const o = v as Record<string, unknown>;
      if (typeof o.accessHash === "bigint" && typeof o.id === "bigint" && o.min !== true) {
        if (o._ === "user") this.#users.set(o.id, o.accessHash);
        else if (o._ === "channel" || o._ === "channelForbidden") this.#channels.set(o.id, o.accessHash);
      }
      for (const key in o) if (typeof o[key] === "object") stack.push(o[key]);
    }
  }

  /** The access hash of a user, if one was seen. */
  userAccessHash(id: bigint): bigint | undefined {
    return this.#users.get(id);
  }

  /** The access hash of a channel or supergroup, if one was seen. */
  channelAccessHash(id: bigint): bigint | undefined {
    return this.#channels.get(id);
  }

  /** The input peer of a Bot API chat_id; a BotApiError naming the id when its hash is unknown. */
  inputPeer(chatId: number, field = "chat_id"): BotApiInputPeer {
    const peer = botApiPeerOf(chatId, field);
    if (peer.type === "chat") return { _: "inputPeerChat", chatId: peer.id };
    if (peer.type === "user") return { _: "inputPeerUser", userId: peer.id, accessHash: this.#need(peer, field) };
    return { _: "inputPeerChannel", channelId: peer.id, accessHash: this.#need(peer, field) };
  }

  /** The input user of a Bot API user_id; a BotApiError naming the id when its hash is unknown. */
  inputUser(userId: number, field = "user_id"): BotApiInputUser {
    const peer = botApiPeerOf(userId, field);
    if (peer.type !== "user") throw BotApiError.local(field, `${userId} is not a user id`);
    return { _: "inputUser", userId: peer.id, accessHash: this.#need(peer, field) };
  }

  /** The access hash of a user or channel, or an error saying how to get it. */
  #need(peer: BotApiPeer, field: string): bigint {
    const hash = peer.type === "user" ? this.#users.get(peer.id) : this.#channels.get(peer.id);
    if (hash !== undefined) return hash;
    const what = peer.type === "user" ? `user ${peer.id}` : `channel or supergroup ${peer.id}`;
    throw BotApiError.local(
      field,
      `${botApiIdOf(peer)} is ${what}, whose access hash has not been seen: send your requests through ` +
        "withPeerCache(invoker) so that answers carrying it (contacts.resolveUsername, messages.getDialogs, " +
        'updates) fill the cache, pass received updates to peers.remember(update), or give the chat as "@username"',
    );
  }
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
export function withPeerCache(
  invoker: Pick<Invoker, "invoke"> & Partial<Pick<Invoker, "onResult">>,
  peers: PeerCache = new PeerCache(),
): PeerCachingInvoker {
  if (typeof invoker.onResult === "function") {
    invoker.onResult((result) => peers.remember(result));
    return { peers, invoke: invoker.invoke.bind(invoker) as Invoker["invoke"] };
  }
  const invoke = (async (...args: Parameters<Invoker["invoke"]>) => {
    const result = await invoker.invoke(...args);
    peers.remember(result);
    return result;
  }) as Invoker["invoke"];
  return { peers, invoke };
}
