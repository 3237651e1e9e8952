import { TlDecodeError } from "../wire/errors.js";
import { decodeWith } from "../wire/decode.js";
import { encodeInto, encodeWith } from "../wire/encode.js";
import { checkParams } from "../wire/params.js";
import { LAYER } from "../wire/layer.js";
import {
  readWithGramjsReader,
  resolveWithGramjs,
  toGramjsBytes
} from "../gramjs/gramjs.js";
class TlRequestBase {
  /** Known RPC error names (none unless the class says). */
  static ERRORS = [];
  /** The parameters that take peer-like names (none unless the class says). */
  static PEER_FIELDS = [];
  /** Parameter names in wire order (none unless the class says). */
  static FIELDS = [];
  /** Copies the parameters in; unknown names and a missing params object are refused (TlEncodeError). */
  constructor(...args) {
    checkParams(this, args[0], this.constructor);
  }
  /** The TL constructor id of this function (GramJS reads it on the instance). */
  get CONSTRUCTOR_ID() {
    return this.constructor.CONSTRUCTOR_ID;
  }
  /** The TL name of this function. */
  get tlName() {
    return this.constructor.tlName;
  }
  /** GramJS's name for this request: `messages.ExportChatInvite`. */
  get className() {
    return this.tlName.replace(/(^|\.)([a-z])(?=[^.]*$)/, (_, dot, c) => dot + c.toUpperCase());
  }
  /** GramJS's request protocol: this is a request. */
  get classType() {
    return "request";
  }
  /** Who may call this method. */
  get availability() {
    return this.constructor.availability;
  }
  /** The RPC errors this method is known to return; see isRpcErrorOf. */
  get ERRORS() {
    return this.constructor.ERRORS;
  }
  /** The parameters that take peer-like names, resolved before sending. */
  get PEER_FIELDS() {
    return this.constructor.PEER_FIELDS;
  }
  /** Writes the boxed request: its constructor id, then its fields. Called by encodeTo and serialize. */
  write(w) {
    void w;
    throw new TypeError(`${this.tlName}: a request class must define write()`);
  }
  /** Reads the result from a reader at its position. */
  readResultFrom(r) {
    void r;
    throw new TypeError(`${this.tlName}: a request class must define readResultFrom()`);
  }
  /** Writes the boxed request into `w`; on failure `w` is rolled back and TlEncodeError names the field. */
  encodeTo(w) {
    encodeInto(w, writeRequest, this);
  }
  /**
   * The boxed request as bytes, in memory of their own: no other request's bytes share their
   * buffer, so they may be transferred, cloned or handed to any code. (`{ copy: true }` is
   * accepted and changes nothing.) Throws TlEncodeError on a bad value; never returns partial output.
   */
  serialize(options) {
    return encodeWith(writeRequest, this, void 0, options);
  }
  /** Decodes the result bytes of this request. Throws TlDecodeError on bad or trailing bytes. */
  decodeResult(bytes) {
    return decodeWith((r) => this.readResultFrom(r), bytes);
  }
  /** GramJS's request protocol: the serialized request (a Buffer on Node). */
  getBytes() {
    return toGramjsBytes(this.serialize());
  }
  /** GramJS's request protocol: reads the result from a GramJS BinaryReader at its offset, and advances it. */
  readResult(reader) {
    return readWithGramjsReader(reader, (r) => this.readResultFrom(r), this);
  }
  /** GramJS's request protocol: turns usernames, ids and entities into input peers with the client's getInputEntity. */
  async resolve(client, utils) {
    await resolveWithGramjs(this, this.PEER_FIELDS, client, utils);
    for (const value of Object.values(this)) {
      if (value instanceof TlRequestBase) await value.resolve(client, utils);
    }
  }
  /**
   * Decodes a serialized request of this class (its constructor id first): for servers,
   * proxies and tests.
   */
  static fromBytes(bytes) {
    return decodeWith((r) => {
      const id = r.id();
      if (id !== this.CONSTRUCTOR_ID) {
        const hex = (n) => `0x${n.toString(16).padStart(8, "0")}`;
        throw new TlDecodeError(
          `not a ${this.tlName} (layer ${LAYER}): its constructor id is ${hex(id)}, not ${hex(this.CONSTRUCTOR_ID)}`,
          r.pos - 4,
          `${this.tlName}#${this.CONSTRUCTOR_ID.toString(16).padStart(8, "0")}`
        );
      }
      return this.readFrom(r);
    }, bytes);
  }
  /** Reads the fields of a request of this class; a generic wrapper cannot be read (its query's type is unknown). */
  static readFrom(r) {
    throw new TlDecodeError(
      `${this.tlName} carries a query of any type and cannot be decoded`,
      r.pos,
      "a request that is not a generic wrapper"
    );
  }
}
function writeRequest(w, request) {
  request.write(w);
}
export {
  TlRequestBase
};
