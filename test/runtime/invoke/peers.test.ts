// Peers the way GramJS code passes them, through the generated package's invoker over a fake
// transport: a first answer fills the invoker's peer cache; then a Bot API id, a bare channel id,
// the channel object of the result and a Peer all send the same inputPeerChannel bytes with the
// cached access hash; an unknown id is refused with nothing sent; vectors, InputPeers where an
// InputUser is wanted, wrappers, a cache shared with the Bot API helpers and saved as JSON, and
// the username resolver's part (what it looks up fills the cache; no zero hash; its bound).
import { describe, expect, it } from "vitest";
import {
  Api,
  PeerCache,
  UnknownPeerError,
  createInvoker,
  createResolvingInvoker,
  createUsernameResolver,
  encodeWith,
  exportChatInviteLink,
  type TypeChat,
  type TypeUser,
} from "tl-invite";
import {
  writeTypeContactsResolvedPeer,
  writeTypeExportedChatInvite,
  writeTypeMessagesChatInviteJoinResult,
  writeTypeMessagesInvitedUsers,
} from "tl-invite/codecs";
import { scripted } from "./fake-server.ts";

const CHANNEL_ID = 1234567890n;
const CHANNEL_HASH = -5566778899n;
const USER_ID = 5550001n;
const USER_HASH = 4242n;

/** An answer carrying users and chats, as messages.getDialogs or a join does. */
const joinedWithPeers = () =>
  encodeWith(
    writeTypeMessagesChatInviteJoinResult,
    {
      _: "messages.chatInviteJoinResultOk",
      updates: {
        _: "updates",
        updates: [],
        users: [{ _: "user", id: USER_ID, accessHash: USER_HASH, firstName: "Member" }],
        chats: [
          { _: "channel", id: CHANNEL_ID, accessHash: CHANNEL_HASH, title: "Invite channel", photo: { _: "chatPhotoEmpty" }, date: 1700000000, megagroup: true },
        ],
        date: 1700000000,
        seq: 0,
      },
    },
    "messages.ChatInviteJoinResult",
  );

const exported = () =>
  encodeWith(writeTypeExportedChatInvite, { _: "chatInviteExported", link: "https://t.me/+x", adminId: 1n, date: 1 }, "ExportedChatInvite");

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

/** What the result of the first call holds: its users and chats. */
function peersOf(result: Awaited<ReturnType<Api.messages.ImportChatInvite["decodeResult"]>>): { users: TypeUser[]; chats: TypeChat[] } {
  if (result._ !== "messages.chatInviteJoinResultOk" || result.updates._ !== "updates") throw new Error("unexpected answer");
  return result.updates;
}

describe("peers given as GramJS code gives them, through the invoker", () => {
  it("send the same inputPeerChannel bytes, with the hash a first answer brought, for an id, a bigint, the result's chat and a Peer", async () => {
    const transport = scripted([joinedWithPeers(), exported()]);
    const invoker = createInvoker(transport);
    const result = peersOf(await invoker.invoke(new Api.messages.ImportChatInvite({ hash: "AbCdEf" })));
    const chat = result.chats[0];

    for (const peer of [-1001234567890, 1234567890n, chat, { _: "peerChannel" as const, channelId: CHANNEL_ID }, chat.id]) {
      await invoker.invoke(new Api.messages.ExportChatInvite({ peer, usageLimit: 10 }));
    }
    const expected = new Api.messages.ExportChatInvite({
      peer: { _: "inputPeerChannel", channelId: CHANNEL_ID, accessHash: CHANNEL_HASH },
      usageLimit: 10,
    }).serialize({ copy: true });
    expect(transport.calls.slice(1).map((c) => hex(c.body))).toEqual(Array(5).fill(hex(expected)));
  });

  it("refuse an id whose access hash is unknown, naming it and how to make it known, with nothing sent", async () => {
    const transport = scripted([exported()]);
    const invoker = createInvoker(transport);
    const error = await invoker.invoke(new Api.messages.ExportChatInvite({ peer: -1001234567890 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownPeerError);
    expect((error as Error).message).toMatch(
      /^channel or supergroup 1234567890 \(-1001234567890\) has no known access hash, so it cannot be sent: resolve its username first/,
    );
    await expect(invoker.invoke(new Api.messages.ExportChatInvite({ peer: { _: "peerUser", userId: 1n } }))).rejects.toThrow(UnknownPeerError);
    await expect(invoker.invoke(new Api.messages.ExportChatInvite({ peer: -1001234567890 }), { timeout: 1000 })).rejects.toThrow(
      "has no known access hash",
    );
    expect(transport.calls).toEqual([]);
  });

  it("resolve every element of a vector and an InputChannel, and turn an InputPeer into the InputUser it stands for", async () => {
    const invited = encodeWith(
      writeTypeMessagesInvitedUsers,
      { _: "messages.invitedUsers", updates: { _: "updatesTooLong" }, missingInvitees: [] },
      "messages.InvitedUsers",
    );
    const transport = scripted([joinedWithPeers(), invited]);
    const invoker = createInvoker(transport);
    const { users } = peersOf(await invoker.invoke(new Api.messages.ImportChatInvite({ hash: "AbCdEf" })));
    await invoker.invoke(
      new Api.channels.InviteToChannel({
        channel: -1001234567890,
        users: [USER_ID, users[0], { _: "peerUser", userId: USER_ID }, { _: "inputPeerUser", userId: USER_ID, accessHash: USER_HASH }],
      }),
    );
    const inputUser = { _: "inputUser" as const, userId: USER_ID, accessHash: USER_HASH };
    const expected = new Api.channels.InviteToChannel({
      channel: { _: "inputChannel", channelId: CHANNEL_ID, accessHash: CHANNEL_HASH },
      users: [inputUser, inputUser, inputUser, inputUser],
    }).serialize({ copy: true });
    expect(hex(transport.calls[1].body)).toBe(hex(expected));
  });

  it("resolve peers inside a wrapper's query, and leave the request given to invoke untouched", async () => {
    const transport = scripted([joinedWithPeers(), exported()]);
    const invoker = createInvoker(transport);
    await invoker.invoke(new Api.messages.ImportChatInvite({ hash: "AbCdEf" }));
    const inner = new Api.messages.ExportChatInvite({ peer: -1001234567890 });
    await invoker.invoke(new Api.InvokeWithLayer({ layer: 227, query: inner }));
    const expected = new Api.InvokeWithLayer({
      layer: 227,
      query: new Api.messages.ExportChatInvite({ peer: { _: "inputPeerChannel", channelId: CHANNEL_ID, accessHash: CHANNEL_HASH } }),
    }).serialize({ copy: true });
    expect(hex(transport.calls[1].body)).toBe(hex(expected));
    expect(inner.peer).toBe(-1001234567890);
  });

  it("share one cache with the Bot API helpers, and start from one a session saved as JSON", async () => {
    const first = createInvoker(scripted([joinedWithPeers()]));
    await first.invoke(new Api.messages.ImportChatInvite({ hash: "AbCdEf" }));
    const saved = JSON.stringify(first.peers);

    const transport = scripted([exported()]);
    const invoker = createInvoker(transport, { peers: PeerCache.fromJSON(JSON.parse(saved)) });
    await expect(exportChatInviteLink(invoker, { chat_id: -1001234567890 })).resolves.toBe("https://t.me/+x");
    const sent = Api.messages.ExportChatInvite.fromBytes(transport.calls[0].body);
    expect(sent.peer).toEqual({ _: "inputPeerChannel", channelId: CHANNEL_ID, accessHash: CHANNEL_HASH });
  });

  it("are never resolved by the encoder: a plain serialize() of an id says to send it through an invoker", () => {
    for (const peer of [-1001234567890, 1234567890n])
      expect(() => new Api.messages.ExportChatInvite({ peer }).serialize()).toThrow(
        /^messages\.exportChatInvite\.peer: expected a constructor of InputPeer, got -?\d+n?: a peer given by name or id must be resolved first \(send it with createInvoker, or a GramJS client\)$/,
      );
  });

  it("refuse a peers option that is no cache", () => {
    expect(() => createInvoker(scripted([]), { peers: {} as never })).toThrow("peers must be a PeerCache");
  });
});

describe("the username resolver", () => {
  /** contacts.resolvedPeer naming user `id`, with `users` as the answer's users. */
  const resolved = (id: bigint, users: object[]) =>
    encodeWith(
      writeTypeContactsResolvedPeer,
      { _: "contacts.resolvedPeer", peer: { _: "peerUser", userId: id }, chats: [], users } as never,
      "contacts.ResolvedPeer",
    );

  it("fills the invoker's cache with what it looked up, so the user's id works next", async () => {
    const transport = scripted([resolved(USER_ID, [{ _: "user", id: USER_ID, accessHash: USER_HASH }]), exported()]);
    const invoker = createResolvingInvoker(transport);
    await invoker.invoke(new Api.messages.ExportChatInvite({ peer: "@member" }));
    await invoker.invoke(new Api.messages.ExportChatInvite({ peer: USER_ID }));
    const peers = transport.calls.slice(1).map((c) => Api.messages.ExportChatInvite.fromBytes(c.body).peer);
    expect(peers).toEqual(Array(2).fill({ _: "inputPeerUser", userId: USER_ID, accessHash: USER_HASH }));
  });

  it("refuses an answer without the user's access hash instead of sending a zero one", async () => {
    const transport = scripted([resolved(USER_ID, [{ _: "userEmpty", id: USER_ID }]), exported()]);
    const invoker = createResolvingInvoker(transport);
    await expect(invoker.invoke(new Api.messages.ExportChatInvite({ peer: "@member" }))).rejects.toThrow(
      'contacts.resolveUsername("member") answered user 5550001 without its access hash',
    );
    expect(transport.calls).toHaveLength(1); // the lookup only
  });

  it("keeps at most 1,000 usernames, the oldest going first", async () => {
    const invoker = createInvoker(async (body) => {
      const { username } = Api.contacts.ResolveUsername.fromBytes(body);
      const id = BigInt(username.slice(4));
      return resolved(id, [{ _: "user", id, accessHash: 1n }]);
    });
    const resolver = createUsernameResolver(invoker);
    for (let i = 1; i <= 1001; i++) await resolver.resolve(`user${i}`, "InputUser");
    expect(resolver.cache.size).toBe(1000);
    expect([resolver.cache.has("user1"), resolver.cache.has("user2"), resolver.cache.has("user1001")]).toEqual([false, true, true]);
  });
});
