import type { TlReader, TlRequest, TlWriter } from "../runtime/index.js";
import type { TypeChatlistsChatlistInvite, TypeChatlistsExportedChatlistInvite, TypeChatlistsExportedInvites, TypeExportedChatlistInvite, TypeInputChatlist, TypeInputPeer, TypeUpdates } from "../types.js";
/** Parameters of {@link CheckChatlistInvite} (`chatlists.checkChatlistInvite`). */
export type CheckChatlistInviteParams = {
    /**
     * `slug` obtained from the [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links)
     */
    slug: string;
};
/**
 * Obtain information about a [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links).
 *
 * Returns `TypeChatlistsChatlistInvite`.
 *
 * ```tl
 * chatlists.checkChatlistInvite#41c10fff slug:string = chatlists.ChatlistInvite;
 * ```
 * Declared at schema/api.tl:2363.
 */
export declare class CheckChatlistInvite implements TlRequest<TypeChatlistsChatlistInvite> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 1103171583;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "chatlists.checkChatlistInvite";
    /** `slug` obtained from the [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links) */
    slug: string;
    constructor(params: CheckChatlistInviteParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `TypeChatlistsChatlistInvite`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): TypeChatlistsChatlistInvite;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): TypeChatlistsChatlistInvite;
}
/** Parameters of {@link DeleteExportedInvite} (`chatlists.deleteExportedInvite`). */
export type DeleteExportedInviteParams = {
    /**
     * The related folder
     */
    chatlist: TypeInputChatlist;
    /**
     * `slug` obtained from the [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links).
     */
    slug: string;
};
/**
 * Delete a previously created [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links).
 *
 * Returns `boolean`.
 *
 * ```tl
 * chatlists.deleteExportedInvite#719c5c5e chatlist:InputChatlist slug:string = Bool;
 * ```
 * Declared at schema/api.tl:2360.
 */
export declare class DeleteExportedInvite implements TlRequest<boolean> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 1906072670;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "chatlists.deleteExportedInvite";
    /** The related folder */
    chatlist: TypeInputChatlist;
    /** `slug` obtained from the [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links). */
    slug: string;
    constructor(params: DeleteExportedInviteParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `boolean`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): boolean;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): boolean;
}
/** Parameters of {@link EditExportedInvite} (`chatlists.editExportedInvite`). */
export type EditExportedInviteParams = {
    /**
     * Folder ID
     */
    chatlist: TypeInputChatlist;
    /**
     * `slug` obtained from the [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links).
     */
    slug: string;
    /**
     * If set, sets a new name for the link
     *
     * Optional: bit 1 of `flags` (TL `title:flags.1?…`).
     */
    title?: string;
    /**
     * If set, changes the list of peers shared with the link
     *
     * Optional: bit 2 of `flags` (TL `peers:flags.2?…`).
     */
    peers?: TypeInputPeer[];
};
/**
 * Edit a [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links).
 *
 * Returns `TypeExportedChatlistInvite`.
 *
 * ```tl
 * chatlists.editExportedInvite#653db63d flags:# chatlist:InputChatlist slug:string title:flags.1?string peers:flags.2?Vector<InputPeer> = ExportedChatlistInvite;
 * ```
 * Declared at schema/api.tl:2361.
 */
export declare class EditExportedInvite implements TlRequest<TypeExportedChatlistInvite> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 1698543165;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "chatlists.editExportedInvite";
    /** Folder ID */
    chatlist: TypeInputChatlist;
    /** `slug` obtained from the [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links). */
    slug: string;
    /**
     * If set, sets a new name for the link
     *
     * Optional: bit 1 of `flags` (TL `title:flags.1?…`).
     */
    title?: string;
    /**
     * If set, changes the list of peers shared with the link
     *
     * Optional: bit 2 of `flags` (TL `peers:flags.2?…`).
     */
    peers?: TypeInputPeer[];
    constructor(params: EditExportedInviteParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `TypeExportedChatlistInvite`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): TypeExportedChatlistInvite;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): TypeExportedChatlistInvite;
}
/** Parameters of {@link ExportChatlistInvite} (`chatlists.exportChatlistInvite`). */
export type ExportChatlistInviteParams = {
    /**
     * The folder to export
     */
    chatlist: TypeInputChatlist;
    /**
     * An optional name for the link
     */
    title: string;
    /**
     * The list of channels, group and supergroups to share with the link. Basic groups will automatically be [converted to supergroups](https://corefork.telegram.org/api/channel#migration) when invoking the method.
     */
    peers: TypeInputPeer[];
};
/**
 * Export a [folder »](https://corefork.telegram.org/api/folders), creating a [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links).
 *
 * Returns `TypeChatlistsExportedChatlistInvite`.
 *
 * ```tl
 * chatlists.exportChatlistInvite#8472478e chatlist:InputChatlist title:string peers:Vector<InputPeer> = chatlists.ExportedChatlistInvite;
 * ```
 * Declared at schema/api.tl:2359.
 */
export declare class ExportChatlistInvite implements TlRequest<TypeChatlistsExportedChatlistInvite> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 2222081934;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "chatlists.exportChatlistInvite";
    /** The folder to export */
    chatlist: TypeInputChatlist;
    /** An optional name for the link */
    title: string;
    /** The list of channels, group and supergroups to share with the link. Basic groups will automatically be [converted to supergroups](https://corefork.telegram.org/api/channel#migration) when invoking the method. */
    peers: TypeInputPeer[];
    constructor(params: ExportChatlistInviteParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `TypeChatlistsExportedChatlistInvite`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): TypeChatlistsExportedChatlistInvite;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): TypeChatlistsExportedChatlistInvite;
}
/** Parameters of {@link GetExportedInvites} (`chatlists.getExportedInvites`). */
export type GetExportedInvitesParams = {
    /**
     * The folder
     */
    chatlist: TypeInputChatlist;
};
/**
 * List all [chat folder deep links »](https://corefork.telegram.org/api/links#chat-folder-links) associated to a folder
 *
 * Returns `TypeChatlistsExportedInvites`.
 *
 * ```tl
 * chatlists.getExportedInvites#ce03da83 chatlist:InputChatlist = chatlists.ExportedInvites;
 * ```
 * Declared at schema/api.tl:2362.
 */
export declare class GetExportedInvites implements TlRequest<TypeChatlistsExportedInvites> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 3456359043;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "chatlists.getExportedInvites";
    /** The folder */
    chatlist: TypeInputChatlist;
    constructor(params: GetExportedInvitesParams);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `TypeChatlistsExportedInvites`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): TypeChatlistsExportedInvites;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): TypeChatlistsExportedInvites;
}
/** Parameters of {@link JoinChatlistInvite} (`chatlists.joinChatlistInvite`). */
export type JoinChatlistInviteParams = {
    /**
     * `slug` obtained from a [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links).
     */
    slug: string;
    /**
     * List of new chats to join, fetched using {@link chatlists.RawCheckChatlistInviteRequest} and filtered as specified in the [documentation »](https://corefork.telegram.org/api/folders#shared-folders).
     */
    peers: TypeInputPeer[];
};
/**
 * Import a [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links), joining some or all the chats in the folder.
 *
 * Returns `TypeUpdates`.
 *
 * ```tl
 * chatlists.joinChatlistInvite#a6b1e39a slug:string peers:Vector<InputPeer> = Updates;
 * ```
 * Declared at schema/api.tl:2364.
 */
export declare class JoinChatlistInvite implements TlRequest<TypeUpdates> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 2796675994;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "chatlists.joinChatlistInvite";
    /** `slug` obtained from a [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links). */
    slug: string;
    /** List of new chats to join, fetched using {@link chatlists.RawCheckChatlistInviteRequest} and filtered as specified in the [documentation »](https://corefork.telegram.org/api/folders#shared-folders). */
    peers: TypeInputPeer[];
    constructor(params: JoinChatlistInviteParams);
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
