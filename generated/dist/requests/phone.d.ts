import type { TlReader, TlRequest, TlWriter } from "../runtime/index.js";
import type { TypeInputGroupCall, TypeInputUser, TypePhoneExportedGroupCallInvite, TypeUpdates } from "../types.js";
/** Parameters of {@link DeclineConferenceCallInvite} (`phone.declineConferenceCallInvite`). */
export type DeclineConferenceCallInviteParams = {
    /**
     * The ID of the {@link RawMessageActionConferenceCall} to decline.
     */
    msgId: number;
};
/**
 * Declines a conference call invite.
 *
 * Returns `TypeUpdates`.
 *
 * ```tl
 * phone.declineConferenceCallInvite#3c479971 msg_id:int = Updates;
 * ```
 * Declared at schema/api.tl:2337.
 */
export declare class DeclineConferenceCallInvite implements TlRequest<TypeUpdates> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 1011325297;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "phone.declineConferenceCallInvite";
    /** The ID of the {@link RawMessageActionConferenceCall} to decline. */
    msgId: number;
    constructor(params: DeclineConferenceCallInviteParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `TypeUpdates`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): TypeUpdates;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): TypeUpdates;
}
/** Parameters of {@link ExportGroupCallInvite} (`phone.exportGroupCallInvite`). */
export type ExportGroupCallInviteParams = {
    /**
     * For livestreams or muted group chats, if set, users that join using this link will be able to speak without explicitly requesting permission by (for example by raising their hand).
     *
     * Optional: bit 0 of `flags` (TL `can_self_unmute:flags.0?…`).
     */
    canSelfUnmute?: boolean;
    /**
     * The group call
     */
    call: TypeInputGroupCall;
};
/**
 * Get an [invite link](https://corefork.telegram.org/api/links#video-chat-livestream-links) for a group call or livestream
 *
 * Returns `TypePhoneExportedGroupCallInvite`.
 *
 * ```tl
 * phone.exportGroupCallInvite#e6aa647f flags:# can_self_unmute:flags.0?true call:InputGroupCall = phone.ExportedGroupCallInvite;
 * ```
 * Declared at schema/api.tl:2324.
 */
export declare class ExportGroupCallInvite implements TlRequest<TypePhoneExportedGroupCallInvite> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 3869926527;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "phone.exportGroupCallInvite";
    /**
     * For livestreams or muted group chats, if set, users that join using this link will be able to speak without explicitly requesting permission by (for example by raising their hand).
     *
     * Optional: bit 0 of `flags` (TL `can_self_unmute:flags.0?…`).
     */
    canSelfUnmute?: boolean;
    /** The group call */
    call: TypeInputGroupCall;
    constructor(params: ExportGroupCallInviteParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `TypePhoneExportedGroupCallInvite`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): TypePhoneExportedGroupCallInvite;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): TypePhoneExportedGroupCallInvite;
}
/** Parameters of {@link InviteConferenceCallParticipant} (`phone.inviteConferenceCallParticipant`). */
export type InviteConferenceCallParticipantParams = {
    /**
     * Invite the user to also turn on their video feed.
     *
     * Optional: bit 0 of `flags` (TL `video:flags.0?…`).
     */
    video?: boolean;
    /**
     * The conference call.
     */
    call: TypeInputGroupCall;
    /**
     * The user to invite.
     */
    userId: TypeInputUser;
};
/**
 * Invite a user to a conference call.
 *
 * Returns `TypeUpdates`.
 *
 * ```tl
 * phone.inviteConferenceCallParticipant#bcf22685 flags:# video:flags.0?true call:InputGroupCall user_id:InputUser = Updates;
 * ```
 * Declared at schema/api.tl:2336.
 */
export declare class InviteConferenceCallParticipant implements TlRequest<TypeUpdates> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 3169986181;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "phone.inviteConferenceCallParticipant";
    /**
     * Invite the user to also turn on their video feed.
     *
     * Optional: bit 0 of `flags` (TL `video:flags.0?…`).
     */
    video?: boolean;
    /** The conference call. */
    call: TypeInputGroupCall;
    /** The user to invite. */
    userId: TypeInputUser;
    constructor(params: InviteConferenceCallParticipantParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `TypeUpdates`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): TypeUpdates;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): TypeUpdates;
}
/** Parameters of {@link InviteToGroupCall} (`phone.inviteToGroupCall`). */
export type InviteToGroupCallParams = {
    /**
     * The group call
     */
    call: TypeInputGroupCall;
    /**
     * The users to invite.
     */
    users: TypeInputUser[];
};
/**
 * Invite a set of users to a group call.
 *
 * Returns `TypeUpdates`.
 *
 * ```tl
 * phone.inviteToGroupCall#7b393160 call:InputGroupCall users:Vector<InputUser> = Updates;
 * ```
 * Declared at schema/api.tl:2314.
 */
export declare class InviteToGroupCall implements TlRequest<TypeUpdates> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 2067345760;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "phone.inviteToGroupCall";
    /** The group call */
    call: TypeInputGroupCall;
    /** The users to invite. */
    users: TypeInputUser[];
    constructor(params: InviteToGroupCallParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `TypeUpdates`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): TypeUpdates;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): TypeUpdates;
}
export { LAYER } from "../layer.js";
