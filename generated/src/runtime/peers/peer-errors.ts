// The errors of peer resolution, thrown before anything is sent: a peer whose access hash is not
// known (never sent with a zero hash instead), and a peer of the wrong kind for its parameter.
import { describePeer, type PeerRef } from "./peer-ids.js";
import type { PeerKind } from "./peer-like.js";

/**
 * A user or channel whose access hash the peer cache does not hold (or holds only from a "min"
 * object). The message names it and says how to make it known.
 */
export class UnknownPeerError extends Error {
  /** Always `UnknownPeerError`. */
  override readonly name = "UnknownPeerError";
  /** What was asked for: a user, or a channel or supergroup (a basic group needs no hash). */
  readonly peer: PeerRef;
  /** True when the peer was seen, but only as a min object and not in a message that is known. */
  readonly min: boolean;

  constructor(peer: PeerRef, min: boolean, asked: string = describePeer(peer)) {
    const where = peer.type === "user" ? "result.users[i]" : "result.chats[i]";
    super(
      `${asked} has no known access hash` +
        (min
          ? ' (it was seen only as a "min" object, whose access hash is good only for downloading its profile ' +
            "photo, and the message it was seen in is not known)"
          : "") +
        `, so it cannot be sent: resolve its username first (pass "@username", or invoke contacts.resolveUsername), ` +
        `or pass the object a result gave (${where}) instead of its id. Every result the invoker decodes fills its ` +
        "peer cache (invoker.peers); add the updates your connection receives with invoker.peers.remember(update)",
    );
    this.peer = peer;
    this.min = min;
  }
}

/** A peer of another kind than the parameter takes: a channel where a user is wanted, ... */
export function wrongKind(what: string, kind: PeerKind): TypeError {
  const takes = kind === "InputUser" ? "a user" : kind === "InputChannel" ? "a channel or supergroup" : "a peer";
  return new TypeError(`${what}, but this parameter takes ${takes} (${kind})`);
}

/** A value that is no peer at all. */
export function notAPeer(value: unknown, kind: PeerKind): TypeError {
  const shown =
    typeof value === "object" && value !== null
      ? typeof (value as { className?: unknown }).className === "string"
        ? `a GramJS ${(value as { className: string }).className} (send it with a GramJS client, or pass its id)`
        : `an object whose _ is ${JSON.stringify((value as { _?: unknown })._) ?? "missing"}`
      : typeof value === "number"
        ? `${value}, which is no peer id (a safe integer: a user id, -N or -100N)`
        : value === null || value === undefined
          ? String(value)
          : typeof value;
  return new TypeError(
    `expected a peer for this ${kind} parameter: a name ("@username", "me", a t.me link), an id, ` +
      `a user, chat or channel from a result, a Peer, or an input object; got ${shown}`,
  );
}
