import type { TlReader, TlRequest, TlWriter } from "../runtime/index.js";
import type { TypeInputClientProxy, TypeJSONValue } from "../types.js";
/** Parameters of {@link InitConnection} (`initConnection`). */
export type InitConnectionParams<X> = {
    /**
     * Application identifier (see. [App configuration](https://corefork.telegram.org/myapp))
     */
    apiId: number;
    /**
     * Device model
     */
    deviceModel: string;
    /**
     * Operation system version
     */
    systemVersion: string;
    /**
     * Application version
     */
    appVersion: string;
    /**
     * Code for the language used on the device's OS, ISO 639-1 standard
     */
    systemLangCode: string;
    /**
     * Platform identifier (i.e. `android`, `tdesktop`, etc).
     */
    langPack: string;
    /**
     * Either an ISO 639-1 language code or a language pack name obtained from a [language pack link](https://corefork.telegram.org/api/links#language-pack-links).
     */
    langCode: string;
    /**
     * Info about an MTProto proxy
     *
     * Optional: bit 0 of `flags` (TL `proxy:flags.0?…`).
     */
    proxy?: TypeInputClientProxy;
    /**
     * Additional initConnection parameters.
     * For now, only the `tz_offset` field is supported, for specifying the timezone offset in seconds.
     *
     * Optional: bit 1 of `flags` (TL `params:flags.1?…`).
     */
    params?: TypeJSONValue;
    /**
     * The query itself
     */
    query: TlRequest<X>;
};
/**
 * Initialize connection
 *
 * Returns `X`.
 *
 * ```tl
 * initConnection#c1cd5ea9 {X:Type} flags:# api_id:int device_model:string system_version:string app_version:string system_lang_code:string lang_pack:string lang_code:string proxy:flags.0?InputClientProxy params:flags.1?JSONValue query:!X = X;
 * ```
 * Declared at schema/api.tl:1635.
 */
export declare class InitConnection<X> implements TlRequest<X> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 3251461801;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "initConnection";
    /** Application identifier (see. [App configuration](https://corefork.telegram.org/myapp)) */
    apiId: number;
    /** Device model */
    deviceModel: string;
    /** Operation system version */
    systemVersion: string;
    /** Application version */
    appVersion: string;
    /** Code for the language used on the device's OS, ISO 639-1 standard */
    systemLangCode: string;
    /** Platform identifier (i.e. `android`, `tdesktop`, etc). */
    langPack: string;
    /** Either an ISO 639-1 language code or a language pack name obtained from a [language pack link](https://corefork.telegram.org/api/links#language-pack-links). */
    langCode: string;
    /**
     * Info about an MTProto proxy
     *
     * Optional: bit 0 of `flags` (TL `proxy:flags.0?…`).
     */
    proxy?: TypeInputClientProxy;
    /**
     * Additional initConnection parameters.
     * For now, only the `tz_offset` field is supported, for specifying the timezone offset in seconds.
     *
     * Optional: bit 1 of `flags` (TL `params:flags.1?…`).
     */
    params?: TypeJSONValue;
    /** The query itself */
    query: TlRequest<X>;
    constructor(params: InitConnectionParams<X>);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `X`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): X;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): X;
}
/** Parameters of {@link InvokeAfterMsg} (`invokeAfterMsg`). */
export type InvokeAfterMsgParams<X> = {
    /**
     * Message identifier on which a current query depends
     */
    msgId: bigint;
    /**
     * The query itself
     */
    query: TlRequest<X>;
};
/**
 * Invokes a query after successful completion of one of the previous queries.
 *
 * Returns `X`.
 *
 * ```tl
 * invokeAfterMsg#cb9f372d {X:Type} msg_id:long query:!X = X;
 * ```
 * Declared at schema/api.tl:1633.
 */
export declare class InvokeAfterMsg<X> implements TlRequest<X> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 3416209197;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "invokeAfterMsg";
    /** Message identifier on which a current query depends */
    msgId: bigint;
    /** The query itself */
    query: TlRequest<X>;
    constructor(params: InvokeAfterMsgParams<X>);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `X`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): X;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): X;
}
/** Parameters of {@link InvokeWithLayer} (`invokeWithLayer`). */
export type InvokeWithLayerParams<X> = {
    /**
     * The layer to use
     */
    layer: number;
    /**
     * The query
     */
    query: TlRequest<X>;
};
/**
 * Invoke the specified query using the specified API [layer](https://corefork.telegram.org/api/invoking#layers)
 *
 * Returns `X`.
 *
 * ```tl
 * invokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X;
 * ```
 * Declared at schema/api.tl:1636.
 */
export declare class InvokeWithLayer<X> implements TlRequest<X> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 3667594509;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "invokeWithLayer";
    /** The layer to use */
    layer: number;
    /** The query */
    query: TlRequest<X>;
    constructor(params: InvokeWithLayerParams<X>);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `X`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): X;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): X;
}
/** Parameters of {@link InvokeWithTakeout} (`invokeWithTakeout`). */
export type InvokeWithTakeoutParams<X> = {
    /**
     * [Takeout session ID »](https://corefork.telegram.org/api/takeout)
     */
    takeoutId: bigint;
    /**
     * Query
     */
    query: TlRequest<X>;
};
/**
 * Invoke a method within a [takeout session, see here » for more info](https://corefork.telegram.org/api/takeout).
 *
 * Returns `X`.
 *
 * ```tl
 * invokeWithTakeout#aca9fd2e {X:Type} takeout_id:long query:!X = X;
 * ```
 * Declared at schema/api.tl:1639.
 */
export declare class InvokeWithTakeout<X> implements TlRequest<X> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 2896821550;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "invokeWithTakeout";
    /** [Takeout session ID »](https://corefork.telegram.org/api/takeout) */
    takeoutId: bigint;
    /** Query */
    query: TlRequest<X>;
    constructor(params: InvokeWithTakeoutParams<X>);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `X`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): X;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): X;
}
/** Parameters of {@link InvokeWithoutUpdates} (`invokeWithoutUpdates`). */
export type InvokeWithoutUpdatesParams<X> = {
    /**
     * The query
     */
    query: TlRequest<X>;
};
/**
 * Invoke a request without subscribing the used connection for [updates](https://corefork.telegram.org/api/updates) (this is enabled by default for [file queries](https://corefork.telegram.org/api/files)).
 *
 * Returns `X`.
 *
 * ```tl
 * invokeWithoutUpdates#bf9459b7 {X:Type} query:!X = X;
 * ```
 * Declared at schema/api.tl:1637.
 */
export declare class InvokeWithoutUpdates<X> implements TlRequest<X> {
    /** The TL constructor id of this function. */
    static readonly CONSTRUCTOR_ID = 3214170551;
    /** The TL constructor id of this function. */
    readonly CONSTRUCTOR_ID: number;
    /** The TL name of this function. */
    readonly tlName: "invokeWithoutUpdates";
    /** The query */
    query: TlRequest<X>;
    constructor(params: InvokeWithoutUpdatesParams<X>);
    /** Writes the boxed request (constructor id first) into `w`. */
    encodeTo(w: TlWriter): void;
    /** The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output. */
    serialize(): Uint8Array;
    /** Decodes the result bytes of this request into `X`. Throws TlDecodeError on bad or trailing bytes. */
    decodeResult(bytes: Uint8Array): X;
    /** Reads the result from a reader at its position. */
    readResultFrom(r: TlReader): X;
}
export { LAYER } from "../layer.js";
