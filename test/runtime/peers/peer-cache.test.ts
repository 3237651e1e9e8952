// The peer cache, tested in place: what it learns from decoded values (full and min peers, the
// messages min peers were seen in), input peers by id with their errors, its bound and eviction
// order, and its JSON round trip with the errors of a bad one.
import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_PEER_CACHE_SIZE, PeerCache } from "../../../generator/runtime/peers/peer-cache.ts";
import { UnknownPeerError } from "../../../generator/runtime/peers/peer-errors.ts";
import { thrown } from "../../helpers.ts";

const user = (id: bigint, accessHash: bigint, extra: object = {}) => ({ _: "user", id, accessHash, ...extra });
const channel = (id: bigint, accessHash: bigint, extra: object = {}) => ({ _: "channel", id, accessHash, title: "c", ...extra });

/** A group message from `fromId`, as updates carry it. */
const message = (id: number, channelId: bigint, fromUser: bigint) => ({
  _: "message",
  id,
  peerId: { _: "peerChannel", channelId },
  fromId: { _: "peerUser", userId: fromUser },
  message: "hi",
});

describe("PeerCache.remember", () => {
  it("learns users, basic groups and channels at any depth, with the hashes of full objects only", () => {
    const peers = new PeerCache();
    // A channel inside an Instant View page inside a message's web page, inside an update.
    const page = { _: "page", url: "u", blocks: [{ _: "pageBlockChannel", channel: channel(10n, 100n) }], photos: [], documents: [] };
    const media = { _: "messageMediaWebPage", webpage: { _: "webPage", id: 1n, url: "u", displayUrl: "u", hash: 0, cachedPage: page } };
    peers.remember({
      _: "updates",
      updates: [{ _: "updateNewChannelMessage", message: { _: "message", id: 1, peerId: { _: "peerChannel", channelId: 10n }, media } }],
      users: [user(1n, 11n), user(2n, 22n, { min: true }), { _: "userEmpty", id: 3n }, { _: "user", id: 4n }],
      chats: [{ _: "channelForbidden", id: 20n, accessHash: 200n, title: "gone" }, { _: "chat", id: 30n, title: "g" }],
      bytes: new Uint8Array(8),
    });
    expect([1n, 2n, 3n, 4n].map((id) => peers.userAccessHash(id))).toEqual([11n, undefined, undefined, undefined]);
    expect([peers.channelAccessHash(10n), peers.channelAccessHash(20n)]).toEqual([100n, 200n]);
    expect(peers.get("chat", 30n)).toEqual({ type: "chat", id: 30n, min: false });
    expect(peers.get("user", 2n)).toEqual({ type: "user", id: 2n, accessHash: 22n, min: true });
    expect(peers.size).toBe(5);
  });

  it("keeps a full peer when a min object of the same id comes later, and lets a full one replace a min one", () => {
    const peers = new PeerCache();
    peers.remember([user(1n, 11n), user(2n, 99n, { min: true })]);
    peers.remember([user(1n, 98n, { min: true }), user(2n, 22n)]);
    expect([peers.userAccessHash(1n), peers.userAccessHash(2n)]).toEqual([11n, 22n]);
    expect(peers.get("user", 2n)?.min).toBe(false);
  });

  it("follows only the fields whose TL type can hold a user or chat", () => {
    const peers = new PeerCache();
    peers.remember({ _: "messages.exportedChatInvites", count: 1, invites: [user(1n, 11n)], users: [user(2n, 22n)] });
    expect([peers.userAccessHash(1n), peers.userAccessHash(2n)]).toEqual([undefined, 22n]);
  });

  it("stops at a value that refers back to itself instead of walking forever", () => {
    const cyclic: Record<string, unknown> = { users: [user(1n, 11n)] };
    cyclic.updates = [cyclic, cyclic];
    const peers = new PeerCache();
    peers.remember(cyclic);
    expect(peers.userAccessHash(1n)).toBe(11n);
    let deep: Record<string, unknown> = { users: [user(2n, 22n)] };
    for (let i = 0; i < 100_000; i++) deep = { updates: deep };
    expect(() => peers.remember(deep)).not.toThrow(); // deeper than any decoded value: not followed
    expect(peers.userAccessHash(2n)).toBeUndefined();
  });
});

describe("input peers by id", () => {
  let peers: PeerCache;
  beforeEach(() => {
    peers = new PeerCache();
    peers.remember({ users: [user(5n, 55n)], chats: [channel(1234567890n, -22n), { _: "chat", id: 77n, title: "g" }] });
  });

  it("reads user ids, Bot API chat ids (-N, -100N) and bare channel ids, as numbers or bigints", () => {
    const channelPeer = { _: "inputPeerChannel", channelId: 1234567890n, accessHash: -22n };
    expect(peers.inputPeer(-1001234567890)).toEqual(channelPeer);
    expect(peers.inputPeer(1234567890n)).toEqual(channelPeer);
    expect(peers.inputPeer(-1001234567890n)).toEqual(channelPeer);
    expect(peers.inputPeer(5)).toEqual({ _: "inputPeerUser", userId: 5n, accessHash: 55n });
    expect(peers.inputPeer(-77)).toEqual({ _: "inputPeerChat", chatId: 77n });
    expect(peers.inputPeer(77n)).toEqual({ _: "inputPeerChat", chatId: 77n });
    expect(peers.inputPeer(-123)).toEqual({ _: "inputPeerChat", chatId: 123n }); // a basic group needs no hash
    expect(peers.inputUser(5n)).toEqual({ _: "inputUser", userId: 5n, accessHash: 55n });
    expect(peers.inputChannel(1234567890)).toEqual({ _: "inputChannel", channelId: 1234567890n, accessHash: -22n });
    expect(peers.inputChannel(-1001234567890)).toEqual({ _: "inputChannel", channelId: 1234567890n, accessHash: -22n });
  });

  it("refuses an id whose hash is unknown, naming it and how to make it known, never with a zero hash", () => {
    const e = thrown(() => peers.inputPeer(-1009999999999), UnknownPeerError);
    expect(e.message).toMatch(/^channel or supergroup 9999999999 \(-1009999999999\) has no known access hash, so it cannot be sent: resolve its username first/);
    expect(e.message).toContain("result.chats[i]");
    expect([e.peer, e.min]).toEqual([{ type: "channel", id: 9999999999n }, false]);
    expect(thrown(() => peers.inputUser(6), UnknownPeerError).message).toMatch(/^user 6 has no known access hash/);
    expect(thrown(() => peers.inputPeer(42n), UnknownPeerError).message).toMatch(
      /^peer 42 \(seen as no user, basic group or channel\) has no known access hash/,
    );
  });

  it("refuses what is no peer id, and a peer of another kind than the parameter takes", () => {
    expect(thrown(() => peers.inputPeer(0), TypeError).message).toBe("0 is not a peer id");
    expect(thrown(() => peers.inputPeer(1.5), TypeError).message).toContain("1.5, which is no peer id");
    expect(thrown(() => peers.inputPeer(-3000000000000), TypeError).message).toContain("-3000000000000 is not a peer id");
    expect(thrown(() => peers.inputUser(-77), TypeError).message).toBe(
      "basic group 77 (-77) is a basic group, but this parameter takes a user (InputUser)",
    );
    expect(thrown(() => peers.inputChannel(-77), TypeError).message).toContain("takes a channel or supergroup (InputChannel)");
    expect(thrown(() => peers.inputUser(-1001234567890), TypeError).message).toContain("is a channel or supergroup, but");
  });
});

describe("min peers", () => {
  it("are never sent by their own hash: an id known only from a min object is refused, saying so", () => {
    const peers = new PeerCache();
    peers.remember({ users: [user(9n, 99n, { min: true })] });
    const e = thrown(() => peers.inputPeer(9), UnknownPeerError);
    expect(e.min).toBe(true);
    expect(e.message).toContain('seen only as a "min" object, whose access hash is good only for downloading its profile photo');
  });

  it("are named through the message they were seen in, once the chat of that message is known", () => {
    const peers = new PeerCache();
    peers.remember({ messages: [message(34, 123456789n, 102424212n)], users: [user(102424212n, 1n, { min: true })], chats: [] });
    expect(() => peers.inputUser(102424212)).toThrow(UnknownPeerError); // the channel itself is not known yet
    peers.remember({ chats: [channel(123456789n, 777n)] });
    const chat = { _: "inputPeerChannel", channelId: 123456789n, accessHash: 777n };
    expect(peers.inputPeer(102424212)).toEqual({ _: "inputPeerUserFromMessage", peer: chat, msgId: 34, userId: 102424212n });
    expect(peers.inputUser(102424212)).toEqual({ _: "inputUserFromMessage", peer: chat, msgId: 34, userId: 102424212n });
  });

  it("name a min channel a message was forwarded from, and forget the message once the full object comes", () => {
    const peers = new PeerCache();
    peers.remember({ chats: [channel(50n, 500n), channel(60n, 6n, { min: true })] });
    peers.remember({
      _: "message",
      id: 7,
      peerId: { _: "peerChannel", channelId: 50n },
      fwdFrom: { _: "messageFwdHeader", fromId: { _: "peerChannel", channelId: 60n }, date: 1 },
    });
    const from = { _: "inputPeerChannel", channelId: 50n, accessHash: 500n };
    expect(peers.inputChannel(60n)).toEqual({ _: "inputChannelFromMessage", peer: from, msgId: 7, channelId: 60n });
    peers.remember({ chats: [channel(60n, 600n)] });
    expect(peers.inputChannel(60n)).toEqual({ _: "inputChannel", channelId: 60n, accessHash: 600n });
    expect(peers.get("channel", 60n)?.seenIn).toBeUndefined();
  });
});

describe("the bound", () => {
  it("defaults to DEFAULT_PEER_CACHE_SIZE and refuses a size that is no whole number of at least 1", () => {
    expect(new PeerCache().maxSize).toBe(DEFAULT_PEER_CACHE_SIZE);
    for (const maxSize of [0, -1, 1.5, Number.NaN])
      expect(thrown(() => new PeerCache({ maxSize }), RangeError).message).toContain("maxSize must be a whole number");
  });

  it("evicts the least recently used peer first, a lookup counting as a use", () => {
    const peers = new PeerCache({ maxSize: 3 });
    peers.remember({ users: [user(1n, 11n), user(2n, 22n), user(3n, 33n)] });
    expect(peers.inputUser(1)).toMatchObject({ userId: 1n }); // 1 is now the most recently used
    peers.remember({ users: [user(4n, 44n)] });
    expect(peers.size).toBe(3);
    expect([1n, 2n, 3n, 4n].map((id) => peers.userAccessHash(id))).toEqual([11n, undefined, 33n, 44n]);
    expect(() => peers.inputUser(2)).toThrow(UnknownPeerError);
  });

  it("holds no more than its bound however many peers pass through", () => {
    const peers = new PeerCache({ maxSize: 100 });
    for (let i = 1n; i <= 1000n; i++) peers.remember({ users: [user(i, i)] });
    expect(peers.size).toBe(100);
    expect([peers.userAccessHash(900n), peers.userAccessHash(901n), peers.userAccessHash(1000n)]).toEqual([undefined, 901n, 1000n]);
  });
});

describe("JSON", () => {
  it("round-trips every kind of entry through JSON text, in the same order of use", () => {
    const peers = new PeerCache();
    peers.remember({ users: [user(1n, -(2n ** 63n)), user(2n, 5n, { min: true })], chats: [{ _: "chat", id: 3n, title: "g" }] });
    peers.remember({ chats: [channel(4n, 2n ** 63n - 1n)] });
    peers.remember(message(12, 4n, 2n));
    const text = JSON.stringify(peers);
    expect(JSON.parse(text)).toEqual({
      version: 1,
      peers: [
        { type: "user", id: "1", accessHash: "-9223372036854775808" },
        { type: "user", id: "2", accessHash: "5", min: true, seenIn: { type: "channel", id: "4", msgId: 12 } },
        { type: "chat", id: "3" },
        { type: "channel", id: "4", accessHash: "9223372036854775807" },
      ],
    });
    const back = PeerCache.fromJSON(JSON.parse(text));
    expect(JSON.stringify(back)).toBe(text);
    expect(back.inputPeer(2)).toEqual({
      _: "inputPeerUserFromMessage",
      peer: { _: "inputPeerChannel", channelId: 4n, accessHash: 2n ** 63n - 1n },
      msgId: 12,
      userId: 2n,
    });
  });

  it("reads at most the bound, keeping the newest entries", () => {
    const big = new PeerCache();
    for (let i = 1n; i <= 50n; i++) big.remember({ users: [user(i, i * 10n)] });
    const small = PeerCache.fromJSON(big.toJSON(), { maxSize: 10 });
    expect(small.size).toBe(10);
    expect([small.userAccessHash(40n), small.userAccessHash(41n), small.userAccessHash(50n)]).toEqual([undefined, 410n, 500n]);
  });

  it("checks the entries past the bound too, and takes nothing when one is wrong", () => {
    const big = new PeerCache();
    for (let i = 1n; i <= 20n; i++) big.remember({ users: [user(i, i * 10n)] });
    const json = big.toJSON();
    const planted = { ...json, peers: ["garbage", ...json.peers] };
    expect(() => PeerCache.fromJSON(planted, { maxSize: 10 })).toThrow("peer cache JSON: peers[0]");
  });

  it.each([
    [null, "peer cache JSON must be an object, got null"],
    [{ version: 2, peers: [] }, "peer cache JSON: version must be 1, got 2"],
    [{ version: 1 }, "peer cache JSON: peers must be an array, got nothing"],
    [{ version: 1, peers: [{ type: "bot", id: "1" }] }, 'peer cache JSON: peers[0].type must be "user", "chat" or "channel", got "bot"'],
    [{ version: 1, peers: [{ type: "user", id: 1, accessHash: "1" }] }, "peer cache JSON: peers[0].id must be a signed 64-bit integer as a decimal string, got 1"],
    [{ version: 1, peers: [{ type: "user", id: "-4", accessHash: "1" }] }, 'peer cache JSON: peers[0].id must be a positive id, got "-4"'],
    [{ version: 1, peers: [{ type: "user", id: "1", accessHash: "9223372036854775808" }] }, "peers[0].accessHash must be a signed 64-bit integer"],
    [{ version: 1, peers: [{ type: "user", id: "1" }] }, "peer cache JSON: peers[0].accessHash must be given, got nothing"],
    [{ version: 1, peers: [{ type: "chat", id: "1", accessHash: "2" }] }, "peers[0].accessHash must be absent for a basic group"],
    [{ version: 1, peers: [{ type: "user", id: "1", accessHash: "2", seenIn: { type: "chat", id: "3", msgId: 1 } }] }, "peers[0].seenIn must be absent unless min is true"],
    [{ version: 1, peers: [{ type: "user", id: "1", min: true, seenIn: { type: "chat", id: "3", msgId: 0 } }] }, "peers[0].seenIn.msgId must be a message id"],
  ])("refuses %j, naming the field: %s", (json, message) => {
    const peers = new PeerCache();
    expect(thrown(() => peers.load(json), TypeError).message).toContain(message);
  });

  it("refuses a bad entry without adding any of the entries before it", () => {
    const peers = new PeerCache();
    const json = { version: 1, peers: [{ type: "user", id: "1", accessHash: "2" }, { type: "user", id: "x" }] };
    expect(() => peers.load(json)).toThrow("peers[1].id");
    expect(peers.size).toBe(0);
  });
});
