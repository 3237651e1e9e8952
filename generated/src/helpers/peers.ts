// Room helpers/: hand-written helpers over typed seams, copied into packages whose modules import
// them.
// Imports: runtime/. Imported by: nothing.
//
// The default peer resolver: looks "@username", "username" and t.me links up through the
// invoker itself, and caches what it found; "me" and "self" need no lookup. The lookup request
// (contacts.resolveUsername) is a seam: the generated package passes its own (src/peers.ts),
// so this file needs no generated code.
import {
  createInvoker,
  parsePeerLike,
  type Invoker,
  type InvokerOptions,
  type PeerKind,
  type PeerResolver,
  type TlRequest,
  type Transport,
} from "../runtime/index.js";

/** What a username resolved to. */
export type ResolvedPeer =
  | { type: "user"; id: bigint; accessHash: bigint }
  | { type: "chat"; id: bigint }
  | { type: "channel"; id: bigint; accessHash: bigint };

/** The fields of contacts.resolvedPeer the resolver reads. */
export interface ResolvedPeerAnswer {
  /** What the username names. */
  peer: { _: "peerUser"; userId: bigint } | { _: "peerChat"; chatId: bigint } | { _: "peerChannel"; channelId: bigint };
  /** Users of the answer, with their access hashes. */
  users: readonly { _: string; id: bigint; accessHash?: bigint }[];
  /** Chats and channels of the answer, with their access hashes. */
  chats: readonly { _: string; id: bigint; accessHash?: bigint }[];
}

/** Builds the contacts.resolveUsername request for a username. */
export type ResolveUsernameRequest = (username: string) => TlRequest<ResolvedPeerAnswer>;

function fromResolvedPeer(answer: ResolvedPeerAnswer, username: string): ResolvedPeer {
  const peer = answer.peer;
  if (peer._ === "peerChat") return { type: "chat", id: peer.chatId };
  const [type, id, list] =
    peer._ === "peerUser"
      ? (["user", peer.userId, answer.users] as const)
      : (["channel", peer.channelId, answer.chats] as const);
  const found = list.find((x) => x._ === type && x.id === id);
  // Never a zero hash: an answer without it is refused, not sent on.
  if (typeof found?.accessHash !== "bigint")
    throw new TypeError(`contacts.resolveUsername("${username}") answered ${type} ${id} without its access hash`);
  return { type, id, accessHash: found.accessHash };
}

/** The TL input object of `kind` for a resolved peer. */
export function toInput(peer: ResolvedPeer, kind: PeerKind, name: string): object {
  if (kind === "InputPeer") {
    if (peer.type === "user") return { _: "inputPeerUser", userId: peer.id, accessHash: peer.accessHash };
    if (peer.type === "channel") return { _: "inputPeerChannel", channelId: peer.id, accessHash: peer.accessHash };
    return { _: "inputPeerChat", chatId: peer.id };
  }
  if (kind === "InputUser" && peer.type === "user")
    return { _: "inputUser", userId: peer.id, accessHash: peer.accessHash };
  if (kind === "InputChannel" && peer.type === "channel")
    return { _: "inputChannel", channelId: peer.id, accessHash: peer.accessHash };
  throw new TypeError(`"${name}" is a ${peer.type}, but this parameter takes an ${kind}`);
}

/** How many usernames a resolver remembers; past it the oldest go (the peer cache keeps their ids). */
export const MAX_CACHED_USERNAMES = 1000;

/** A resolver that asks the server through `invoker`, caching the usernames it resolved (bounded). */
export function usernameResolverWith(
  invoker: Pick<Invoker, "invoke">,
  resolveUsername: ResolveUsernameRequest,
): PeerResolver & { readonly cache: Map<string, Promise<ResolvedPeer>> } {
  const cache = new Map<string, Promise<ResolvedPeer>>();
  return {
    cache,
    async resolve(value, kind) {
      const parsed = parsePeerLike(value);
      if (!parsed)
        throw new TypeError(`"${value}" is not a peer: use "me", "self", "@username", "username" or a t.me link`);
      if (parsed.kind === "self") {
        if (kind === "InputPeer") return { _: "inputPeerSelf" };
        if (kind === "InputUser") return { _: "inputUserSelf" };
        throw new TypeError(`"${value}" is you, but this parameter takes an InputChannel`);
      }
      let entry = cache.get(parsed.username);
      if (!entry) {
        const username = parsed.username;
        entry = invoker.invoke(resolveUsername(username)).then((answer) => fromResolvedPeer(answer, username));
        cache.set(username, entry);
        if (cache.size > MAX_CACHED_USERNAMES) cache.delete(cache.keys().next().value as string);
        entry.catch(() => cache.delete(parsed.username)); // a failed lookup is not cached
      }
      return toInput(await entry, kind, value);
    },
  };
}

/** createInvoker with the username resolver, unless `options` brings its own. */
export function resolvingInvokerWith(
  transport: Transport,
  options: InvokerOptions,
  resolveUsername: ResolveUsernameRequest,
): Invoker {
  const invoker = createInvoker(transport, options);
  if (!options.resolver) invoker.setResolver(usernameResolverWith(invoker, resolveUsername));
  return invoker;
}
