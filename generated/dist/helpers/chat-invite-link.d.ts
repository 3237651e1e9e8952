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
/** An exported invite as the Bot API's ChatInviteLink; `users` supplies the creator's details. */
export declare function toChatInviteLink(invite: TypeExportedChatInvite, users?: readonly TypeUser[]): ChatInviteLink;
/** The result of messages.exportChatInvite or messages.editExportedChatInvite as a ChatInviteLink. */
export declare function chatInviteLinkOf(
  result: TypeExportedChatInvite | TypeMessagesExportedChatInvite,
): ChatInviteLink;
/** The link of an exported invite (exportChatInviteLink's result). */
export declare function inviteLinkOf(result: TypeExportedChatInvite): string;
