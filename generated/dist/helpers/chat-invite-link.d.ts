import type { ChatInviteLink, User } from "@grammyjs/types";
/** The fields of an MTProto `user` that the Bot API's User is made of. */
export interface MtprotoUser {
    _: "user";
    id: bigint;
    bot?: boolean;
    firstName?: string;
    lastName?: string;
    username?: string;
    usernames?: readonly {
        active?: boolean;
        username: string;
    }[];
    langCode?: string;
    premium?: boolean;
    attachMenuEnabled?: boolean;
}
/** An item of an answer's `users` vector. */
export type MtprotoUserLike = MtprotoUser | {
    _: "userEmpty";
    id: bigint;
};
/** The fields of an MTProto `chatInviteExported` that ChatInviteLink is made of. */
export interface MtprotoInvite {
    _: "chatInviteExported";
    link: string;
    adminId: bigint;
    revoked?: boolean;
    permanent?: boolean;
    requestNeeded?: boolean;
    title?: string;
    expireDate?: number;
    usageLimit?: number;
    requested?: number;
    subscriptionPricing?: {
        period: number;
        amount: bigint;
    };
}
/** An MTProto ExportedChatInvite. */
export type MtprotoExportedInvite = MtprotoInvite | {
    _: "chatInvitePublicJoinRequests";
};
/** An MTProto messages.ExportedChatInvite (the answer of messages.editExportedChatInvite). */
export type MtprotoExportedInviteAnswer = {
    _: "messages.exportedChatInvite";
    invite: MtprotoExportedInvite;
    users: readonly MtprotoUserLike[];
} | {
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
