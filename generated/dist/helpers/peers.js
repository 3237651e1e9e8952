import {
  createInvoker,
  parsePeerLike
} from "../runtime/index.js";
function fromResolvedPeer(answer, username) {
  const peer = answer.peer;
  if (peer._ === "peerChat") return { type: "chat", id: peer.chatId };
  const [type, id, list] = peer._ === "peerUser" ? ["user", peer.userId, answer.users] : ["channel", peer.channelId, answer.chats];
  const found = list.find((x) => x._ === type && x.id === id);
  if (typeof found?.accessHash !== "bigint")
    throw new TypeError(`contacts.resolveUsername("${username}") answered ${type} ${id} without its access hash`);
  return { type, id, accessHash: found.accessHash };
}
function toInput(peer, kind, name) {
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
const MAX_CACHED_USERNAMES = 1e3;
function usernameResolverWith(invoker, resolveUsername) {
  const cache = /* @__PURE__ */ new Map();
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
        if (cache.size > MAX_CACHED_USERNAMES) cache.delete(cache.keys().next().value);
        entry.catch(() => cache.delete(parsed.username));
      }
      return toInput(await entry, kind, value);
    }
  };
}
function resolvingInvokerWith(transport, options, resolveUsername) {
  const invoker = createInvoker(transport, options);
  if (!options.resolver) invoker.setResolver(usernameResolverWith(invoker, resolveUsername));
  return invoker;
}
export {
  MAX_CACHED_USERNAMES,
  resolvingInvokerWith,
  toInput,
  usernameResolverWith
};
