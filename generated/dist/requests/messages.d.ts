import type { TlReader, TlRequest, TlWriter } from "../runtime/index.js";
import type { TypeChatInvite, TypeExportedChatInvite, TypeInputPeer, TypeInputUser, TypeMessagesChatAdminsWithInvites, TypeMessagesChatInviteImporters, TypeMessagesChatInviteJoinResult, TypeMessagesExportedChatInvite, TypeMessagesExportedChatInvites, TypeStarsSubscriptionPricing, TypeUpdates } from "../types.js";
/** Parameters of {@link CheckChatInvite} (`messages.checkChatInvite`). */
export type CheckChatInviteParams = {
    /**
     * Invite hash from [chat invite deep link »](https://corefork.telegram.org/api/links#chat-invite-links).
     */
    hash: string;
};
/**
 * Check the validity of a chat invite link and get basic info about it
 *
 * Returns `TypeChatInvite`.
 *
 * ```tl
 * messages.checkChatInvite#3eadb1bb hash:string = ChatInvite;
 * ```
 * Declared at schema/api.tl:1871.
 */
export declare class CheckChatInvite implements TlRequest<TypeChatInvite> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 1051570619;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "messages.checkChatInvite";
    /** Invite hash from [chat invite deep link »](https://corefork.telegram.org/api/links#chat-invite-links). */
    hash: string;
    constructor(params: CheckChatInviteParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `TypeChatInvite`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): TypeChatInvite;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): TypeChatInvite;
}
/** Parameters of {@link DeleteExportedChatInvite} (`messages.deleteExportedChatInvite`). */
export type DeleteExportedChatInviteParams = {
    /**
     * Peer
     */
    peer: TypeInputPeer;
    /**
     * Invite link
     */
    link: string;
};
/**
 * Delete a chat invite
 *
 * Returns `boolean`.
 *
 * ```tl
 * messages.deleteExportedChatInvite#d464a42b peer:InputPeer link:string = Bool;
 * ```
 * Declared at schema/api.tl:1968.
 */
export declare class DeleteExportedChatInvite implements TlRequest<boolean> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 3563365419;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "messages.deleteExportedChatInvite";
    /** Peer */
    peer: TypeInputPeer;
    /** Invite link */
    link: string;
    constructor(params: DeleteExportedChatInviteParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `boolean`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): boolean;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): boolean;
}
/** Parameters of {@link DeleteRevokedExportedChatInvites} (`messages.deleteRevokedExportedChatInvites`). */
export type DeleteRevokedExportedChatInvitesParams = {
    /**
     * Chat
     */
    peer: TypeInputPeer;
    /**
     * ID of the admin that originally generated the revoked chat invites
     */
    adminId: TypeInputUser;
};
/**
 * Delete all revoked chat invites
 *
 * Returns `boolean`.
 *
 * ```tl
 * messages.deleteRevokedExportedChatInvites#56987bd5 peer:InputPeer admin_id:InputUser = Bool;
 * ```
 * Declared at schema/api.tl:1967.
 */
export declare class DeleteRevokedExportedChatInvites implements TlRequest<boolean> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 1452833749;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "messages.deleteRevokedExportedChatInvites";
    /** Chat */
    peer: TypeInputPeer;
    /** ID of the admin that originally generated the revoked chat invites */
    adminId: TypeInputUser;
    constructor(params: DeleteRevokedExportedChatInvitesParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `boolean`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): boolean;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): boolean;
}
/** Parameters of {@link EditExportedChatInvite} (`messages.editExportedChatInvite`). */
export type EditExportedChatInviteParams = {
    /**
     * Whether to revoke the chat invite
     *
     * Optional: bit 2 of `flags` (TL `revoked:flags.2?…`).
     */
    revoked?: boolean;
    /**
     * Chat
     */
    peer: TypeInputPeer;
    /**
     * Invite link
     */
    link: string;
    /**
     * New expiration date
     *
     * Optional: bit 0 of `flags` (TL `expire_date:flags.0?…`).
     */
    expireDate?: number;
    /**
     * Maximum number of users that can join using this link
     *
     * Optional: bit 1 of `flags` (TL `usage_limit:flags.1?…`).
     */
    usageLimit?: number;
    /**
     * Whether admin confirmation is required before admitting each separate user into the chat
     *
     * Optional: bit 3 of `flags` (TL `request_needed:flags.3?…`).
     *
     * Tri-state: leave it out to send nothing; `false` is sent as `boolFalse` with the bit set.
     */
    requestNeeded?: boolean;
    /**
     * Description of the invite link, visible only to administrators
     *
     * Optional: bit 4 of `flags` (TL `title:flags.4?…`).
     */
    title?: string;
};
/**
 * Edit an exported chat invite
 *
 * Returns `TypeMessagesExportedChatInvite`.
 *
 * ```tl
 * messages.editExportedChatInvite#bdca2f75 flags:# revoked:flags.2?true peer:InputPeer link:string expire_date:flags.0?int usage_limit:flags.1?int request_needed:flags.3?Bool title:flags.4?string = messages.ExportedChatInvite;
 * ```
 * Declared at schema/api.tl:1966.
 */
export declare class EditExportedChatInvite implements TlRequest<TypeMessagesExportedChatInvite> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 3184144245;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "messages.editExportedChatInvite";
    /**
     * Whether to revoke the chat invite
     *
     * Optional: bit 2 of `flags` (TL `revoked:flags.2?…`).
     */
    revoked?: boolean;
    /** Chat */
    peer: TypeInputPeer;
    /** Invite link */
    link: string;
    /**
     * New expiration date
     *
     * Optional: bit 0 of `flags` (TL `expire_date:flags.0?…`).
     */
    expireDate?: number;
    /**
     * Maximum number of users that can join using this link
     *
     * Optional: bit 1 of `flags` (TL `usage_limit:flags.1?…`).
     */
    usageLimit?: number;
    /**
     * Whether admin confirmation is required before admitting each separate user into the chat
     *
     * Optional: bit 3 of `flags` (TL `request_needed:flags.3?…`).
     *
     * Tri-state: leave it out to send nothing; `false` is sent as `boolFalse` with the bit set.
     */
    requestNeeded?: boolean;
    /**
     * Description of the invite link, visible only to administrators
     *
     * Optional: bit 4 of `flags` (TL `title:flags.4?…`).
     */
    title?: string;
    constructor(params: EditExportedChatInviteParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `TypeMessagesExportedChatInvite`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): TypeMessagesExportedChatInvite;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): TypeMessagesExportedChatInvite;
}
/** Parameters of {@link ExportChatInvite} (`messages.exportChatInvite`). */
export type ExportChatInviteParams = {
    /**
     * Legacy flag, reproducing legacy behavior of this method: if set, revokes all previous links before creating a new one. Kept for bot API BC, should not be used by modern clients.
     *
     * Optional: bit 2 of `flags` (TL `legacy_revoke_permanent:flags.2?…`).
     */
    legacyRevokePermanent?: boolean;
    /**
     * Whether admin confirmation is required before admitting each separate user into the chat
     *
     * Optional: bit 3 of `flags` (TL `request_needed:flags.3?…`).
     */
    requestNeeded?: boolean;
    /**
     * Chat
     */
    peer: TypeInputPeer;
    /**
     * Expiration date
     *
     * Optional: bit 0 of `flags` (TL `expire_date:flags.0?…`).
     */
    expireDate?: number;
    /**
     * Maximum number of users that can join using this link
     *
     * Optional: bit 1 of `flags` (TL `usage_limit:flags.1?…`).
     */
    usageLimit?: number;
    /**
     * Description of the invite link, visible only to administrators
     *
     * Optional: bit 4 of `flags` (TL `title:flags.4?…`).
     */
    title?: string;
    /**
     * For [Telegram Star subscriptions »](https://corefork.telegram.org/api/stars#star-subscriptions), contains the pricing of the subscription the user must activate to join the private channel.
     *
     * Optional: bit 5 of `flags` (TL `subscription_pricing:flags.5?…`).
     */
    subscriptionPricing?: TypeStarsSubscriptionPricing;
};
/**
 * Export an invite link for a chat
 *
 * Returns `TypeExportedChatInvite`.
 *
 * ```tl
 * messages.exportChatInvite#a455de90 flags:# legacy_revoke_permanent:flags.2?true request_needed:flags.3?true peer:InputPeer expire_date:flags.0?int usage_limit:flags.1?int title:flags.4?string subscription_pricing:flags.5?StarsSubscriptionPricing = ExportedChatInvite;
 * ```
 * Declared at schema/api.tl:1870.
 */
export declare class ExportChatInvite implements TlRequest<TypeExportedChatInvite> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 2757090960;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "messages.exportChatInvite";
    /**
     * Legacy flag, reproducing legacy behavior of this method: if set, revokes all previous links before creating a new one. Kept for bot API BC, should not be used by modern clients.
     *
     * Optional: bit 2 of `flags` (TL `legacy_revoke_permanent:flags.2?…`).
     */
    legacyRevokePermanent?: boolean;
    /**
     * Whether admin confirmation is required before admitting each separate user into the chat
     *
     * Optional: bit 3 of `flags` (TL `request_needed:flags.3?…`).
     */
    requestNeeded?: boolean;
    /** Chat */
    peer: TypeInputPeer;
    /**
     * Expiration date
     *
     * Optional: bit 0 of `flags` (TL `expire_date:flags.0?…`).
     */
    expireDate?: number;
    /**
     * Maximum number of users that can join using this link
     *
     * Optional: bit 1 of `flags` (TL `usage_limit:flags.1?…`).
     */
    usageLimit?: number;
    /**
     * Description of the invite link, visible only to administrators
     *
     * Optional: bit 4 of `flags` (TL `title:flags.4?…`).
     */
    title?: string;
    /**
     * For [Telegram Star subscriptions »](https://corefork.telegram.org/api/stars#star-subscriptions), contains the pricing of the subscription the user must activate to join the private channel.
     *
     * Optional: bit 5 of `flags` (TL `subscription_pricing:flags.5?…`).
     */
    subscriptionPricing?: TypeStarsSubscriptionPricing;
    constructor(params: ExportChatInviteParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `TypeExportedChatInvite`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): TypeExportedChatInvite;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): TypeExportedChatInvite;
}
/** Parameters of {@link GetAdminsWithInvites} (`messages.getAdminsWithInvites`). */
export type GetAdminsWithInvitesParams = {
    /**
     * Chat
     */
    peer: TypeInputPeer;
};
/**
 * Get info about chat invites generated by admins.
 *
 * Returns `TypeMessagesChatAdminsWithInvites`.
 *
 * ```tl
 * messages.getAdminsWithInvites#3920e6ef peer:InputPeer = messages.ChatAdminsWithInvites;
 * ```
 * Declared at schema/api.tl:1969.
 */
export declare class GetAdminsWithInvites implements TlRequest<TypeMessagesChatAdminsWithInvites> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 958457583;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "messages.getAdminsWithInvites";
    /** Chat */
    peer: TypeInputPeer;
    constructor(params: GetAdminsWithInvitesParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `TypeMessagesChatAdminsWithInvites`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): TypeMessagesChatAdminsWithInvites;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): TypeMessagesChatAdminsWithInvites;
}
/** Parameters of {@link GetChatInviteImporters} (`messages.getChatInviteImporters`). */
export type GetChatInviteImportersParams = {
    /**
     * If set, only returns info about users with pending [join requests »](https://corefork.telegram.org/api/invites#join-requests)
     *
     * Optional: bit 0 of `flags` (TL `requested:flags.0?…`).
     */
    requested?: boolean;
    /**
     * Set this flag if the link is a [Telegram Star subscription link »](https://corefork.telegram.org/api/stars#star-subscriptions) and only members with already expired subscription must be returned.
     *
     * Optional: bit 3 of `flags` (TL `subscription_expired:flags.3?…`).
     */
    subscriptionExpired?: boolean;
    /**
     * Chat
     */
    peer: TypeInputPeer;
    /**
     * Invite link
     *
     * Optional: bit 1 of `flags` (TL `link:flags.1?…`).
     */
    link?: string;
    /**
     * Search for a user in the pending [join requests »](https://corefork.telegram.org/api/invites#join-requests) list: only available when the `requested` flag is set, cannot be used together with a specific `link`.
     *
     * Optional: bit 2 of `flags` (TL `q:flags.2?…`).
     */
    q?: string;
    /**
     * [Offsets for pagination, for more info click here](https://corefork.telegram.org/api/offsets)
     */
    offsetDate: number;
    /**
     * User ID for [pagination](https://corefork.telegram.org/api/offsets): if set, `offset_date` must also be set.
     */
    offsetUser: TypeInputUser;
    /**
     * Maximum number of results to return, [see pagination](https://corefork.telegram.org/api/offsets)
     */
    limit: number;
};
/**
 * Get info about the users that joined the chat using a specific chat invite
 *
 * Returns `TypeMessagesChatInviteImporters`.
 *
 * ```tl
 * messages.getChatInviteImporters#df04dd4e flags:# requested:flags.0?true subscription_expired:flags.3?true peer:InputPeer link:flags.1?string q:flags.2?string offset_date:int offset_user:InputUser limit:int = messages.ChatInviteImporters;
 * ```
 * Declared at schema/api.tl:1970.
 */
export declare class GetChatInviteImporters implements TlRequest<TypeMessagesChatInviteImporters> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 3741637966;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "messages.getChatInviteImporters";
    /**
     * If set, only returns info about users with pending [join requests »](https://corefork.telegram.org/api/invites#join-requests)
     *
     * Optional: bit 0 of `flags` (TL `requested:flags.0?…`).
     */
    requested?: boolean;
    /**
     * Set this flag if the link is a [Telegram Star subscription link »](https://corefork.telegram.org/api/stars#star-subscriptions) and only members with already expired subscription must be returned.
     *
     * Optional: bit 3 of `flags` (TL `subscription_expired:flags.3?…`).
     */
    subscriptionExpired?: boolean;
    /** Chat */
    peer: TypeInputPeer;
    /**
     * Invite link
     *
     * Optional: bit 1 of `flags` (TL `link:flags.1?…`).
     */
    link?: string;
    /**
     * Search for a user in the pending [join requests »](https://corefork.telegram.org/api/invites#join-requests) list: only available when the `requested` flag is set, cannot be used together with a specific `link`.
     *
     * Optional: bit 2 of `flags` (TL `q:flags.2?…`).
     */
    q?: string;
    /** [Offsets for pagination, for more info click here](https://corefork.telegram.org/api/offsets) */
    offsetDate: number;
    /** User ID for [pagination](https://corefork.telegram.org/api/offsets): if set, `offset_date` must also be set. */
    offsetUser: TypeInputUser;
    /** Maximum number of results to return, [see pagination](https://corefork.telegram.org/api/offsets) */
    limit: number;
    constructor(params: GetChatInviteImportersParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `TypeMessagesChatInviteImporters`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): TypeMessagesChatInviteImporters;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): TypeMessagesChatInviteImporters;
}
/** Parameters of {@link GetExportedChatInvite} (`messages.getExportedChatInvite`). */
export type GetExportedChatInviteParams = {
    /**
     * Chat
     */
    peer: TypeInputPeer;
    /**
     * Invite link
     */
    link: string;
};
/**
 * Get info about a chat invite
 *
 * Returns `TypeMessagesExportedChatInvite`.
 *
 * ```tl
 * messages.getExportedChatInvite#73746f5c peer:InputPeer link:string = messages.ExportedChatInvite;
 * ```
 * Declared at schema/api.tl:1965.
 */
export declare class GetExportedChatInvite implements TlRequest<TypeMessagesExportedChatInvite> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 1937010524;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "messages.getExportedChatInvite";
    /** Chat */
    peer: TypeInputPeer;
    /** Invite link */
    link: string;
    constructor(params: GetExportedChatInviteParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `TypeMessagesExportedChatInvite`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): TypeMessagesExportedChatInvite;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): TypeMessagesExportedChatInvite;
}
/** Parameters of {@link GetExportedChatInvites} (`messages.getExportedChatInvites`). */
export type GetExportedChatInvitesParams = {
    /**
     * Whether to fetch revoked chat invites
     *
     * Optional: bit 3 of `flags` (TL `revoked:flags.3?…`).
     */
    revoked?: boolean;
    /**
     * Chat
     */
    peer: TypeInputPeer;
    /**
     * Whether to only fetch chat invites from this admin
     */
    adminId: TypeInputUser;
    /**
     * Maximum number of results to return, [see pagination](https://corefork.telegram.org/api/offsets)
     */
    limit: number;
} & ({
    /**
     * [Offsets for pagination, for more info click here](https://corefork.telegram.org/api/offsets)
     *
     * Optional: bit 2 of `flags` (TL `offset_date:flags.2?…`).
     *
     * Shares its flag bit with `offsetDate`, `offsetLink`: give all of the value fields or none (checked in the types and at runtime).
     */
    offsetDate: number;
    /**
     * [Offsets for pagination, for more info click here](https://corefork.telegram.org/api/offsets)
     *
     * Optional: bit 2 of `flags` (TL `offset_link:flags.2?…`).
     *
     * Shares its flag bit with `offsetDate`, `offsetLink`: give all of the value fields or none (checked in the types and at runtime).
     */
    offsetLink: string;
} | {
    /**
     * Given together with `offsetLink`, or not at all.
     */
    offsetDate?: undefined;
    /**
     * Given together with `offsetDate`, or not at all.
     */
    offsetLink?: undefined;
});
/**
 * Get info about the chat invites of a specific chat
 *
 * Returns `TypeMessagesExportedChatInvites`.
 *
 * ```tl
 * messages.getExportedChatInvites#a2b5a3f6 flags:# revoked:flags.3?true peer:InputPeer admin_id:InputUser offset_date:flags.2?int offset_link:flags.2?string limit:int = messages.ExportedChatInvites;
 * ```
 * Declared at schema/api.tl:1964.
 */
export declare class GetExportedChatInvites implements TlRequest<TypeMessagesExportedChatInvites> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 2729812982;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "messages.getExportedChatInvites";
    /**
     * Whether to fetch revoked chat invites
     *
     * Optional: bit 3 of `flags` (TL `revoked:flags.3?…`).
     */
    revoked?: boolean;
    /** Chat */
    peer: TypeInputPeer;
    /** Whether to only fetch chat invites from this admin */
    adminId: TypeInputUser;
    offsetDate?: number;
    offsetLink?: string;
    /** Maximum number of results to return, [see pagination](https://corefork.telegram.org/api/offsets) */
    limit: number;
    constructor(params: GetExportedChatInvitesParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `TypeMessagesExportedChatInvites`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): TypeMessagesExportedChatInvites;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): TypeMessagesExportedChatInvites;
}
/** Parameters of {@link HideAllChatJoinRequests} (`messages.hideAllChatJoinRequests`). */
export type HideAllChatJoinRequestsParams = {
    /**
     * Whether to dismiss or approve all chat [join requests »](https://corefork.telegram.org/api/invites#join-requests)
     *
     * Optional: bit 0 of `flags` (TL `approved:flags.0?…`).
     */
    approved?: boolean;
    /**
     * The chat or channel
     */
    peer: TypeInputPeer;
    /**
     * Only dismiss or approve [join requests »](https://corefork.telegram.org/api/invites#join-requests) initiated using this invite link
     *
     * Optional: bit 1 of `flags` (TL `link:flags.1?…`).
     */
    link?: string;
};
/**
 * Dismiss or approve all [join requests](https://corefork.telegram.org/api/invites#join-requests) related to a specific chat or channel.
 *
 * Returns `TypeUpdates`.
 *
 * ```tl
 * messages.hideAllChatJoinRequests#e085f4ea flags:# approved:flags.0?true peer:InputPeer link:flags.1?string = Updates;
 * ```
 * Declared at schema/api.tl:1978.
 */
export declare class HideAllChatJoinRequests implements TlRequest<TypeUpdates> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 3766875370;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "messages.hideAllChatJoinRequests";
    /**
     * Whether to dismiss or approve all chat [join requests »](https://corefork.telegram.org/api/invites#join-requests)
     *
     * Optional: bit 0 of `flags` (TL `approved:flags.0?…`).
     */
    approved?: boolean;
    /** The chat or channel */
    peer: TypeInputPeer;
    /**
     * Only dismiss or approve [join requests »](https://corefork.telegram.org/api/invites#join-requests) initiated using this invite link
     *
     * Optional: bit 1 of `flags` (TL `link:flags.1?…`).
     */
    link?: string;
    constructor(params: HideAllChatJoinRequestsParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `TypeUpdates`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): TypeUpdates;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): TypeUpdates;
}
/** Parameters of {@link HideChatJoinRequest} (`messages.hideChatJoinRequest`). */
export type HideChatJoinRequestParams = {
    /**
     * Whether to dismiss or approve the chat [join request »](https://corefork.telegram.org/api/invites#join-requests)
     *
     * Optional: bit 0 of `flags` (TL `approved:flags.0?…`).
     */
    approved?: boolean;
    /**
     * The chat or channel
     */
    peer: TypeInputPeer;
    /**
     * The user whose [join request »](https://corefork.telegram.org/api/invites#join-requests) should be dismissed or approved
     */
    userId: TypeInputUser;
};
/**
 * Dismiss or approve a chat [join request](https://corefork.telegram.org/api/invites#join-requests) related to a specific chat or channel.
 *
 * Returns `TypeUpdates`.
 *
 * ```tl
 * messages.hideChatJoinRequest#7fe7e815 flags:# approved:flags.0?true peer:InputPeer user_id:InputUser = Updates;
 * ```
 * Declared at schema/api.tl:1977.
 */
export declare class HideChatJoinRequest implements TlRequest<TypeUpdates> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 2145904661;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "messages.hideChatJoinRequest";
    /**
     * Whether to dismiss or approve the chat [join request »](https://corefork.telegram.org/api/invites#join-requests)
     *
     * Optional: bit 0 of `flags` (TL `approved:flags.0?…`).
     */
    approved?: boolean;
    /** The chat or channel */
    peer: TypeInputPeer;
    /** The user whose [join request »](https://corefork.telegram.org/api/invites#join-requests) should be dismissed or approved */
    userId: TypeInputUser;
    constructor(params: HideChatJoinRequestParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `TypeUpdates`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): TypeUpdates;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): TypeUpdates;
}
/** Parameters of {@link ImportChatInvite} (`messages.importChatInvite`). */
export type ImportChatInviteParams = {
    /**
     * `hash` from a [chat invite deep link](https://corefork.telegram.org/api/links#chat-invite-links)
     */
    hash: string;
};
/**
 * Import a chat invite and join a private chat/supergroup/channel
 *
 * Returns `TypeMessagesChatInviteJoinResult`.
 *
 * ```tl
 * messages.importChatInvite#de91436e hash:string = messages.ChatInviteJoinResult;
 * ```
 * Declared at schema/api.tl:1872.
 */
export declare class ImportChatInvite implements TlRequest<TypeMessagesChatInviteJoinResult> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 3734061934;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "messages.importChatInvite";
    /** `hash` from a [chat invite deep link](https://corefork.telegram.org/api/links#chat-invite-links) */
    hash: string;
    constructor(params: ImportChatInviteParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `TypeMessagesChatInviteJoinResult`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): TypeMessagesChatInviteJoinResult;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): TypeMessagesChatInviteJoinResult;
}
export { LAYER } from "../layer.js";
