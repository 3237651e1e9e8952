// Room runtime/peers/: peer-like inputs: names given where an InputPeer, InputUser or InputChannel
// is wanted.
// Imports: nothing. Imported by: plan/, runtime/, runtime/gramjs/, runtime/invoke/,
// runtime/request/.
//
// Peer-like inputs: where a method takes an InputPeer, InputUser or InputChannel, callers may
// pass a name instead, as GramJS allows: "me" / "self", "@username" / "username", or a t.me link.
// Names are resolved before sending (createInvoker's resolver, or a GramJS client).

/** "me", "self", "@username", "username", "https://t.me/username" or "t.me/username". */
export type PeerLike = string;

/** The TL types whose parameters also take a peer-like name (the generator reads this list too). */
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
  resolve(peer: PeerLike, kind: PeerKind): Promise<object>;
}

/** Which fields of a request take peer-like values, and as what. */
export type PeerFields = readonly (readonly [prop: string, kind: PeerKind, vector: boolean])[];

/**
 * A copy of `request` whose peer-like fields hold resolved TL objects. The original is untouched;
 * values that are already objects pass through.
 */
export async function resolvePeerFields<T extends object>(
  request: T,
  fields: PeerFields,
  resolve: (value: PeerLike, kind: PeerKind) => Promise<object>,
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
    const one = (v: unknown) => (typeof v === "string" ? resolve(v, kind) : Promise.resolve(v));
    if (vector && Array.isArray(value)) copy[prop] = await Promise.all(value.map(one));
    else if (value != null) copy[prop] = await one(value);
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
