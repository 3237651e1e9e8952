// What a decoded TL value tells about peers: every user, basic group and channel in it (at any
// depth: results, updates, differences, following only the fields that can hold one), with the
// access hashes it carries, and for each message the peers that sent or forwarded it, so that a
// min peer can later be named through the message it was seen in (Telegram's "min constructors"
// page).
import { peerOfPeerValue, type CachedPeer, type PeerRef } from "./peer-ids.js";

/** A message in which a peer was seen: what input*FromMessage needs. */
export interface SeenIn {
  /** Who sent or forwarded the message. */
  readonly peer: PeerRef;
  /** Where the message is. */
  readonly chat: PeerRef;
  /** The message's id in that chat. */
  readonly msgId: number;
}

/** The peers a decoded value carries, and the messages their senders were seen in. */
export interface PeersInValue {
  /** The users, basic groups and channels, in the order the value holds them. */
  readonly peers: CachedPeer[];
  /** The senders of the messages in the value, and where they were seen. */
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

/**
 * The fields under which a user or chat can be found: every field whose TL type can hold a User
 * or a Chat, at any depth (computed from the schema; test/runtime/peers/peer-walk.test.ts checks
 * that the bundled schema and GramJS's have no other). The walk follows only these, so a result
 * of 100 invites and 20 users costs 20 visits, not 120 objects and their fields.
 */
export const PEER_PATH_KEYS: ReadonlySet<string> = new Set([
  "action",
  "addUsers",
  "answer",
  "answers",
  "attachedMedia",
  "attributes",
  "authorization",
  "blocks",
  "bot",
  "cachedPage",
  "channel",
  "chat",
  "chatInvite",
  "chats",
  "cover",
  "dialog",
  "dialogs",
  "draft",
  "events",
  "extendedMedia",
  "forwards",
  "fullChat",
  "fullUser",
  "history",
  "items",
  "media",
  "message",
  "messages",
  "newMessage",
  "newMessages",
  "newTopic",
  "otherUpdates",
  "participants",
  "peerStories",
  "poll",
  "prevMessage",
  "prevTopic",
  "reactions",
  "referenceMessages",
  "replyMedia",
  "replyTo",
  "replyToMessage",
  "result",
  "results",
  "richMessage",
  "sendMessage",
  "sentCode",
  "solutionMedia",
  "stories",
  "story",
  "topic",
  "topics",
  "update",
  "updates",
  "urls",
  "user",
  "users",
  "views",
  "webpage",
]);

// A decoded value is a tree nesting at most 64 objects (the reader's MAX_DEPTH), arrays between
// them. The depth bound and the visited set only stop a deep or cyclic value a middleware made up.
const MAX_WALK_DEPTH = 256;

/** Every peer in `value`, in the order it holds them, and who sent or forwarded each message. */
export function peersIn(value: unknown): PeersInValue {
  const found: PeersInValue = { peers: [], seen: [] };
  const visited = new Set<object>();
  const walk = (v: object, depth: number): void => {
    if (depth > MAX_WALK_DEPTH || visited.has(v)) return;
    visited.add(v);
    if (Array.isArray(v)) {
      for (const item of v) if (typeof item === "object" && item !== null) walk(item as object, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    const tag = o._;
    if (typeof tag === "string" && PEER_TAGS.has(tag)) {
      const peer = cachedPeerOf(o);
      if (peer) found.peers.push(peer);
      return; // a user or chat holds no other
    }
    if (tag === "message" || tag === "messageService") senders(o, found.seen);
    for (const key in o) {
      const child = o[key];
      if (typeof child === "object" && child !== null && PEER_PATH_KEYS.has(key)) walk(child, depth + 1);
    }
  };
  if (typeof value === "object" && value !== null) walk(value, 0);
  return found;
}

const PEER_TAGS: ReadonlySet<string> = new Set([
  "user",
  "userEmpty",
  "channel",
  "channelForbidden",
  "chat",
  "chatForbidden",
  "chatEmpty",
]);

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
