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
  usernames?: readonly {
    active?: boolean;
    username: string;
  }[];
  /** Bot API `language_code`. */
  langCode?: string;
  /** Bot API `is_premium`. */
  premium?: boolean;
  /** Bot API `added_to_attachment_menu`. */
  attachMenuEnabled?: boolean;
}
/** An item of an answer's `users` vector. */
export type MtprotoUserLike =
  | MtprotoUser
  | {
      _: "userEmpty";
      id: bigint;
    };
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
  subscriptionPricing?: {
    period: number;
    amount: bigint;
  };
}
/** An MTProto ExportedChatInvite. */
export type MtprotoExportedInvite =
  | MtprotoInvite
  | {
      _: "chatInvitePublicJoinRequests";
    };
/** An MTProto messages.ExportedChatInvite (the answer of messages.editExportedChatInvite). */
export type MtprotoExportedInviteAnswer =
  | {
      _: "messages.exportedChatInvite";
      invite: MtprotoExportedInvite;
      users: readonly MtprotoUserLike[];
    }
  | {
      _: "messages.exportedChatInviteReplaced";
      invite: MtprotoExportedInvite;
      newInvite: MtprotoExportedInvite;
      users: readonly MtprotoUserLike[];
    };
/** The Bot API's User for an MTProto user, with the fields the official server fills in. */
export declare function botApiUserOf(user: MtprotoUser): User;
/** The official server's rendering of a user it knows nothing about. */
export declare function unknownBotApiUser(id: bigint): User;
/** An invite as the Bot API's ChatInviteLink, with `creator` already rendered. */
export declare function chatInviteLinkOf(invite: MtprotoExportedInvite, creator: User): ChatInviteLink;
/** The chatInviteExported inside an ExportedChatInvite; bots never get the other constructor. */
export declare function inviteOf(invite: MtprotoExportedInvite): MtprotoInvite;
