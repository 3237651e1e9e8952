import { describePeer } from "./peer-ids.js";
class UnknownPeerError extends Error {
  /** Always `UnknownPeerError`. */
  name = "UnknownPeerError";
  /** What was asked for: a user, or a channel or supergroup (a basic group needs no hash). */
  peer;
  /** True when the peer was seen, but only as a min object and not in a message that is known. */
  min;
  constructor(peer, min, asked = describePeer(peer)) {
    const where = peer.type === "user" ? "result.users[i]" : "result.chats[i]";
    super(
      `${asked} has no known access hash` + (min ? ' (it was seen only as a "min" object, whose access hash is good only for downloading its profile photo, and the message it was seen in is not known)' : "") + `, so it cannot be sent: resolve its username first (pass "@username", or invoke contacts.resolveUsername), or pass the object a result gave (${where}) instead of its id. Every result the invoker decodes fills its peer cache (invoker.peers); add the updates your connection receives with invoker.peers.remember(update)`
    );
    this.peer = peer;
    this.min = min;
  }
}
function wrongKind(what, kind) {
  const takes = kind === "InputUser" ? "a user" : kind === "InputChannel" ? "a channel or supergroup" : "a peer";
  return new TypeError(`${what}, but this parameter takes ${takes} (${kind})`);
}
function notAPeer(value, kind) {
  const shown = typeof value === "object" && value !== null ? typeof value.className === "string" ? `a GramJS ${value.className} (send it with a GramJS client, or pass its id)` : `an object whose _ is ${JSON.stringify(value._) ?? "missing"}` : typeof value === "number" ? `${value}, which is no peer id (a safe integer: a user id, -N or -100N)` : value === null || value === void 0 ? String(value) : typeof value;
  return new TypeError(
    `expected a peer for this ${kind} parameter: a name ("@username", "me", a t.me link), an id, a user, chat or channel from a result, a Peer, or an input object; got ${shown}`
  );
}
export {
  UnknownPeerError,
  notAPeer,
  wrongKind
};
