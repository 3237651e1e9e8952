// The Bot API's invite-link methods over MTProto, with the official server's semantics (TDLib's
// requests, Client.cpp's rendering): creation leaves out empty and zero fields, edits always send
// every field (so omitted ones are reset), revoking a primary link answers the revoked link,
// and `creator` is the bot's own full User, fetched once with users.getUsers([inputUserSelf]).
// Ids are the Bot API's: a PeerCache (fed by every answer) supplies the access hashes, and an
// unknown one is an error before anything is sent. The requests are a seam (InviteRequests):
// the generated package binds its own classes, so this file needs no generated code.
import type { ChatInviteLink, User } from "@grammyjs/types";
import {
  BotApiError,
  PeerCache,
  botApiInputPeer,
  botApiInputUser,
  withPeerCache,
  type BotApiCallOptions,
  type BotApiInputPeer,
  type BotApiInputUser,
  type Invoker,
  type PeerCachingInvoker,
  type TlRequest,
} from "../runtime/index.js";
import {
  botApiUserOf,
  chatInviteLinkOf,
  inviteOf,
  unknownBotApiUser,
  type MtprotoExportedInvite,
  type MtprotoExportedInviteAnswer,
  type MtprotoUser,
  type MtprotoUserLike,
} from "./chat-invite-link.js";

/** A peer as the requests take it: an input peer, or "@username" for the invoker's resolver. */
export type InvitePeer = BotApiInputPeer | string;

/** The MTProto requests the invite methods send, as the package builds them. */
export interface InviteRequests {
  /** messages.exportChatInvite */
  exportChatInvite(params: {
    peer: InvitePeer;
    legacyRevokePermanent?: boolean;
    requestNeeded?: boolean;
    expireDate?: number;
    usageLimit?: number;
    title?: string;
    subscriptionPricing?: { _: "starsSubscriptionPricing"; period: number; amount: bigint };
  }): TlRequest<MtprotoExportedInvite>;
  /** messages.editExportedChatInvite */
  editExportedChatInvite(params: {
    peer: InvitePeer;
    link: string;
    revoked?: boolean;
    expireDate?: number;
    usageLimit?: number;
    requestNeeded?: boolean;
    title?: string;
  }): TlRequest<MtprotoExportedInviteAnswer>;
  /** messages.hideChatJoinRequest */
  hideChatJoinRequest(params: { peer: InvitePeer; userId: BotApiInputUser; approved?: boolean }): TlRequest<unknown>;
  /** users.getUsers */
  getUsers(params: { id: { _: "inputUserSelf" }[] }): TlRequest<MtprotoUserLike[]>;
}

/** createChatInviteLink's and editChatInviteLink's checked body. */
export interface InviteLinkBody {
  /** A Bot API chat id or "@username". */
  chat_id: number | string;
  /** The link's name (TL title). */
  name?: string;
  /** Unix seconds; 0 or absent: no expiry. */
  expire_date?: number;
  /** 0 or absent: no limit (TL usage_limit). */
  member_limit?: number;
  /** Join requests need approval (TL request_needed). */
  creates_join_request?: boolean;
}

/** editChatInviteLink's checked body. */
export type EditInviteLinkBody = InviteLinkBody & { invite_link: string };
/** createChatSubscriptionInviteLink's checked body. */
export type SubscriptionLinkBody = {
  chat_id: number | string;
  name?: string;
  subscription_period: number;
  subscription_price: number;
};
/** editChatSubscriptionInviteLink's checked body. */
export type EditSubscriptionLinkBody = { chat_id: number | string; invite_link: string; name?: string };
/** revokeChatInviteLink's checked body. */
export type RevokeLinkBody = { chat_id: number | string; invite_link: string };
/** exportChatInviteLink's checked body. */
export type ChatBody = { chat_id: number | string };
/** approveChatJoinRequest's and declineChatJoinRequest's checked body. */
export type JoinRequestBody = { chat_id: number | string; user_id: number };

const backends = new WeakMap<object, MtprotoInvites>();

/** The MTProto backend of `invoker` (one per invoker: it keeps the bot's User and the peers). */
export function mtprotoInvites(invoker: Pick<Invoker, "invoke">, requests: Partial<InviteRequests>): MtprotoInvites {
  let backend = backends.get(invoker);
  if (!backend) backends.set(invoker, (backend = new MtprotoInvites(invoker, requests)));
  return backend;
}

/** The Bot API's invite-link methods over one MTProto invoker. */
export class MtprotoInvites {
  /** The invoker, wrapped so that its answers fill the peer cache. */
  readonly #invoker: PeerCachingInvoker;
  /** The package's request classes. */
  readonly #requests: Partial<InviteRequests>;
  /** The bot's own user, once asked for. */
  #self: Promise<MtprotoUser> | null = null;

  constructor(invoker: Pick<Invoker, "invoke">, requests: Partial<InviteRequests>) {
    const peers = (invoker as { peers?: unknown }).peers;
    this.#invoker = peers instanceof PeerCache ? (invoker as PeerCachingInvoker) : withPeerCache(invoker);
    this.#requests = requests;
  }

  /** The cache that maps Bot API ids to access hashes for this invoker. */
  get peers(): PeerCache {
    return this.#invoker.peers;
  }

  /** createChatInviteLink: messages.exportChatInvite with only the fields that are set. */
  createChatInviteLink(body: InviteLinkBody, options: BotApiCallOptions = {}): Promise<ChatInviteLink> {
    return this.#named("createChatInviteLink", async () => {
      const peer = this.#peer(body.chat_id);
      const self = await this.#botUser(options);
      const request = this.#need("exportChatInvite")({
        peer,
        title: body.name || undefined,
        expireDate: body.expire_date || undefined,
        usageLimit: body.member_limit || undefined,
        requestNeeded: body.creates_join_request || undefined,
      });
      return this.#link(await this.#send(request, options), [], self);
    });
  }

  /** createChatSubscriptionInviteLink: messages.exportChatInvite with a Stars subscription pricing. */
  createChatSubscriptionInviteLink(
    body: SubscriptionLinkBody,
    options: BotApiCallOptions = {},
  ): Promise<ChatInviteLink> {
    return this.#named("createChatSubscriptionInviteLink", async () => {
      const peer = this.#peer(body.chat_id);
      const self = await this.#botUser(options);
      const request = this.#need("exportChatInvite")({
        peer,
        title: body.name || undefined,
        subscriptionPricing: {
          _: "starsSubscriptionPricing",
          period: body.subscription_period,
          amount: BigInt(body.subscription_price),
        },
      });
      return this.#link(await this.#send(request, options), [], self);
    });
  }

  /** editChatInviteLink: every field is sent, as TDLib does, so an omitted one is reset. */
  editChatInviteLink(body: EditInviteLinkBody, options: BotApiCallOptions = {}): Promise<ChatInviteLink> {
    return this.#edit("editChatInviteLink", body, options, {
      title: body.name ?? "",
      expireDate: body.expire_date ?? 0,
      usageLimit: body.member_limit ?? 0,
      requestNeeded: body.creates_join_request ?? false,
    });
  }

  /** editChatSubscriptionInviteLink: the name is always sent (empty when omitted). */
  editChatSubscriptionInviteLink(
    body: EditSubscriptionLinkBody,
    options: BotApiCallOptions = {},
  ): Promise<ChatInviteLink> {
    return this.#edit("editChatSubscriptionInviteLink", body, options, { title: body.name ?? "" });
  }

  /** revokeChatInviteLink: answers the revoked link, also when a primary one was replaced. */
  revokeChatInviteLink(body: RevokeLinkBody, options: BotApiCallOptions = {}): Promise<ChatInviteLink> {
    return this.#edit("revokeChatInviteLink", body, options, { revoked: true });
  }

  /** exportChatInviteLink: a new primary link (the previous one is revoked); answers the link. */
  exportChatInviteLink(body: ChatBody, options: BotApiCallOptions = {}): Promise<string> {
    return this.#named("exportChatInviteLink", async () => {
      const request = this.#need("exportChatInvite")({ peer: this.#peer(body.chat_id), legacyRevokePermanent: true });
      return inviteOf(await this.#send(request, options)).link;
    });
  }

  /** approveChatJoinRequest: messages.hideChatJoinRequest with approved set. */
  approveChatJoinRequest(body: JoinRequestBody, options: BotApiCallOptions = {}): Promise<true> {
    return this.#hide("approveChatJoinRequest", body, true, options);
  }

  /** declineChatJoinRequest: messages.hideChatJoinRequest without approved. */
  declineChatJoinRequest(body: JoinRequestBody, options: BotApiCallOptions = {}): Promise<true> {
    return this.#hide("declineChatJoinRequest", body, false, options);
  }

  /** messages.editExportedChatInvite with `fields`, answered as the link that was named. */
  #edit(
    method: string,
    body: { chat_id: number | string; invite_link: string },
    options: BotApiCallOptions,
    fields: { revoked?: boolean; expireDate?: number; usageLimit?: number; requestNeeded?: boolean; title?: string },
  ): Promise<ChatInviteLink> {
    return this.#named(method, async () => {
      const peer = this.#peer(body.chat_id);
      const self = await this.#botUser(options);
      const request = this.#need("editExportedChatInvite")({ peer, link: body.invite_link, ...fields });
      const answer = await this.#send(request, options);
      // For a replaced primary link the answer holds the old (revoked) one and its successor;
      // the Bot API answers the first, the link that was named.
      return this.#link(answer.invite, answer.users, self);
    });
  }

  /** messages.hideChatJoinRequest for approve and decline. */
  #hide(method: string, body: JoinRequestBody, approved: boolean, options: BotApiCallOptions): Promise<true> {
    return this.#named(method, async () => {
      const peer = this.#peer(body.chat_id);
      const userId = botApiInputUser(this.peers, body.user_id);
      await this.#send(this.#need("hideChatJoinRequest")({ peer, userId, approved }), options);
      return true as const;
    });
  }

  /** The bot's own user, fetched once (users.getUsers with inputUserSelf); a failure is not kept. */
  #botUser(options: BotApiCallOptions): Promise<MtprotoUser> {
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
  #link(invite: MtprotoExportedInvite, users: readonly MtprotoUserLike[], self: MtprotoUser): ChatInviteLink {
    const adminId = inviteOf(invite).adminId;
    return chatInviteLinkOf(invite, this.#creator(adminId, users, self));
  }

  /** The link's creator: the bot itself, a user of the answer, or an unknown user. */
  #creator(adminId: bigint, users: readonly MtprotoUserLike[], self: MtprotoUser): User {
    if (adminId === self.id) return botApiUserOf(self);
    const user = users.find((u): u is MtprotoUser => u._ === "user" && u.id === adminId);
    return user ? botApiUserOf(user) : unknownBotApiUser(adminId);
  }

  /** A Bot API chat_id as an input peer; "@username" is left to the invoker's resolver. */
  #peer(chatId: number | string): InvitePeer {
    if (typeof chatId === "number") return botApiInputPeer(this.peers, chatId);
    const text = chatId.trim();
    if (/^-?\d+$/.test(text)) return botApiInputPeer(this.peers, Number(text));
    if (/^@[A-Za-z][A-Za-z0-9_]{3,31}$/.test(text)) return text;
    throw BotApiError.local("chat_id", `must be an integer or "@username", got ${JSON.stringify(chatId)}`);
  }

  /** Invokes unless the call was cancelled. */
  #send<R>(request: TlRequest<R>, options: BotApiCallOptions): Promise<R> {
    options.signal?.throwIfAborted();
    return this.#invoker.invoke(request, { signal: options.signal, timeout: options.timeout });
  }

  /** The package's request builder, or an error naming the missing one. */
  #need<K extends keyof InviteRequests>(name: K): InviteRequests[K] {
    const make = this.#requests[name];
    if (!make) throw new TypeError(`this package has no ${name} request, which this Bot API method needs`);
    return make;
  }

  /** Runs `f`, naming `method` in the BotApiErrors it throws. */
  async #named<T>(method: string, f: () => Promise<T>): Promise<T> {
    try {
      return await f();
    } catch (e) {
      throw e instanceof BotApiError ? e.withMethod(method) : e;
    }
  }
}
