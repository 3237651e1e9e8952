// The peer cache as plain JSON, so that a session can persist it (as GramJS sessions persist
// entities): ids and hashes as decimal strings (JSON has no bigint), oldest entry first. Reading
// it back checks every field and names the one that is wrong, and reads at most the cache's
// bound: the newest entries, as the older ones would be evicted at once anyway.
import type { CachedPeer, PeerRef } from "./peer-ids.js";

/** The current format of PeerCacheJson. */
export const PEER_CACHE_JSON_VERSION = 1;

/** One peer as JSON. */
export interface PeerJson {
  /** What the peer is. */
  type: "user" | "chat" | "channel";
  /** The bare id, in decimal. */
  id: string;
  /** The access hash (a signed 64-bit integer), in decimal; absent for basic groups. */
  accessHash?: string;
  /** Seen only as a min object. */
  min?: true;
  /** For a min peer: the message it was seen in. */
  seenIn?: { type: "user" | "chat" | "channel"; id: string; msgId: number };
}

/** A peer cache as JSON: `JSON.stringify(cache)` writes it, `PeerCache.fromJSON(parsed)` reads it. */
export interface PeerCacheJson {
  /** The format (PEER_CACHE_JSON_VERSION); another one is refused. */
  version: typeof PEER_CACHE_JSON_VERSION;
  /** Oldest (least recently used) first. */
  peers: PeerJson[];
}

/** One cached peer as JSON. */
export function peerToJson(peer: CachedPeer): PeerJson {
  const json: PeerJson = { type: peer.type, id: String(peer.id) };
  if (peer.accessHash !== undefined) json.accessHash = String(peer.accessHash);
  if (peer.min) json.min = true;
  if (peer.seenIn)
    json.seenIn = { type: peer.seenIn.chat.type, id: String(peer.seenIn.chat.id), msgId: peer.seenIn.msgId };
  return json;
}

const TYPES = ["user", "chat", "channel"];
const INT64 = /^-?\d{1,19}$/;

/** The peers of a PeerCacheJson, at most `max` (the newest); a TypeError names a wrong field. */
export function peersFromJson(json: unknown, max: number): CachedPeer[] {
  const root = record(json, "peer cache JSON");
  if (root.version !== PEER_CACHE_JSON_VERSION)
    throw new TypeError(
      `peer cache JSON: version must be ${PEER_CACHE_JSON_VERSION}, got ${shown(root.version)} (written by another version of this package?)`,
    );
  if (!Array.isArray(root.peers))
    throw new TypeError(`peer cache JSON: peers must be an array, got ${shown(root.peers)}`);
  const list = root.peers as unknown[];
  // Every entry is checked, the dropped ones too: a wrong entry anywhere means the JSON is not
  // what was saved, and nothing of it is taken.
  const from = Math.max(0, list.length - max);
  const out: CachedPeer[] = [];
  for (let i = 0; i < list.length; i++) {
    const peer = peerFromJson(list[i], `peer cache JSON: peers[${i}]`);
    if (i >= from) out.push(peer);
  }
  return out;
}

function peerFromJson(value: unknown, at: string): CachedPeer {
  const o = record(value, at);
  const ref = refFromJson(o, at);
  const min = o.min === undefined ? false : o.min === true ? true : fail(`${at}.min`, "true or absent", o.min);
  const accessHash = o.accessHash === undefined ? undefined : int64(o.accessHash, `${at}.accessHash`);
  if (ref.type === "chat" ? accessHash !== undefined || min : accessHash === undefined && !min)
    fail(`${at}.accessHash`, ref.type === "chat" ? "absent for a basic group (and min too)" : "given", o.accessHash);
  if (o.seenIn === undefined) return { ...ref, accessHash, min };
  if (!min) fail(`${at}.seenIn`, "absent unless min is true", o.seenIn);
  const seen = record(o.seenIn, `${at}.seenIn`);
  const msgId = seen.msgId;
  if (typeof msgId !== "number" || !Number.isInteger(msgId) || msgId < 1 || msgId > 2 ** 31 - 1)
    fail(`${at}.seenIn.msgId`, "a message id (an integer from 1 to 2^31 - 1)", msgId);
  return { ...ref, accessHash, min, seenIn: { chat: refFromJson(seen, `${at}.seenIn`), msgId: msgId as number } };
}

function refFromJson(o: Record<string, unknown>, at: string): PeerRef {
  if (!TYPES.includes(o.type as string)) fail(`${at}.type`, '"user", "chat" or "channel"', o.type);
  const id = int64(o.id, `${at}.id`);
  if (id <= 0n) fail(`${at}.id`, "a positive id", o.id);
  return { type: o.type as PeerRef["type"], id };
}

function int64(value: unknown, at: string): bigint {
  if (typeof value === "string" && INT64.test(value)) {
    const n = BigInt(value);
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return n;
  }
  return fail(at, "a signed 64-bit integer as a decimal string", value);
}

function record(value: unknown, at: string): Record<string, unknown> {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  return fail(at, "an object", value);
}

function fail(at: string, what: string, got: unknown): never {
  throw new TypeError(`${at} must be ${what}, got ${shown(got)}`);
}

function shown(value: unknown): string {
  if (typeof value === "bigint") return `${value}n`;
  if (value === undefined) return "nothing";
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Array.isArray(value) ? "an array" : typeof value; // a bigint inside, or a cycle
  }
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}
