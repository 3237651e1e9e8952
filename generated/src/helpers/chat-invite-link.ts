// The Bot API's ChatInviteLink, and how an MTProto exported invite maps to it, for the Bot API
// helpers (src/bot-api.ts). Copied into packages whose selection has messages.exportChatInvite
// and messages.editExportedChatInvite.
import type { TypeExportedChatInvite, TypeMessagesExportedChatInvite, TypeUser } from "../types.js";

/** The Bot API's User, as much of it as an invite's answer carries. */
export interface BotApiUser {
  /** The user's id. */
  id: number;
  /** True for a bot. */
  is_bot: boolean;
  /** First name (empty when the answer did not include the user). */
  first_name: string;
  /** Last name, if any. */
  last_name?: string;
  /** Username, if any. */
  username?: string;
}

/** The Bot API's ChatInviteLink (https://core.telegram.org/bots/api#chatinvitelink). */
export interface ChatInviteLink {
  /** The invite link. */
  invite_link: string;
  /** Who created the link. */
  creator: BotApiUser;
  /** True if users joining through it need an admin's approval. */
  creates_join_request: boolean;
  /** True if it is the chat's primary link. */
  is_primary: boolean;
  /** True if it was revoked. */
  is_revoked: boolean;
  /** The link's name (TL title). */
  name?: string;
  /** When it expires, unix seconds. */
  expire_date?: number;
  /** How many users may join through it (TL usage_limit). */
  member_limit?: number;
  /** Pending join requests (TL requested). */
  pending_join_request_count?: number;
  /** The subscription period in seconds, for subscription links. */
  subscription_period?: number;
  /** Stars per period, for subscription links. */
  subscription_price?: number;
}

function creatorOf(adminId: bigint, users: readonly TypeUser[]): BotApiUser {
  const user = users.find((u) => u._ === "user" && u.id === adminId);
  if (!user || user._ !== "user") return { id: Number(adminId), is_bot: false, first_name: "" };
  return {
    id: Number(user.id),
    is_bot: user.bot === true,
    first_name: user.firstName ?? "",
    ...(user.lastName !== undefined ? { last_name: user.lastName } : {}),
    ...(user.username !== undefined ? { username: user.username } : {}),
  };
}

/** An exported invite as the Bot API's ChatInviteLink; `users` supplies the creator's details. */
export function toChatInviteLink(invite: TypeExportedChatInvite, users: readonly TypeUser[] = []): ChatInviteLink {
  if (invite._ !== "chatInviteExported") throw new TypeError(`expected chatInviteExported, got ${invite._}`);
  const link: ChatInviteLink = {
    invite_link: invite.link,
    creator: creatorOf(invite.adminId, users),
    creates_join_request: invite.requestNeeded === true,
    is_primary: invite.permanent === true,
    is_revoked: invite.revoked === true,
  };
  if (invite.title !== undefined) link.name = invite.title;
  if (invite.expireDate !== undefined) link.expire_date = invite.expireDate;
  if (invite.usageLimit !== undefined) link.member_limit = invite.usageLimit;
  if (invite.requested !== undefined) link.pending_join_request_count = invite.requested;
  if (invite.subscriptionPricing !== undefined) {
    link.subscription_period = invite.subscriptionPricing.period;
    link.subscription_price = Number(invite.subscriptionPricing.amount);
  }
  return link;
}

/** The result of messages.exportChatInvite or messages.editExportedChatInvite as a ChatInviteLink. */
export function chatInviteLinkOf(result: TypeExportedChatInvite | TypeMessagesExportedChatInvite): ChatInviteLink {
  if (result._ === "messages.exportedChatInvite") return toChatInviteLink(result.invite, result.users);
  if (result._ === "messages.exportedChatInviteReplaced") return toChatInviteLink(result.newInvite, result.users);
  return toChatInviteLink(result);
}

/** The link of an exported invite (exportChatInviteLink's result). */
export function inviteLinkOf(result: TypeExportedChatInvite): string {
  return toChatInviteLink(result).invite_link;
}
