// What a decoded TL value tells about peers: every user, basic group and channel in it (at any
// depth: results, updates, differences), with the access hashes it carries, and for each
// message the peers that sent or forwarded it, so that a min peer can later be named through
// the message it was seen in (Telegram's "min constructors" page).
import { peerOfPeerValue, type CachedPeer, type PeerRef } from "./peer-ids.js";

/** A message in which a peer was seen: what input*FromMessage needs. */
export interface SeenIn {
  readonly peer: PeerRef;
  readonly chat: PeerRef;
  readonly msgId: number;
}

/** The peers a decoded value carries, and the messages their senders were seen in. */
export interface PeersInValue {
  readonly peers: CachedPeer[];
  readonly seen: SeenIn[];
}

/** The cache entry a user, chat or channel object makes, or null when it makes none. */
export function cachedPeerOf(o: Record<string, unknown>): CachedPeer | null {
  const { _: tag, id, accessHash } = o;
  if (typeof id !== "bigint") return null;
  const hash = typeof accessHash === "bigint" ? accessHash : undefined;
  switch (tag) {
    case "user":
    case "channel":
      // A min object may lack its hash; any other object without one is of no use.
      if (o.min === true) return { type: tag, id, accessHash: hash, min: true };
      return hash === undefined ? null : { type: tag, id, accessHash: hash, min: false };
    case "channelForbidden": // never min, and its hash is not optional
      return hash === undefined ? null : { type: "channel", id, accessHash: hash, min: false };
    case "chat":
    case "chatForbidden":
      return { type: "chat", id, min: false };
    default:
      return null;
  }
}

/** Every peer in `value`, and who sent or forwarded each message in it. */
export function peersIn(value: unknown): PeersInValue {
  const peers: CachedPeer[] = [];
  const seen: SeenIn[] = [];
  // A decoded value is a tree; the set only guards against a cyclic value from a middleware.
  const visited = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null || ArrayBuffer.isView(v) || visited.has(v)) continue;
    visited.add(v);
    // Children are pushed last first, so that peers come out in the order the value holds them.
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    const o = v as Record<string, unknown>;
    const peer = cachedPeerOf(o);
    if (peer) peers.push(peer);
    else if (o._ === "message" || o._ === "messageService") senders(o, seen);
    const keys = Object.keys(o);
    for (let i = keys.length - 1; i >= 0; i--) if (typeof o[keys[i]] === "object") stack.push(o[keys[i]]);
  }
  return { peers, seen };
}

/** The sender and the forwarded-from peer of a message, with where the message is. */
function senders(message: Record<string, unknown>, seen: SeenIn[]): void {
  const chat = peerOfPeerValue(message.peerId);
  const msgId = message.id;
  if (!chat || typeof msgId !== "number") return;
  const fwd = message.fwdFrom as { fromId?: unknown } | undefined;
  for (const from of [message.fromId, fwd?.fromId]) {
    const peer = peerOfPeerValue(from);
    if (peer && peer.type !== "chat") seen.push({ peer, chat, msgId });
  }
}
