import type { TlReader } from "../wire/reader.js";
import type { PeerFields } from "../peers/peer-like.js";
import type { PeerCache } from "../peers/peer-cache.js";
import type { TlRequest } from "../wire/tl-request.js";
/** What GramJS's BinaryReader exposes: its bytes and the current offset. */
export interface GramjsReader {
  /** The bytes being read. */
  stream: Uint8Array;
  /** Where the next read starts. */
  offset: number;
}
/** GramJS's `utils` module, the three functions resolve() needs. */
export interface GramjsUtils {
  getInputPeer(entity: unknown): unknown;
  getInputUser(entity: unknown): unknown;
  getInputChannel(entity: unknown): unknown;
}
/** The part of a GramJS TelegramClient resolve() uses. */
export interface GramjsClient {
  getInputEntity(peer: unknown): Promise<unknown>;
}
/**
 * GramJS's `getBytes()`: bytes as GramJS expects them, a Buffer where there is one (no copy),
 * else the array itself. Throws GramjsLayerError when the loaded GramJS speaks another layer.
 */
export declare function toGramjsBytes(bytes: Uint8Array): Uint8Array;
/**
 * GramJS's `readResult(reader)`: reads a result at the reader's offset with our decoder, and
 * moves the reader past it. Throws GramjsLayerError when the loaded GramJS speaks another layer.
 */
export declare function readWithGramjsReader<R>(reader: GramjsReader, read: (r: TlReader) => R, request?: object): R;
/**
 * A GramJS TL object (class instance with className, big-integer longs, Buffers) as this
 * package's plain value (`{ _: "inputPeerUser", userId: 1n, accessHash: 2n }`).
 */
export declare function fromGramjsObject(value: unknown): unknown;
/**
 * GramJS's `request.resolve(client, utils)`, which TelegramClient.invoke calls before sending:
 * first refuses a client at another layer (GramjsLayerError), then every peer-like field (a
 * name, an id, a GramJS entity) becomes an input object through the client's getInputEntity.
 * On a client given to withTypedInvoke, ids, Peers and result objects go through its peer cache
 * first, and InputPeers convert to InputUser or InputChannel where those are wanted.
 */
export declare function resolveWithGramjs(
  request: object,
  fields: PeerFields,
  client: GramjsClient,
  utils: GramjsUtils,
): Promise<void>;
/** The invoke signature a GramJS client has for these requests: the result type of the request. */
export interface TypedInvoke {
  invoke<R>(request: TlRequest<R>): Promise<R>;
}
/** Options of withTypedInvoke. */
export interface TypedInvokeOptions {
  /**
   * The layer the client speaks, where it cannot be found on its own (GramJS bundled, or in a
   * browser): `import { LAYER } from "telegram/tl/AllTLObjects"`.
   */
  layer?: number;
  /**
   * The peer cache for this client (a new one by default; one a session saved, with
   * PeerCache.fromJSON). The results of these requests fill it, and ids, Peers and result
   * objects are sent through it before GramJS's getInputEntity is asked.
   */
  peers?: PeerCache;
}
/**
 * The same GramJS client, typed so that `client.invoke(new Api.messages.X(...))` returns X's
 * result type (GramJS's own typing only knows its own classes). No wrapping at run time; the
 * client gets a peer cache (see TypedInvokeOptions.peers), kept across calls for the same client.
 * Throws GramjsLayerError when the client speaks another layer than this package.
 */
export declare function withTypedInvoke<C extends object>(client: C, options?: TypedInvokeOptions): C & TypedInvoke;
/** The peer cache withTypedInvoke gave a GramJS client; undefined for a client it never saw. */
export declare function gramjsPeerCache(client: object): PeerCache | undefined;
