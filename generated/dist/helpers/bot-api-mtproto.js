import {
  BotApiError,
  PeerCache,
  botApiInputPeer,
  botApiInputUser,
  withPeerCache
} from "../runtime/index.js";
import {
  botApiUserOf,
  chatInviteLinkOf,
  inviteOf,
  unknownBotApiUser
} from "./chat-invite-link.js";
const backends = /* @__PURE__ */ new WeakMap();
function mtprotoInvites(invoker, requests) {
  let backend = backends.get(invoker);
  if (!backend) backends.set(invoker, backend = new MtprotoInvites(invoker, requests));
  return backend;
}
class MtprotoInvites {
  /** The invoker, wrapped so that its answers fill the peer cache. */
  #invoker;
  /** The package's request classes. */
  #requests;
  /** The bot's own user, once asked for. */
  #self = null;
  constructor(invoker, requests) {
    const peers = invoker.peers;
    this.#invoker = peers instanceof PeerCache ? invoker : withPeerCache(invoker);
    this.#requests = requests;
  }
  /** The cache that maps Bot API ids to access hashes for this invoker. */
  get peers() {
    return this.#invoker.peers;
  }
  /** createChatInviteLink: messages.exportChatInvite with only the fields that are set. */
  createChatInviteLink(body, options = {}) {
    return this.#named("createChatInviteLink", async () => {
      const peer = this.#peer(body.chat_id);
      const self = await this.#botUser(options);
      const request = this.#need("exportChatInvite")({
        peer,
        title: body.name || void 0,
        expireDate: body.expire_date || void 0,
        usageLimit: body.member_limit || void 0,
        requestNeeded: body.creates_join_request || void 0
      });
      return this.#link(await this.#send(request, options), [], self);
    });
  }
  /** createChatSubscriptionInviteLink: messages.exportChatInvite with a Stars subscription pricing. */
  createChatSubscriptionInviteLink(body, options = {}) {
    return this.#named("createChatSubscriptionInviteLink", async () => {
      const peer = this.#peer(body.chat_id);
      const self = await this.#botUser(options);
      const request = this.#need("exportChatInvite")({
        peer,
        title: body.name || void 0,
        subscriptionPricing: {
          _: "starsSubscriptionPricing",
          period: body.subscription_period,
          amount: BigInt(body.subscription_price)
        }
      });
      return this.#link(await this.#send(request, options), [], self);
    });
  }
  /** editChatInviteLink: every field is sent, as TDLib does, so an omitted one is reset. */
  editChatInviteLink(body, options = {}) {
    return this.#edit("editChatInviteLink", body, options, {
      title: body.name ?? "",
      expireDate: body.expire_date ?? 0,
      usageLimit: body.member_limit ?? 0,
      requestNeeded: body.creates_join_request ?? false
    });
  }
  /** editChatSubscriptionInviteLink: the name is always sent (empty when omitted). */
  editChatSubscriptionInviteLink(body, options = {}) {
    return this.#edit("editChatSubscriptionInviteLink", body, options, { title: body.name ?? "" });
  }
  /** revokeChatInviteLink: answers the revoked link, also when a primary one was replaced. */
  revokeChatInviteLink(body, options = {}) {
    return this.#edit("revokeChatInviteLink", body, options, { revoked: true });
  }
  /** exportChatInviteLink: a new primary link (the previous one is revoked); answers the link. */
  exportChatInviteLink(body, options = {}) {
    return this.#named("exportChatInviteLink", async () => {
      const request = this.#need("exportChatInvite")({ peer: this.#peer(body.chat_id), legacyRevokePermanent: true });
      return inviteOf(await this.#send(request, options)).link;
    });
  }
  /** approveChatJoinRequest: messages.hideChatJoinRequest with approved set. */
  approveChatJoinRequest(body, options = {}) {
    return this.#hide("approveChatJoinRequest", body, true, options);
  }
  /** declineChatJoinRequest: messages.hideChatJoinRequest without approved. */
  declineChatJoinRequest(body, options = {}) {
    return this.#hide("declineChatJoinRequest", body, false, options);
  }
  /** messages.editExportedChatInvite with `fields`, answered as the link that was named. */
  #edit(method, body, options, fields) {
    return this.#named(method, async () => {
      const peer = this.#peer(body.chat_id);
      const self = await this.#botUser(options);
      const request = this.#need("editExportedChatInvite")({ peer, link: body.invite_link, ...fields });
      const answer = await this.#send(request, options);
      return this.#link(answer.invite, answer.users, self);
    });
  }
  /** messages.hideChatJoinRequest for approve and decline. */
  #hide(method, body, approved, options) {
    return this.#named(method, async () => {
      const peer = this.#peer(body.chat_id);
      const userId = botApiInputUser(this.peers, body.user_id);
      await this.#send(this.#need("hideChatJoinRequest")({ peer, userId, approved }), options);
      return true;
    });
  }
  /** The bot's own user, fetched once (users.getUsers with inputUserSelf); a failure is not kept. */
  #botUser(options) {
    if (!this.#self) {
      const pending = this.#send(this.#need("getUsers")({ id: [{ _: "inputUserSelf" }] }), options).then((users) => {
        const me = users[0];
        if (!me || me._ !== "user") throw new TypeError("users.getUsers([inputUserSelf]) did not answer a user");
        return me;
      });
      this.#self = pending;
      pending.catch(() => {
        if (this.#self === pending) this.#self = null;
      });
    }
    return this.#self;
  }
  /** The ChatInviteLink of an answer's invite. */
  #link(invite, users, self) {
    const adminId = inviteOf(invite).adminId;
    return chatInviteLinkOf(invite, this.#creator(adminId, users, self));
  }
  /** The link's creator: the bot itself, a user of the answer, or an unknown user. */
  #creator(adminId, users, self) {
    if (adminId === self.id) return botApiUserOf(self);
    const user = users.find((u) => u._ === "user" && u.id === adminId);
    return user ? botApiUserOf(user) : unknownBotApiUser(adminId);
  }
  /** A Bot API chat_id as an input peer; "@username" is left to the invoker's resolver. */
  #peer(chatId) {
    if (typeof chatId === "number") return botApiInputPeer(this.peers, chatId);
    const text = chatId.trim();
    if (/^-?\d+$/.test(text)) return botApiInputPeer(this.peers, Number(text));
    if (/^@[A-Za-z][A-Za-z0-9_]{3,31}$/.test(text)) return text;
    throw BotApiError.local("chat_id", `must be an integer or "@username", got ${JSON.stringify(chatId)}`);
  }
  /** Invokes unless the call was cancelled. */
  #send(request, options) {
    options.signal?.throwIfAborted();
    return this.#invoker.invoke(request, { signal: options.signal, timeout: options.timeout });
  }
  /** The package's request builder, or an error naming the missing one. */
  #need(name) {
    const make = this.#requests[name];
    if (!make) throw new TypeError(`this package has no ${name} request, which this Bot API method needs`);
    return make;
  }
  /** Runs `f`, naming `method` in the BotApiErrors it throws. */
  async #named(method, f) {
    try {
      return await f();
    } catch (e) {
      throw e instanceof BotApiError ? e.withMethod(method) : e;
    }
  }
}
export {
  MtprotoInvites,
  mtprotoInvites
};
