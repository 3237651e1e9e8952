// GramJS interop, with GramJS as a library and no network: our requests carry GramJS's request
// protocol (classType, CONSTRUCTOR_ID, className, getBytes, readResult, resolve), so a GramJS
// user can pass them to an existing TelegramClient.
import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { Api } from "tl-invite";

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const { TelegramClient, Api: G }: Any = require("telegram");
const { StringSession }: Any = require("telegram/sessions");
const { RequestState }: Any = require("telegram/network/RequestState");
const { BinaryReader }: Any = require("telegram/extensions");
const { Logger }: Any = require("telegram/extensions");
const bigInt: Any = require("big-integer");

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

function gramClient(): Any {
  const client = new TelegramClient(new StringSession(""), 1, "hash", { connectionRetries: 0, baseLogger: new Logger("none") });
  // A user GramJS has seen before, as if from an earlier update: its entity cache now knows it.
  client.session.processEntities({ users: [new G.User({ id: bigInt(123456), accessHash: bigInt("-7788990011"), username: "username", firstName: "Some" })], chats: [] });
  return client;
}

describe("GramJS interop", () => {
  it("implements GramJS's request protocol", () => {
    const request = new Api.messages.ImportChatInvite({ hash: "random string here" });
    expect(request.classType).toBe("request");
    expect(request.className).toBe("messages.ImportChatInvite");
    expect(request.CONSTRUCTOR_ID).toBe(0xde91436e);
    expect(Buffer.isBuffer(request.getBytes())).toBe(true);
  });

  it("gives GramJS's RequestState exactly the bytes GramJS's own class produces", () => {
    const ours = new RequestState(
      new Api.messages.ExportChatInvite({ peer: { _: "inputPeerSelf" }, legacyRevokePermanent: true, requestNeeded: true, expireDate: 43, usageLimit: 43, title: "My very normal title" }),
    );
    const theirs = new RequestState(
      new G.messages.ExportChatInvite({ peer: new G.InputPeerSelf(), legacyRevokePermanent: true, requestNeeded: true, expireDate: 43, usageLimit: 43, title: "My very normal title" }),
    );
    expect(hex(ours.data)).toBe(hex(theirs.data));
  });

  it("reads a result GramJS serialized through GramJS's BinaryReader, from its offset, and advances it", () => {
    const invite = new G.ChatInviteExported({ revoked: true, link: "https://t.me/+xyz", adminId: bigInt(42), date: 1700000000, usageLimit: 7, title: "Team" });
    const buffer = Buffer.concat([Buffer.from([1, 2, 3, 4]), invite.getBytes(), Buffer.from([9, 9, 9, 9])]);
    const reader = new BinaryReader(buffer);
    reader.offset = 4;
    const result = new Api.messages.ExportChatInvite({ peer: "me" }).readResult(reader);
    expect(result).toMatchObject({ _: "chatInviteExported", revoked: true, link: "https://t.me/+xyz", adminId: 42n, usageLimit: 7, title: "Team" });
    expect(reader.offset).toBe(buffer.length - 4);
  });

  it('resolves "username" into the right InputPeer through the client\'s own getInputEntity', async () => {
    const request = new Api.messages.ExportChatInvite({ peer: "username", usageLimit: 1 });
    // GramJS's TelegramClient.invoke calls this before sending.
    await request.resolve(gramClient(), require("telegram").utils);
    expect(request.peer).toEqual({ _: "inputPeerUser", userId: 123456n, accessHash: -7788990011n });
    const users = new Api.channels.InviteToChannel({ channel: { _: "inputChannel", channelId: 1n, accessHash: 2n }, users: ["@username"] });
    await users.resolve(gramClient(), require("telegram").utils);
    expect(users.users).toEqual([{ _: "inputUser", userId: 123456n, accessHash: -7788990011n }]);
  });

  it("runs client.invoke end to end through GramJS's invoke path, with only the network replaced", async () => {
    const client = gramClient();
    const sent: string[] = [];
    // What is replaced: the MTProto sender (encryption, socket, acks). GramJS's invoke, resolve,
    // RequestState and readResult all run; the fake sender answers with result bytes that GramJS
    // itself serialized.
    client._sender = {
      userDisconnected: false,
      addStateToQueue(state: Any) {
        sent.push(hex(state.data));
        const answer = new G.ChatInviteExported({ link: "https://t.me/+answer", adminId: bigInt(1), date: 1, requestNeeded: true, title: "My very normal title" }).getBytes();
        setImmediate(() => state.resolve(state.request.readResult(new BinaryReader(answer))));
      },
    };
    client._connectedDeferred.resolve();

    // The snippet, with only the import changed (Api from the generated package).
    const result = await client.invoke(
      new Api.messages.ExportChatInvite({
        peer: "username",
        legacyRevokePermanent: true,
        requestNeeded: true,
        expireDate: 43,
        usageLimit: 43,
        title: "My very normal title",
      }),
    );
    expect(result).toMatchObject({ _: "chatInviteExported", link: "https://t.me/+answer", requestNeeded: true });
    const expected = new G.messages.ExportChatInvite({
      peer: new G.InputPeerUser({ userId: bigInt(123456), accessHash: bigInt("-7788990011") }),
      legacyRevokePermanent: true,
      requestNeeded: true,
      expireDate: 43,
      usageLimit: 43,
      title: "My very normal title",
    });
    expect(sent).toEqual([hex(expected.getBytes())]);
  });

  it("runs the importChatInvite snippet through client.invoke; bytes equal GramJS's but for its older layer's id", async () => {
    const client = gramClient();
    const sent: Buffer[] = [];
    client._sender = {
      userDisconnected: false,
      addStateToQueue(state: Any) {
        sent.push(state.data);
        // messages.chatInviteJoinResultOk{updates: updatesTooLong}: layer 227, which GramJS's 198 lacks.
        const answer = Buffer.from("a7635644" + "7eaf17e3", "hex");
        setImmediate(() => state.resolve(state.request.readResult(new BinaryReader(answer))));
      },
    };
    client._connectedDeferred.resolve();
    const joined = await client.invoke(new Api.messages.ImportChatInvite({ hash: "random string here" }));
    expect(joined).toEqual({ _: "messages.chatInviteJoinResultOk", updates: { _: "updatesTooLong" } });
    const gram = new G.messages.ImportChatInvite({ hash: "random string here" }).getBytes();
    expect(hex(sent[0].subarray(4))).toBe(hex(gram.subarray(4)));
    expect(hex(sent[0].subarray(0, 4))).toBe("6e4391de"); // importChatInvite#de91436e (GramJS's layer 198: #6c50051c)
  });
});
