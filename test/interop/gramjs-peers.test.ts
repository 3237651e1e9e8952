// Peer-like values on a real GramJS TelegramClient (only its MTProto sender replaced), with the
// package generated from GramJS's own schema at its layer: the README's GramJS example extended
// with `peer: chat.id`, the chat coming from an earlier typed result, sends GramJS's own bytes;
// what this package's cache does not know goes to GramJS's getInputEntity and its session.
import { beforeAll, describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { generateGramjsPackage } from "./gramjs-schema.ts";

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const { TelegramClient, Api: G }: Any = require("telegram");
const { StringSession }: Any = require("telegram/sessions");
const { BinaryReader, Logger }: Any = require("telegram/extensions");
const bigInt: Any = require("big-integer");

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const CHANNEL = { id: 777000n, accessHash: -99999n };
const SESSION_USER = { id: 123456n, accessHash: -7788990011n };

let pkg: Any; // the package generated from GramJS's schema at GramJS's layer

beforeAll(async () => {
  pkg = await generateGramjsPackage([
    "messages.exportChatInvite",
    "messages.checkChatInvite",
    "messages.hideChatJoinRequest",
    "channels.inviteToChannel",
  ]);
});

/** A client whose session knows one user (as if from an earlier update), and no channel. */
function gramClient(): Any {
  const client = new TelegramClient(new StringSession(""), 1, "hash", { connectionRetries: 0, baseLogger: new Logger("none") });
  const user = new G.User({ id: bigInt(123456), accessHash: bigInt("-7788990011"), username: "username", firstName: "Some" });
  client.session.processEntities({ users: [user], chats: [] });
  return client;
}

/** Replaces only the MTProto sender, answering every request with GramJS's own serialization. */
function fakeSender(client: Any): string[] {
  const sent: string[] = [];
  const channel = new G.Channel({ id: bigInt(777000), accessHash: bigInt(-99999), title: "Invite channel", photo: new G.ChatPhotoEmpty(), date: 1700000000 });
  const answers: Record<string, () => Any> = {
    "messages.CheckChatInvite": () => new G.ChatInviteAlready({ chat: channel }),
    "messages.ExportChatInvite": () => new G.ChatInviteExported({ link: "https://t.me/+answer", adminId: bigInt(1), date: 1 }),
    "messages.HideChatJoinRequest": () => new G.UpdatesTooLong(),
  };
  client._sender = {
    userDisconnected: false,
    addStateToQueue(state: Any) {
      sent.push(hex(state.data));
      const body = answers[state.request.className]().getBytes();
      setImmediate(() => state.resolve(state.request.readResult(new BinaryReader(body))));
    },
  };
  client._connectedDeferred.resolve();
  return sent;
}

const gramjsExport = (peer: Any, extra: object = {}) =>
  hex(new G.messages.ExportChatInvite({ peer, ...extra }).getBytes());
const channelPeer = () => new G.InputPeerChannel({ channelId: bigInt(777000), accessHash: bigInt(-99999) });

describe("peer-like values on a GramJS client given to withTypedInvoke", () => {
  it("send GramJS's own bytes for the README's example, then for the chat of a result by its id, itself and its Peer", async () => {
    const gramjsClient = gramClient();
    const sent = fakeSender(gramjsClient);
    const { Api, withTypedInvoke } = pkg;

    const client = withTypedInvoke(gramjsClient);
    await client.invoke(
      new Api.messages.ExportChatInvite({
        peer: "username",
        legacyRevokePermanent: true,
        requestNeeded: true,
        expireDate: 43,
        usageLimit: 43,
        title: "My very normal title",
      }),
    );
    const invite = await client.invoke(new Api.messages.CheckChatInvite({ hash: "AbCdEf" }));
    const chat = invite.chat;
    await client.invoke(new Api.messages.ExportChatInvite({ peer: chat.id, usageLimit: 10 }));
    await client.invoke(new Api.messages.ExportChatInvite({ peer: chat, usageLimit: 10 }));
    await client.invoke(new Api.messages.ExportChatInvite({ peer: { _: "peerChannel", channelId: chat.id }, usageLimit: 10 }));
    await client.invoke(new Api.messages.ExportChatInvite({ peer: -1000000777000, usageLimit: 10 }));

    const userPeer = new G.InputPeerUser({ userId: bigInt(123456), accessHash: bigInt("-7788990011") });
    expect(sent).toEqual([
      gramjsExport(userPeer, { legacyRevokePermanent: true, requestNeeded: true, expireDate: 43, usageLimit: 43, title: "My very normal title" }),
      hex(new G.messages.CheckChatInvite({ hash: "AbCdEf" }).getBytes()),
      ...Array(4).fill(gramjsExport(channelPeer(), { usageLimit: 10 })),
    ]);
    expect(pkg.gramjsPeerCache(gramjsClient).channelAccessHash(CHANNEL.id)).toBe(CHANNEL.accessHash);
  });

  it("ask GramJS's getInputEntity, so its session, for ids and Peers this package's cache does not know", async () => {
    const gramjsClient = gramClient();
    const sent = fakeSender(gramjsClient);
    const client = pkg.withTypedInvoke(gramjsClient);
    await client.invoke(new pkg.Api.messages.ExportChatInvite({ peer: 123456 }));
    await client.invoke(new pkg.Api.messages.ExportChatInvite({ peer: SESSION_USER.id }));
    await client.invoke(new pkg.Api.messages.ExportChatInvite({ peer: { _: "peerUser", userId: SESSION_USER.id } }));
    const userPeer = new G.InputPeerUser({ userId: bigInt(123456), accessHash: bigInt("-7788990011") });
    expect(sent).toEqual(Array(3).fill(gramjsExport(userPeer)));
    expect(pkg.gramjsPeerCache(gramjsClient).size).toBe(0);
  });

  it("turn InputPeers into the InputUser or InputChannel wanted, resolving vector elements one by one", async () => {
    const gramjsClient = gramClient();
    const sent = fakeSender(gramjsClient);
    const client = pkg.withTypedInvoke(gramjsClient);
    const inputPeerUser = { _: "inputPeerUser", userId: 5n, accessHash: 55n };
    const inputPeerChannel = { _: "inputPeerChannel", channelId: CHANNEL.id, accessHash: CHANNEL.accessHash };
    await client.invoke(new pkg.Api.messages.HideChatJoinRequest({ peer: inputPeerChannel, userId: inputPeerUser, approved: true }));
    expect(sent).toEqual([
      hex(
        new G.messages.HideChatJoinRequest({
          peer: channelPeer(),
          userId: new G.InputUser({ userId: bigInt(5), accessHash: bigInt(55) }),
          approved: true,
        }).getBytes(),
      ),
    ]);
    const request = new pkg.Api.channels.InviteToChannel({
      channel: inputPeerChannel,
      users: [inputPeerUser, "username", SESSION_USER.id],
    });
    await request.resolve(gramjsClient, require("telegram").utils); // as GramJS's invoke does first
    expect(request.channel).toEqual({ _: "inputChannel", channelId: CHANNEL.id, accessHash: CHANNEL.accessHash });
    const sessionUser = { _: "inputUser", userId: SESSION_USER.id, accessHash: SESSION_USER.accessHash };
    expect(request.users).toEqual([{ _: "inputUser", userId: 5n, accessHash: 55n }, sessionUser, sessionUser]);
  });

  it("use a cache given to withTypedInvoke, such as one a session saved", async () => {
    const gramjsClient = gramClient();
    const sent = fakeSender(gramjsClient);
    const saved = { version: 1, peers: [{ type: "channel", id: "777000", accessHash: "-99999" }] };
    const client = pkg.withTypedInvoke(gramjsClient, { peers: pkg.PeerCache.fromJSON(saved) });
    await client.invoke(new pkg.Api.messages.ExportChatInvite({ peer: -1000000777000 }));
    expect(sent).toEqual([gramjsExport(channelPeer())]);
  });
});
