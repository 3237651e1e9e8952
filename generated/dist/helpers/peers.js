import {
  createInvoker,
  parsePeerLike
} from "../runtime/index.js";
function fromResolvedPeer(answer) {
  const peer = answer.peer;
  if (peer._ === "peerUser") {
    const user = answer.users.find((u) => u._ === "user" && u.id === peer.userId);
    return { type: "user", id: peer.userId, accessHash: user?.accessHash ?? 0n };
  }
  if (peer._ === "peerChannel") {
    const channel = answer.chats.find((c) => c._ === "channel" && c.id === peer.channelId);
    return { type: "channel", id: peer.channelId, accessHash: channel?.accessHash ?? 0n };
  }
  return { type: "chat", id: peer.chatId };
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
        entry = invoker.invoke(resolveUsername(parsed.username)).then(fromResolvedPeer);
        cache.set(parsed.username, entry);
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
  resolvingInvokerWith,
  toInput,
  usernameResolverWith
};
