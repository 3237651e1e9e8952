/** "me", "self", "@username", "username", "https://t.me/username" or "t.me/username". */
export type PeerLike = string;
/** The TL types whose parameters also take a peer-like name (the generator reads this list too). */
export declare const PEER_KINDS: readonly ["InputPeer", "InputUser", "InputChannel"];
/** The kinds of input a peer-like parameter stands for. */
export type PeerKind = (typeof PEER_KINDS)[number];
/** What a peer-like string names: you, or a username. */
export type ParsedPeerLike =
  | {
      kind: "self";
    }
  | {
      kind: "username";
      username: string;
    };
/** Parses a peer-like string; null when it is not one (the error then says what is accepted). */
export declare function parsePeerLike(value: string): ParsedPeerLike | null;
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
export declare function resolvePeerFields<T extends object>(
  request: T,
  fields: PeerFields,
  resolve: (value: PeerLike, kind: PeerKind) => Promise<object>,
): Promise<T>;
