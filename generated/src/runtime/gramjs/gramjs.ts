// Room runtime/gramjs/: GramJS's request protocol and its layer check.
// Imports: runtime/peers/, runtime/wire/. Imported by: runtime/, runtime/request/.
//
// The request protocol GramJS's TelegramClient.invoke speaks, so generated requests can be
// passed to an existing GramJS client: getBytes(), readResult(reader) and resolve(client, utils).
// No GramJS import: everything here works on the shapes GramJS passes in. Each of them first
// checks that the GramJS in use speaks this package's layer (gramjs-layer.ts). A client given to
// withTypedInvoke also gets a peer cache (gramjs-peers.ts), which its results fill.
import type { TlReader } from "../wire/reader.js";
import { decodeAt } from "../wire/decode.js";
import { checkGramjsLayer, declareGramjsLayer } from "./gramjs-layer.js";
import { gramjsPeers, type GramjsPeers } from "./gramjs-peers.js";
import type { PeerFields, PeerKind } from "../peers/peer-like.js";
import type { PeerCache } from "../peers/peer-cache.js";
import type { TlRequest } from "../wire/tl-request.js";

/** The peer handling of each client given to withTypedInvoke. */
const clientPeers = /* @__PURE__ */ new WeakMap<object, GramjsPeers>();
/** The cache each request resolved by such a client fills with its result (readResult). */
const resultPeers = /* @__PURE__ */ new WeakMap<object, PeerCache>();

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
export function toGramjsBytes(bytes: Uint8Array): Uint8Array {
  checkGramjsLayer();
  const B = (globalThis as { Buffer?: { from(b: ArrayBufferLike, o: number, l: number): Uint8Array } }).Buffer;
  return B ? B.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
}

/**
 * GramJS's `readResult(reader)`: reads a result at the reader's offset with our decoder, and
 * moves the reader past it. Throws GramjsLayerError when the loaded GramJS speaks another layer.
 */
export function readWithGramjsReader<R>(reader: GramjsReader, read: (r: TlReader) => R, request?: object): R {
  checkGramjsLayer();
  const { value, end } = decodeAt(read, reader.stream, reader.offset);
  reader.offset = end;
  if (request) resultPeers.get(request)?.remember(value);
  return value;
}

function isBigInteger(v: unknown): v is { toString(): string } {
  return typeof v === "object" && v !== null && typeof (v as { toJSNumber?: unknown }).toJSNumber === "function";
}

/**
 * A GramJS TL object (class instance with className, big-integer longs, Buffers) as this
 * package's plain value (`{ _: "inputPeerUser", userId: 1n, accessHash: 2n }`).
 */
export function fromGramjsObject(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromGramjsObject);
  if (value instanceof Uint8Array) return new Uint8Array(value);
  if (isBigInteger(value)) return BigInt(value.toString());
  if (typeof value !== "object" || value === null) return value;
  const obj = value as Record<string, unknown>;
  if (typeof obj.className !== "string") return value;
  const parts = obj.className.split(".");
  const last = parts.pop()!;
  const out: Record<string, unknown> = { _: [...parts, last.charAt(0).toLowerCase() + last.slice(1)].join(".") };
  for (const [k, v] of Object.entries(obj)) {
    if (["CONSTRUCTOR_ID", "SUBCLASS_OF_ID", "className", "classType", "originalArgs", "flags", "flags2"].includes(k))
      continue;
    out[k] = fromGramjsObject(v);
  }
  return out;
}

/**
 * GramJS's `request.resolve(client, utils)`, which TelegramClient.invoke calls before sending:
 * first refuses a client at another layer (GramjsLayerError), then every peer-like field (a
 * name, an id, a GramJS entity) becomes an input object through the client's getInputEntity.
 * On a client given to withTypedInvoke, ids, Peers and result objects go through its peer cache
 * first, and InputPeers convert to InputUser or InputChannel where those are wanted.
 */
export async function resolveWithGramjs(
  request: object,
  fields: PeerFields,
  client: GramjsClient,
  utils: GramjsUtils,
): Promise<void> {
  checkGramjsLayer(client);
  const peers = clientPeers.get(client);
  if (peers) resultPeers.set(request, peers.cache);
  const target = request as Record<string, unknown>;
  const convert = async (value: unknown, kind: PeerKind): Promise<unknown> => {
    let ask = value;
    if (peers) {
      const step = peers.step(value, kind);
      if ("input" in step) return step.input;
      ask = step.ask;
    } else if (typeof value === "object" && value !== null && typeof (value as { _?: unknown })._ === "string") {
      return value;
    }
    const entity = await client.getInputEntity(ask);
    const input =
      kind === "InputPeer"
        ? utils.getInputPeer(entity)
        : kind === "InputUser"
          ? utils.getInputUser(entity)
          : utils.getInputChannel(entity);
    return fromGramjsObject(input);
  };
  for (const [prop, kind, vector] of fields) {
    const value = target[prop];
    if (value == null) continue;
    target[prop] =
      vector && Array.isArray(value)
        ? await Promise.all(value.map((v) => convert(v, kind)))
        : await convert(value, kind);
  }
}

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
export function withTypedInvoke<C extends object>(client: C, options: TypedInvokeOptions = {}): C & TypedInvoke {
  if (options.layer !== undefined) declareGramjsLayer(client, options.layer);
  checkGramjsLayer(client);
  const peers = clientPeers.get(client);
  if (!peers || (options.peers && options.peers !== peers.cache)) clientPeers.set(client, gramjsPeers(options.peers));
  return client as C & TypedInvoke;
}

/** The peer cache withTypedInvoke gave a GramJS client; undefined for a client it never saw. */
export function gramjsPeerCache(client: object): PeerCache | undefined {
  return clientPeers.get(client)?.cache;
}
