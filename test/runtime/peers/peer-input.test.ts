// Peer-like values as input objects, tested in place: ids, a result's users and chats, Peers,
// InputPeers where an InputUser or InputChannel is wanted (GramJS's getInputUser and
// getInputChannel over the same objects), what passes through, and the errors.
import { beforeEach, describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { PeerCache } from "../../../generator/runtime/peers/peer-cache.ts";
import { inputFor } from "../../../generator/runtime/peers/peer-input.ts";
import { UnknownPeerError } from "../../../generator/runtime/peers/peer-errors.ts";
import { fromGramjsObject } from "../../../generator/runtime/gramjs/gramjs.ts";
import { thrown } from "../../helpers.ts";

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const { Api: G, utils: gramUtils }: Any = require("telegram");
const bigInt: Any = require("big-integer");

const cache = () => {
  const peers = new PeerCache();
  peers.remember({
    users: [{ _: "user", id: 5n, accessHash: 55n }],
    chats: [{ _: "channel", id: 7n, accessHash: 77n, title: "c" }],
  });
  return peers;
};

describe("a result's users, chats and channels", () => {
  let peers: PeerCache;
  beforeEach(() => {
    peers = cache();
  });

  it("become input peers by their own access hash, a basic group by its id", () => {
    expect(inputFor({ _: "user", id: 9n, accessHash: 99n }, "InputPeer", peers)).toEqual({ _: "inputPeerUser", userId: 9n, accessHash: 99n });
    expect(inputFor({ _: "user", id: 9n, accessHash: 99n }, "InputUser", peers)).toEqual({ _: "inputUser", userId: 9n, accessHash: 99n });
    expect(inputFor({ _: "channel", id: 8n, accessHash: 88n }, "InputPeer", peers)).toEqual({ _: "inputPeerChannel", channelId: 8n, accessHash: 88n });
    expect(inputFor({ _: "channelForbidden", id: 8n, accessHash: 88n }, "InputChannel", peers)).toEqual({ _: "inputChannel", channelId: 8n, accessHash: 88n });
    expect(inputFor({ _: "chat", id: 3n }, "InputPeer", peers)).toEqual({ _: "inputPeerChat", chatId: 3n });
    expect(inputFor({ _: "chatForbidden", id: 3n }, "InputPeer", peers)).toEqual({ _: "inputPeerChat", chatId: 3n });
  });

  it("take the cache's hash when they carry none or a min one, and are refused when it has none", () => {
    expect(inputFor({ _: "user", id: 5n, min: true, accessHash: 1n }, "InputPeer", peers)).toEqual({ _: "inputPeerUser", userId: 5n, accessHash: 55n });
    expect(inputFor({ _: "userEmpty", id: 5n }, "InputUser", peers)).toEqual({ _: "inputUser", userId: 5n, accessHash: 55n });
    expect(inputFor({ _: "channel", id: 7n, min: true }, "InputChannel", peers)).toEqual({ _: "inputChannel", channelId: 7n, accessHash: 77n });
    const e = thrown(() => inputFor({ _: "channel", id: 6n, min: true, accessHash: 1n }, "InputPeer", peers), UnknownPeerError);
    expect(e.message).toMatch(/^channel or supergroup 6 \(-1000000000006\) has no known access hash/);
  });

  it("stand for you when they are your own user, as GramJS's getInputPeer does", () => {
    const me = { _: "user", id: 1n, accessHash: 2n, self: true };
    expect(inputFor(me, "InputPeer", peers)).toEqual({ _: "inputPeerSelf" });
    expect(inputFor(me, "InputUser", peers)).toEqual({ _: "inputUserSelf" });
  });

  it("are refused where another kind of peer is wanted", () => {
    expect(thrown(() => inputFor({ _: "chat", id: 3n }, "InputChannel", peers), TypeError).message).toBe(
      "basic group 3 (-3) is a basic group, but this parameter takes a channel or supergroup (InputChannel)",
    );
    expect(thrown(() => inputFor({ _: "channel", id: 7n, accessHash: 77n }, "InputUser", peers), TypeError).message).toContain(
      "is a channel or supergroup, but this parameter takes a user (InputUser)",
    );
    expect(thrown(() => inputFor({ _: "user", id: 5n, accessHash: 55n }, "InputChannel", peers), TypeError).message).toBe(
      "user 5 is a user, but this parameter takes a channel or supergroup (InputChannel)",
    );
  });
});

describe("Peers and ids", () => {
  it("go through the cache", () => {
    const peers = cache();
    expect(inputFor({ _: "peerChannel", channelId: 7n }, "InputPeer", peers)).toEqual({ _: "inputPeerChannel", channelId: 7n, accessHash: 77n });
    expect(inputFor({ _: "peerChannel", channelId: 7n }, "InputChannel", peers)).toEqual({ _: "inputChannel", channelId: 7n, accessHash: 77n });
    expect(inputFor({ _: "peerUser", userId: 5n }, "InputUser", peers)).toEqual({ _: "inputUser", userId: 5n, accessHash: 55n });
    expect(inputFor({ _: "peerChat", chatId: 3n }, "InputPeer", peers)).toEqual({ _: "inputPeerChat", chatId: 3n });
    expect(inputFor(-1000000000007, "InputPeer", peers)).toEqual({ _: "inputPeerChannel", channelId: 7n, accessHash: 77n });
    expect(inputFor(5n, "InputUser", peers)).toEqual({ _: "inputUser", userId: 5n, accessHash: 55n });
    expect(inputFor(7, "InputChannel", peers)).toEqual({ _: "inputChannel", channelId: 7n, accessHash: 77n });
    expect(() => inputFor({ _: "peerUser", userId: 6n }, "InputPeer", peers)).toThrow(UnknownPeerError);
  });
});

describe("InputPeers where an InputUser or InputChannel is wanted", () => {
  let peers: PeerCache;
  beforeEach(() => {
    peers = cache();
  });
  const chat = { _: "inputPeerChat", chatId: 3n };

  it.each([
    ["inputPeerUser", { _: "inputPeerUser", userId: 5n, accessHash: 55n }, "InputUser"],
    ["inputPeerSelf", { _: "inputPeerSelf" }, "InputUser"],
    ["inputPeerEmpty", { _: "inputPeerEmpty" }, "InputUser"],
    ["inputPeerUserFromMessage", { _: "inputPeerUserFromMessage", peer: chat, msgId: 4, userId: 5n }, "InputUser"],
    ["inputPeerChannel", { _: "inputPeerChannel", channelId: 7n, accessHash: 77n }, "InputChannel"],
  ] as const)("convert %s as GramJS's getInputUser and getInputChannel do", (_name, value, kind) => {
    const gramjs = new (G as Any)[`${value._.charAt(0).toUpperCase()}${value._.slice(1)}`](toGramjs(value));
    const expected = fromGramjsObject(kind === "InputUser" ? gramUtils.getInputUser(gramjs) : gramUtils.getInputChannel(gramjs));
    expect(inputFor(value, kind, peers)).toEqual(expected);
  });

  it("convert inputPeerChannelFromMessage, which GramJS's getInputChannel does not take", () => {
    const value = { _: "inputPeerChannelFromMessage", peer: chat, msgId: 4, channelId: 7n };
    expect(inputFor(value, "InputChannel", peers)).toEqual({ _: "inputChannelFromMessage", peer: chat, msgId: 4, channelId: 7n });
  });

  it("are refused when they stand for another kind of peer", () => {
    expect(thrown(() => inputFor(chat, "InputUser", peers), TypeError).message).toBe(
      "inputPeerChat is not a user, but this parameter takes a user (InputUser)",
    );
    expect(thrown(() => inputFor({ _: "inputPeerSelf" }, "InputChannel", peers), TypeError).message).toBe(
      "inputPeerSelf is not a channel or supergroup, but this parameter takes a channel or supergroup (InputChannel)",
    );
  });

  it("pass through when they are already of the parameter's type, or unknown here (the encoder checks those)", () => {
    const inputUser = { _: "inputUser", userId: 1n, accessHash: 2n };
    expect(inputFor(inputUser, "InputUser", peers)).toBe(inputUser);
    expect(inputFor(chat, "InputPeer", peers)).toBe(chat);
    const odd = { _: "inputUserSelf" };
    expect(inputFor(odd, "InputPeer", peers)).toBe(odd);
  });
});

describe("what is no peer", () => {
  it.each([
    ["a boolean", () => true, "got boolean"],
    ["null in a vector", () => null, "got null"],
    ["an unsafe number", () => Number.MAX_SAFE_INTEGER + 2, "which is no peer id"],
    ["an object without _", () => ({ id: 1n }), "got an object whose _ is missing"],
    ["a GramJS object", () => new G.PeerUser({ userId: bigInt(5) }), "got a GramJS PeerUser (send it with a GramJS client, or pass its id)"],
    ["a user whose id is no bigint", () => ({ _: "user", id: 5 }), 'got an object whose _ is "user"'],
  ])("refuses %s, saying what is accepted", (_name, value, message) => {
    const e = thrown(() => inputFor(value(), "InputPeer", cache()), TypeError);
    expect(e.message).toContain("expected a peer for this InputPeer parameter: a name");
    expect(e.message).toContain(message);
  });
});

/** A plain value's fields as GramJS's constructors take them (bigint -> big-integer, nested objects built). */
function toGramjs(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === "_") continue;
    if (typeof v === "bigint") out[k] = bigInt(v.toString());
    else if (typeof v === "object" && v !== null && "_" in v) {
      const tag = String((v as { _: string })._);
      out[k] = new (G as Any)[`${tag.charAt(0).toUpperCase()}${tag.slice(1)}`](toGramjs(v as Record<string, unknown>));
    } else out[k] = v;
  }
  return out;
}
