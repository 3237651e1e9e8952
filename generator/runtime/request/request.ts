// Room runtime/request/: TlRequestBase, the base class of every generated request.
// Imports: runtime/gramjs/, runtime/peers/, runtime/wire/. Imported by: plan/, runtime/.
//
// Requests: the one base class that implements TlRequest (wire/tl-request.ts) for every
// generated request. A generated request class holds only what differs: its id, its metadata
// (statics), its fields, how it writes them and how its result is read. Everything else
// (serialize, encodeTo, decodeResult, fromBytes, parameter checks, GramJS's request protocol) is
// written once here.
import type { TlReader } from "../wire/reader.js";
import type { TlWriter } from "../wire/writer.js";
import { TlDecodeError } from "../wire/errors.js";
import { decodeWith } from "../wire/decode.js";
import { encodeInto, encodeWith, type EncodeOptions } from "../wire/encode.js";
import { checkParams } from "../wire/params.js";
import type { PeerFields } from "../peers/peer-like.js";
import { LAYER } from "../wire/layer.js";
import type { Availability, TlRequest } from "../wire/tl-request.js";
import {
  readWithGramjsReader,
  resolveWithGramjs,
  toGramjsBytes,
  type GramjsClient,
  type GramjsReader,
  type GramjsUtils,
} from "../gramjs/gramjs.js";

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
export abstract class TlRequestBase<
  R,
  P extends object = Record<string, never>,
  E extends string = never,
  A extends Availability = Availability,
> implements TlRequest<R> {
  /** Known RPC error names (none unless the class says). */
  static readonly ERRORS: readonly string[] = [];
  /** The parameters that take peer-like names (none unless the class says). */
  static readonly PEER_FIELDS: PeerFields = [];
  /** Parameter names in wire order (none unless the class says). */
  static readonly FIELDS: readonly string[] = [];

  /** Copies the parameters in; unknown names and a missing params object are refused (TlEncodeError). */
  constructor(...args: ParamsArg<P>) {
    checkParams(this, args[0], this.constructor as unknown as RequestClass);
  }

  /** The TL constructor id of this function (GramJS reads it on the instance). */
  get CONSTRUCTOR_ID(): number {
    return (this.constructor as unknown as RequestClass).CONSTRUCTOR_ID;
  }

  /** The TL name of this function. */
  get tlName(): string {
    return (this.constructor as unknown as RequestClass).tlName;
  }

  /** GramJS's name for this request: `messages.ExportChatInvite`. */
  get className(): string {
    return this.tlName.replace(/(^|\.)([a-z])(?=[^.]*$)/, (_, dot: string, c: string) => dot + c.toUpperCase());
  }

  /** GramJS's request protocol: this is a request. */
  get classType(): "request" {
    return "request";
  }

  /** Who may call this method. */
  get availability(): A {
    return (this.constructor as unknown as RequestClass).availability as A;
  }

  /** The RPC errors this method is known to return; see isRpcErrorOf. */
  get ERRORS(): readonly E[] {
    return (this.constructor as unknown as RequestClass).ERRORS as readonly E[];
  }

  /** The parameters that take peer-like names, resolved before sending. */
  get PEER_FIELDS(): PeerFields {
    return (this.constructor as unknown as RequestClass).PEER_FIELDS;
  }

  /** Writes the boxed request: its constructor id, then its fields. Called by encodeTo and serialize. */
  write(w: TlWriter): void {
    void w;
    throw new TypeError(`${this.tlName}: a request class must define write()`);
  }

  /** Reads the result from a reader at its position. */
  readResultFrom(r: TlReader): R {
    void r;
    throw new TypeError(`${this.tlName}: a request class must define readResultFrom()`);
  }

  /** Writes the boxed request into `w`; on failure `w` is rolled back and TlEncodeError names the field. */
  encodeTo(w: TlWriter): void {
    encodeInto(w, writeRequest, this);
  }

  /**
   * The boxed request as bytes, in memory of their own: no other request's bytes share their
   * buffer, so they may be transferred, cloned or handed to any code. (`{ copy: true }` is
   * accepted and changes nothing.) Throws TlEncodeError on a bad value; never returns partial output.
   */
  serialize(options?: EncodeOptions): Uint8Array {
    return encodeWith(writeRequest, this, undefined, options);
  }

  /** Decodes the result bytes of this request. Throws TlDecodeError on bad or trailing bytes. */
  decodeResult(bytes: Uint8Array): R {
    return decodeWith((r) => this.readResultFrom(r), bytes);
  }

  /** GramJS's request protocol: the serialized request (a Buffer on Node). */
  getBytes(): Uint8Array {
    return toGramjsBytes(this.serialize());
  }

  /** GramJS's request protocol: reads the result from a GramJS BinaryReader at its offset, and advances it. */
  readResult(reader: GramjsReader): R {
    return readWithGramjsReader(reader, (r) => this.readResultFrom(r), this);
  }

  /** GramJS's request protocol: turns usernames, ids and entities into input peers with the client's getInputEntity. */
  async resolve(client: GramjsClient, utils: GramjsUtils): Promise<void> {
    await resolveWithGramjs(this, this.PEER_FIELDS, client, utils);
    for (const value of Object.values(this)) {
      if (value instanceof TlRequestBase) await value.resolve(client, utils);
    }
  }

  /**
   * Decodes a serialized request of this class (its constructor id first): for servers,
   * proxies and tests.
   */
  static fromBytes<T>(
    this: { readonly CONSTRUCTOR_ID: number; readonly tlName: string; readFrom(r: TlReader): T },
    bytes: Uint8Array,
  ): T {
    return decodeWith((r) => {
      const id = r.id();
      if (id !== this.CONSTRUCTOR_ID) {
        // Another request's bytes, or not a request at all: either way, not this one.
        const hex = (n: number) => `0x${n.toString(16).padStart(8, "0")}`;
        throw new TlDecodeError(
          `not a ${this.tlName} (layer ${LAYER}): its constructor id is ${hex(id)}, not ${hex(this.CONSTRUCTOR_ID)}`,
          r.pos - 4,
          `${this.tlName}#${this.CONSTRUCTOR_ID.toString(16).padStart(8, "0")}`,
        );
      }
      return this.readFrom(r);
    }, bytes);
  }

  /** Reads the fields of a request of this class; a generic wrapper cannot be read (its query's type is unknown). */
  static readFrom(this: { readonly tlName: string }, r: TlReader): unknown {
    throw new TlDecodeError(
      `${this.tlName} carries a query of any type and cannot be decoded`,
      r.pos,
      "a request that is not a generic wrapper",
    );
  }
}

function writeRequest(w: TlWriter, request: { write(w: TlWriter): void }): void {
  request.write(w);
}
