import type { TlReader, TlRequest, TlWriter } from "../runtime/index.js";
import type { TypeInputChannel, TypeInputUser, TypeMessagesInvitedUsers, TypeUpdates } from "../types.js";
/** Parameters of {@link InviteToChannel} (`channels.inviteToChannel`). */
export type InviteToChannelParams = {
    /**
     * Channel/supergroup
     */
    channel: TypeInputChannel;
    /**
     * Users to invite
     */
    users: TypeInputUser[];
};
/**
 * Invite users to a channel/supergroup
 *
 * Returns `TypeMessagesInvitedUsers`.
 *
 * ```tl
 * channels.inviteToChannel#c9e33d54 channel:InputChannel users:Vector<InputUser> = messages.InvitedUsers;
 * ```
 * Declared at schema/api.tl:2146.
 */
export declare class InviteToChannel implements TlRequest<TypeMessagesInvitedUsers> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 3387112788;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "channels.inviteToChannel";
    /** Channel/supergroup */
    channel: TypeInputChannel;
    /** Users to invite */
    users: TypeInputUser[];
    constructor(params: InviteToChannelParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `TypeMessagesInvitedUsers`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): TypeMessagesInvitedUsers;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): TypeMessagesInvitedUsers;
}
/** Parameters of {@link ToggleJoinRequest} (`channels.toggleJoinRequest`). */
export type ToggleJoinRequestParams = {
    /**
     * Optional: bit 1 of `flags` (TL `apply_to_invites:flags.1?…`).
     */
    applyToInvites?: boolean;
    /**
     * Group
     */
    channel: TypeInputChannel;
    /**
     * Toggle
     */
    enabled: boolean;
    /**
     * Optional: bit 0 of `flags` (TL `guard_bot:flags.0?…`).
     */
    guardBot?: TypeInputUser;
};
/**
 * Set whether all users should [request admin approval to join the group »](https://corefork.telegram.org/api/invites#join-requests).
 *
 * Returns `TypeUpdates`.
 *
 * ```tl
 * channels.toggleJoinRequest#0ecc2618 flags:# apply_to_invites:flags.1?true channel:InputChannel enabled:Bool guard_bot:flags.0?InputUser = Updates;
 * ```
 * Declared at schema/api.tl:2167.
 */
export declare class ToggleJoinRequest implements TlRequest<TypeUpdates> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 248260120;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "channels.toggleJoinRequest";
    /** Optional: bit 1 of `flags` (TL `apply_to_invites:flags.1?…`). */
    applyToInvites?: boolean;
    /** Group */
    channel: TypeInputChannel;
    /** Toggle */
    enabled: boolean;
    /** Optional: bit 0 of `flags` (TL `guard_bot:flags.0?…`). */
    guardBot?: TypeInputUser;
    constructor(params: ToggleJoinRequestParams);
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
