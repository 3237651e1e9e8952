import type { ChatInviteLink } from "@grammyjs/types";
import {
  PeerCache,
  type BotApiCallOptions,
  type BotApiInputPeer,
  type BotApiInputUser,
  type Invoker,
  type TlRequest,
} from "../runtime/index.js";
import {
  type MtprotoExportedInvite,
  type MtprotoExportedInviteAnswer,
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
    subscriptionPricing?: {
      _: "starsSubscriptionPricing";
      period: number;
      amount: bigint;
    };
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
  getUsers(params: {
    id: {
      _: "inputUserSelf";
    }[];
  }): TlRequest<MtprotoUserLike[]>;
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
export type EditInviteLinkBody = InviteLinkBody & {
  invite_link: string;
};
/** createChatSubscriptionInviteLink's checked body. */
export type SubscriptionLinkBody = {
  chat_id: number | string;
  name?: string;
  subscription_period: number;
  subscription_price: number;
};
/** editChatSubscriptionInviteLink's checked body. */
export type EditSubscriptionLinkBody = {
  chat_id: number | string;
  invite_link: string;
  name?: string;
};
/** revokeChatInviteLink's checked body. */
export type RevokeLinkBody = {
  chat_id: number | string;
  invite_link: string;
};
/** exportChatInviteLink's checked body. */
export type ChatBody = {
  chat_id: number | string;
};
/** approveChatJoinRequest's and declineChatJoinRequest's checked body. */
export type JoinRequestBody = {
  chat_id: number | string;
  user_id: number;
};
/** The MTProto backend of `invoker` (one per invoker: it keeps the bot's User and the peers). */
export declare function mtprotoInvites(
  invoker: Pick<Invoker, "invoke">,
  requests: Partial<InviteRequests>,
): MtprotoInvites;
/** The Bot API's invite-link methods over one MTProto invoker. */
export declare class MtprotoInvites {
  #private;
  constructor(invoker: Pick<Invoker, "invoke">, requests: Partial<InviteRequests>);
  /** The cache that maps Bot API ids to access hashes for this invoker. */
  get peers(): PeerCache;
  /** createChatInviteLink: messages.exportChatInvite with only the fields that are set. */
  createChatInviteLink(body: InviteLinkBody, options?: BotApiCallOptions): Promise<ChatInviteLink>;
  /** createChatSubscriptionInviteLink: messages.exportChatInvite with a Stars subscription pricing. */
  createChatSubscriptionInviteLink(body: SubscriptionLinkBody, options?: BotApiCallOptions): Promise<ChatInviteLink>;
  /** editChatInviteLink: every field is sent, as TDLib does, so an omitted one is reset. */
  editChatInviteLink(body: EditInviteLinkBody, options?: BotApiCallOptions): Promise<ChatInviteLink>;
  /** editChatSubscriptionInviteLink: the name is always sent (empty when omitted). */
  editChatSubscriptionInviteLink(body: EditSubscriptionLinkBody, options?: BotApiCallOptions): Promise<ChatInviteLink>;
  /** revokeChatInviteLink: answers the revoked link, also when a primary one was replaced. */
  revokeChatInviteLink(body: RevokeLinkBody, options?: BotApiCallOptions): Promise<ChatInviteLink>;
  /** exportChatInviteLink: a new primary link (the previous one is revoked); answers the link. */
  exportChatInviteLink(body: ChatBody, options?: BotApiCallOptions): Promise<string>;
  /** approveChatJoinRequest: messages.hideChatJoinRequest with approved set. */
  approveChatJoinRequest(body: JoinRequestBody, options?: BotApiCallOptions): Promise<true>;
  /** declineChatJoinRequest: messages.hideChatJoinRequest without approved. */
  declineChatJoinRequest(body: JoinRequestBody, options?: BotApiCallOptions): Promise<true>;
}
