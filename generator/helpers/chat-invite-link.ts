// MTProto's exported invites and users in the Bot API's shapes (ChatInviteLink, User), rendered
// as the official Bot API server renders them: empty and zero fields are left out, the username
// is the first active one, and a user the answer does not describe is { id, is_bot: false,
// first_name: "" }. The MTProto shapes are declared here structurally; the generated types fit.
import type { ChatInviteLink, User } from "@grammyjs/types";

/** The fields of an MTProto `user` that the Bot API's User is made of. */
export interface MtprotoUser {
  /** TL constructor `user`. */
  _: "user";
  /** Bot API `id`. */
  id: bigint;
  /** Bot API `is_bot`. */
  bot?: boolean;
  /** Bot API `first_name`. */
  firstName?: string;
  /** Bot API `last_name`. */
  lastName?: string;
  /** Bot API `username`, unless `usernames` has an active one. */
  username?: string;
  /** Collectible and editable usernames: the first active one is Bot API `username`. */
  usernames?: readonly { active?: boolean; username: string }[];
  /** Bot API `language_code`. */
  langCode?: string;
  /** Bot API `is_premium`. */
  premium?: boolean;
  /** Bot API `added_to_attachment_menu`. */
  attachMenuEnabled?: boolean;
}

/** An item of an answer's `users` vector. */
export type MtprotoUserLike = MtprotoUser | { _: "userEmpty"; id: bigint };

/** The fields of an MTProto `chatInviteExported` that ChatInviteLink is made of. */
export interface MtprotoInvite {
  /** TL constructor `chatInviteExported`. */
  _: "chatInviteExported";
  /** Bot API `invite_link`. */
  link: string;
  /** The creator's user id. */
  adminId: bigint;
  /** Bot API `is_revoked`. */
  revoked?: boolean;
  /** Bot API `is_primary`. */
  permanent?: boolean;
  /** Bot API `creates_join_request`. */
  requestNeeded?: boolean;
  /** Bot API `name`. */
  title?: string;
  /** Bot API `expire_date`. */
  expireDate?: number;
  /** Bot API `member_limit`. */
  usageLimit?: number;
  /** Bot API `pending_join_request_count`. */
  requested?: number;
  /** Bot API `subscription_period` and `subscription_price`. */
  subscriptionPricing?: { period: number; amount: bigint };
}

/** An MTProto ExportedChatInvite. */
export type MtprotoExportedInvite = MtprotoInvite | { _: "chatInvitePublicJoinRequests" };

/** An MTProto messages.ExportedChatInvite (the answer of messages.editExportedChatInvite). */
export type MtprotoExportedInviteAnswer =
  | { _: "messages.exportedChatInvite"; invite: MtprotoExportedInvite; users: readonly MtprotoUserLike[] }
  | {
      _: "messages.exportedChatInviteReplaced";
      invite: MtprotoExportedInvite;
      newInvite: MtprotoExportedInvite;
      users: readonly MtprotoUserLike[];
    };

/** The Bot API's User for an MTProto user, with the fields the official server fills in. */
export function botApiUserOf(user: MtprotoUser): User {
  const out: User = { id: Number(user.id), is_bot: user.bot === true, first_name: user.firstName ?? "" };
  if (user.lastName) out.last_name = user.lastName;
  const username = activeUsername(user);
  if (username) out.username = username;
  if (user.langCode) out.language_code = user.langCode;
  if (user.premium) out.is_premium = true;
  if (user.attachMenuEnabled) out.added_to_attachment_menu = true;
  return out;
}

/** The official server's rendering of a user it knows nothing about. */
export function unknownBotApiUser(id: bigint): User {
  return { id: Number(id), is_bot: false, first_name: "" };
}

/** The first active username: from `usernames` when the user has several, else `username`. */
function activeUsername(user: MtprotoUser): string | undefined {
  const active = user.usernames?.find((u) => u.active === true);
  return active ? active.username : user.username;
}

/** An invite as the Bot API's ChatInviteLink, with `creator` already rendered. */
export function chatInviteLinkOf(invite: MtprotoExportedInvite, creator: User): ChatInviteLink {
  const i = inviteOf(invite);
  const link = { invite_link: i.link } as ChatInviteLink;
  if (i.title) link.name = i.title;
  link.creator = creator;
  if (i.expireDate) link.expire_date = i.expireDate;
  if (i.usageLimit) link.member_limit = i.usageLimit;
  if (i.requested) link.pending_join_request_count = i.requested;
  link.creates_join_request = i.requestNeeded === true;
  link.is_primary = i.permanent === true;
  link.is_revoked = i.revoked === true;
  if (i.subscriptionPricing) {
    link.subscription_period = i.subscriptionPricing.period;
    link.subscription_price = Number(i.subscriptionPricing.amount);
  }
  return link;
}

/** The chatInviteExported inside an ExportedChatInvite; bots never get the other constructor. */
export function inviteOf(invite: MtprotoExportedInvite): MtprotoInvite {
  if (invite._ !== "chatInviteExported")
    throw new TypeError(`expected chatInviteExported in the answer, got ${invite._}: not a link a bot can manage`);
  return invite;
}
