// Room runtime/peers/: peer-like inputs: names given where an InputPeer, InputUser or InputChannel
// is wanted.
// Imports: nothing. Imported by: plan/, runtime/, runtime/bot-api/, runtime/gramjs/,
// runtime/invoke/, runtime/request/.
//
// Peer-like inputs: where a method takes an InputPeer, InputUser or InputChannel, callers may
// pass what GramJS's entity cache resolves instead: a name ("me", "@username", a t.me link), a
// numeric id (Bot API form for chats), a user, chat or channel a result returned, a Peer, or an
// InputPeer where an InputUser or InputChannel is wanted. They are resolved before sending (by
// createInvoker's resolver and peer cache, or a GramJS client), never by the encoder.

/** "me", "self", "@username", "username", "https://t.me/username" or "t.me/username". */
export type PeerName = string;

/**
 * A numeric id: a user id, or a chat's in Bot API form (-N for a basic group, -100N for a
 * channel or supergroup). A positive id the peer cache knows only as a basic group's or a
 * channel's bare id stands for that, as in GramJS.
 */
export type PeerId = number | bigint;

/** A user as results carry it (TypeUser). */
export interface UserValue {
  /** The constructor. */
  readonly _: "user" | "userEmpty";
  /** The user id. */
  readonly id: bigint;
  /** Its access hash, when the result carried one. */
  readonly accessHash?: bigint;
  /** A min object: its hash is not used (see PeerCache). */
  readonly min?: boolean;
  /** You: sent as inputPeerSelf / inputUserSelf. */
  readonly self?: boolean;
}

/** A basic group, channel or supergroup as results carry it (TypeChat). */
export interface ChatValue {
  /** The constructor: a basic group (chat...) or a channel or supergroup (channel...). */
  readonly _: "chat" | "chatEmpty" | "chatForbidden" | "channel" | "channelForbidden";
  /** The bare id. */
  readonly id: bigint;
  /** A channel's access hash, when the result carried one. */
  readonly accessHash?: bigint;
  /** A min object: its hash is not used (see PeerCache). */
  readonly min?: boolean;
}

/** A Peer as results carry it: which user, basic group or channel, without an access hash. */
export type PeerValue =
  | { readonly _: "peerUser"; readonly userId: bigint }
  | { readonly _: "peerChat"; readonly chatId: bigint }
  | { readonly _: "peerChannel"; readonly channelId: bigint };

/** The InputPeer constructors that stand for a user (GramJS's getInputUser takes them). */
export type InputPeerUserValue =
  | { readonly _: "inputPeerUser"; readonly userId: bigint; readonly accessHash: bigint }
  | { readonly _: "inputPeerSelf" }
  | { readonly _: "inputPeerEmpty" }
  | { readonly _: "inputPeerUserFromMessage"; readonly peer: object; readonly msgId: number; readonly userId: bigint };

/** The InputPeer constructors that stand for a channel (GramJS's getInputChannel takes them). */
export type InputPeerChannelValue =
  | { readonly _: "inputPeerChannel"; readonly channelId: bigint; readonly accessHash: bigint }
  | {
      readonly _: "inputPeerChannelFromMessage";
      readonly peer: object;
      readonly msgId: number;
      readonly channelId: bigint;
    };

/**
 * What a parameter of TL type `K` takes besides its own constructors: a name, an id, a user,
 * chat or Peer from a result, and for InputUser and InputChannel the matching InputPeer. A
 * basic group given where a channel is wanted, or an id whose access hash is unknown, is an
 * error before anything is sent.
 */
export type PeerLike<K extends PeerKind = PeerKind> =
  | PeerName
  | PeerId
  | (K extends "InputPeer"
      ? UserValue | ChatValue | PeerValue
      : K extends "InputUser"
        ? UserValue | Extract<PeerValue, { _: "peerUser" }> | InputPeerUserValue
        : ChatValue | Extract<PeerValue, { _: "peerChannel" }> | InputPeerChannelValue);

/**
 * Parameters `P` with the peer-like forms taken out of the fields `F` names (field -> kind): what
 * a size-first function takes (`exportChatInvite({ ... })`), since it has no peer cache to
 * resolve a name, an id or a result's object with; a real Input* value is still taken.
 */
export type WithoutPeerLike<P, F extends Record<string, PeerKind>> = {
  [K in keyof P]: K extends keyof F ? StripPeerLike<P[K], F[K]> : P[K];
};

/** `T` (or each element of an array `T`) without the peer-like forms of kind `K`. */
export type StripPeerLike<T, K extends PeerKind> = T extends readonly (infer E)[]
  ? Exclude<E, PeerLike<K>>[]
  : Exclude<T, PeerLike<K>>;

/** The TL types whose parameters also take peer-like values (the generator reads this list too). */
export const PEER_KINDS = ["InputPeer", "InputUser", "InputChannel"] as const;

/** The kinds of input a peer-like parameter stands for. */
export type PeerKind = (typeof PEER_KINDS)[number];

/** What a peer-like string names: you, or a username. */
export type ParsedPeerLike = { kind: "self" } | { kind: "username"; username: string };

/** Parses a peer-like string; null when it is not one (the error then says what is accepted). */
export function parsePeerLike(value: string): ParsedPeerLike | null {
  const text = value.trim();
  if (text === "me" || text === "self") return { kind: "self" };
  const link = /^(?:https?:\/\/)?(?:www\.)?(?:t|telegram)\.me\/([A-Za-z0-9_]{4,32})\/?$/.exec(text);
  if (link) return { kind: "username", username: link[1].toLowerCase() };
  const name = /^@?([A-Za-z][A-Za-z0-9_]{3,31})$/.exec(text);
  return name ? { kind: "username", username: name[1].toLowerCase() } : null;
}

/** Resolves a peer-like string to the TL input object of the given kind. */
export interface PeerResolver {
  resolve(peer: PeerName, kind: PeerKind): Promise<object>;
}

/** Which fields of a request take peer-like values, and as what. */
export type PeerFields = readonly (readonly [prop: string, kind: PeerKind, vector: boolean])[];

/**
 * A copy of `request` whose peer-like fields hold what `resolve` made of each value (it decides
 * what passes through as it is). The original is untouched.
 */
export async function resolvePeerFields<T extends object>(
  request: T,
  fields: PeerFields,
  resolve: (value: unknown, kind: PeerKind) => unknown,
): Promise<T> {
  // A wrapper (invokeWithLayer, ...) carries its query in a field: resolve inside it too.
  const inner = Object.entries(request).filter(([, v]) => isRequestWithPeers(v)) as [
    string,
    { PEER_FIELDS: PeerFields },
  ][];
  if (fields.length === 0 && inner.length === 0) return request;
  const copy = Object.assign(Object.create(Object.getPrototypeOf(request)), request) as Record<string, unknown>;
  for (const [prop, query] of inner) copy[prop] = await resolvePeerFields(query, query.PEER_FIELDS, resolve);
  for (const [prop, kind, vector] of fields) {
    const value = copy[prop];
    if (vector && Array.isArray(value)) copy[prop] = await Promise.all(value.map((v: unknown) => resolve(v, kind)));
    else if (value != null) copy[prop] = await resolve(value, kind);
  }
  return copy as T;
}

function isRequestWithPeers(v: unknown): v is { PEER_FIELDS: PeerFields } {
  return (
    typeof v === "object" &&
    v !== null &&
    Array.isArray((v as { PEER_FIELDS?: unknown }).PEER_FIELDS) &&
    typeof (v as { encodeTo?: unknown }).encodeTo === "function"
  );
}
