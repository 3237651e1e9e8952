import type { TlReader, TlRequest, TlWriter } from "../runtime/index.js";
import type { TypeHelpInviteText } from "../types.js";
/** Parameters of {@link GetInviteText} (`help.getInviteText`). */
export type GetInviteTextParams = {};
/**
 * Returns localized text of a text message with an invitation.
 *
 * Returns `TypeHelpInviteText`.
 *
 * ```tl
 * help.getInviteText#4d392343 = help.InviteText;
 * ```
 * Declared at schema/api.tl:2108.
 */
export declare class GetInviteText implements TlRequest<TypeHelpInviteText> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 1295590211;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "help.getInviteText";
    constructor(_params?: Record<string, never>);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `TypeHelpInviteText`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): TypeHelpInviteText;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): TypeHelpInviteText;
}
export { LAYER } from "../layer.js";
