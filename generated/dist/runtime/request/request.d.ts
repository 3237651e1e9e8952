import type { TlReader } from "../wire/reader.js";
import type { TlWriter } from "../wire/writer.js";
import { type EncodeOptions } from "../wire/encode.js";
import type { PeerFields } from "../peers/peer-like.js";
import type { Availability, TlRequest } from "../wire/tl-request.js";
import { type GramjsClient, type GramjsReader, type GramjsUtils } from "../gramjs/gramjs.js";
export type { Availability, BotRequest, ResultOf, TlRequest, UserRequest } from "../wire/tl-request.js";
/** What a generated request class declares as statics. */
export interface RequestClass {
  /** The TL constructor id of the function. */
  readonly CONSTRUCTOR_ID: number;
  /** The TL name of the function. */
  readonly tlName: string;
  /** Who may call it. */
  readonly availability: Availability;
  /** Known RPC error names. */
  readonly ERRORS: readonly string[];
  /** The parameters that take peer-like names. */
  readonly PEER_FIELDS: PeerFields;
  /** Parameter names in wire order; optional ones end with `?`. */
  readonly FIELDS: readonly string[];
}
/** The parameters argument: optional when every parameter is. */
type ParamsArg<P> = object extends P ? [params?: P] : [params: P];
/**
 * The base of every generated request: `R` is the result type, `P` the parameters, `E` the known
 * error names, `A` who may call it.
 */
export declare abstract class TlRequestBase<
  R,
  P extends object = Record<string, never>,
  E extends string = never,
  A extends Availability = Availability,
> implements TlRequest<R> {
  /** Known RPC error names (none unless the class says). */
  static readonly ERRORS: readonly string[];
  /** The parameters that take peer-like names (none unless the class says). */
  static readonly PEER_FIELDS: PeerFields;
  /** Parameter names in wire order (none unless the class says). */
  static readonly FIELDS: readonly string[];
  /** Copies the parameters in; unknown names and a missing params object are refused (TlEncodeError). */
  constructor(...args: ParamsArg<P>);
  /** The TL constructor id of this function (GramJS reads it on the instance). */
  get CONSTRUCTOR_ID(): number;
  /** The TL name of this function. */
  get tlName(): string;
  /** GramJS's name for this request: `messages.ExportChatInvite`. */
  get className(): string;
  /** GramJS's request protocol: this is a request. */
  get classType(): "request";
  /** Who may call this method. */
  get availability(): A;
  /** The RPC errors this method is known to return; see isRpcErrorOf. */
  get ERRORS(): readonly E[];
  /** The parameters that take peer-like names, resolved before sending. */
  get PEER_FIELDS(): PeerFields;
  /** Writes the boxed request: its constructor id, then its fields. Called by encodeTo and serialize. */
  write(w: TlWriter): void;
  /** Reads the result from a reader at its position. */
  readResultFrom(r: TlReader): R;
  /** Writes the boxed request into `w`; on failure `w` is rolled back and TlEncodeError names the field. */
  encodeTo(w: TlWriter): void;
  /**
   * The boxed request as bytes, in memory of their own: no other request's bytes share their
   * buffer, so they may be transferred, cloned or handed to any code. (`{ copy: true }` is
   * accepted and changes nothing.) Throws TlEncodeError on a bad value; never returns partial output.
   */
  serialize(options?: EncodeOptions): Uint8Array;
  /** Decodes the result bytes of this request. Throws TlDecodeError on bad or trailing bytes. */
  decodeResult(bytes: Uint8Array): R;
  /** GramJS's request protocol: the serialized request (a Buffer on Node). */
  getBytes(): Uint8Array;
  /** GramJS's request protocol: reads the result from a GramJS BinaryReader at its offset, and advances it. */
  readResult(reader: GramjsReader): R;
  /** GramJS's request protocol: turns usernames, ids and entities into input peers with the client's getInputEntity. */
  resolve(client: GramjsClient, utils: GramjsUtils): Promise<void>;
  /**
   * Decodes a serialized request of this class (its constructor id first): for servers,
   * proxies and tests.
   */
  static fromBytes<T>(
    this: {
      readonly CONSTRUCTOR_ID: number;
      readonly tlName: string;
      readFrom(r: TlReader): T;
    },
    bytes: Uint8Array,
  ): T;
  /** Reads the fields of a request of this class; a generic wrapper cannot be read (its query's type is unknown). */
  static readFrom(
    this: {
      readonly tlName: string;
    },
    r: TlReader,
  ): unknown;
}
