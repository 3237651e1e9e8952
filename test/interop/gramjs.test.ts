// GramJS interop, with GramJS as a library and no network. A GramJS client speaks its own layer
// (198 for telegram 2.26.22), so the package used with it is generated from GramJS's own TL text
// at that layer (what `tlgen generate --schema-from telegram` does; here in-process). Such a
// package reproduces GramJS's bytes and reads GramJS's answers; a package at another layer (the
// default tl-invite, 227) is refused before anything is sent.
import { beforeAll, describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import * as ours227 from "tl-invite";
import * as codecs227 from "tl-invite/codecs";
import { namespaceOf, requestClassName } from "../../generator/plan/names.ts";
import { GRAMJS_LAYER, SchemaValues, generateGramjsPackage } from "./gramjs-schema.ts";

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const { TelegramClient, Api: G }: Any = require("telegram");
const { StringSession }: Any = require("telegram/sessions");
const { RequestState }: Any = require("telegram/network/RequestState");
const { BinaryReader }: Any = require("telegram/extensions");
const { Logger }: Any = require("telegram/extensions");
const gramUtils: Any = require("telegram").utils;
const bigInt: Any = require("big-integer");

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

/** The chat-invite methods of messages.* in schema/selection.txt: all twelve exist at layer 198. */
const INVITE_METHODS = [
  "messages.exportChatInvite",
  "messages.checkChatInvite",
  "messages.importChatInvite",
  "messages.getExportedChatInvites",
  "messages.getExportedChatInvite",
  "messages.editExportedChatInvite",
  "messages.deleteRevokedExportedChatInvites",
  "messages.deleteExportedChatInvite",
  "messages.getAdminsWithInvites",
  "messages.getChatInviteImporters",
  "messages.hideChatJoinRequest",
  "messages.hideAllChatJoinRequests",
];

let pkg: Any; // the package generated from GramJS's schema at GramJS's layer
let values: SchemaValues;

beforeAll(async () => {
  values = SchemaValues.gramjs();
  pkg = await generateGramjsPackage([...INVITE_METHODS, "channels.inviteToChannel"]);
});

function request(p: Any, tlName: string, params: Record<string, unknown>): Any {
  const ns = namespaceOf(tlName);
  return new (ns ? p.Api[ns] : p.Api)[requestClassName(tlName)](params);
}

function gramClient(): Any {
  const client = new TelegramClient(new StringSession(""), 1, "hash", { connectionRetries: 0, baseLogger: new Logger("none") });
  // A user GramJS has seen before, as if from an earlier update: its entity cache now knows it.
  client.session.processEntities({ users: [new G.User({ id: bigInt(123456), accessHash: bigInt("-7788990011"), username: "username", firstName: "Some" })], chats: [] });
  return client;
}

/** Replaces only the MTProto sender: GramJS's invoke, resolve, RequestState and readResult all run. */
function fakeSender(client: Any, answer: (request: Any) => Buffer): string[] {
  const sent: string[] = [];
  client._sender = {
    userDisconnected: false,
    addStateToQueue(state: Any) {
      sent.push(hex(state.data));
      // As MTProtoSender._handleRPCResult does with an rpc_result's body.
      const body = answer(state.request);
      setImmediate(() => state.resolve(state.request.readResult(new BinaryReader(body))));
    },
  };
  client._connectedDeferred.resolve();
  return sent;
}

const gramUser = () =>
  new G.User({ id: bigInt(123456), accessHash: bigInt("-7788990011"), firstName: "Some", username: "username", premium: true, color: new G.PeerColor({ color: 3 }) });
const gramChannel = () =>
  new G.Channel({ id: bigInt(777000), accessHash: bigInt(-99999), title: "Invite channel", photo: new G.ChatPhotoEmpty(), date: 1700000000, megagroup: true, participantsCount: 12 });

describe("the installed GramJS", () => {
  it("declares layer 198 in telegram/tl/AllTLObjects.js, and the package generated from it says so", () => {
    expect(GRAMJS_LAYER).toBe(198);
    expect(pkg.LAYER).toBe(198);
  });
});

describe("the 12 chat-invite methods at GramJS's layer", () => {
  it("serialize every request variant to exactly GramJS's bytes", () => {
    let compared = 0;
    for (const name of INVITE_METHODS) {
      const f = values.fn.get(name)!;
      for (const v of values.requestVariants(f)) {
        const ours = hex(request(pkg, name, v.params).serialize());
        expect(hex(values.gramObject(v.params, name).getBytes()), `${name}, ${v.label}`).toBe(ours);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(150);
  });

  it("decode GramJS's own serializations of sampled results of every method", () => {
    let compared = 0;
    for (const name of INVITE_METHODS) {
      const f = values.fn.get(name)!;
      for (let seed = 0; seed < 7; seed++) {
        const req = request(pkg, name, values.fields(f, seed, 0, () => false));
        if (f.result.kind === "union" && f.result.name === "Bool") {
          // GramJS writes Bool as boolTrue#997275b5 / boolFalse#bc799737 with no class of its own.
          expect(req.decodeResult(Buffer.from(seed % 2 ? "b5757299" : "379779bc", "hex"))).toBe(seed % 2 === 1);
          continue;
        }
        const value = values.sample(f.result, seed);
        const bytes = new Uint8Array(values.toGramjs(value, f.result).getBytes());
        expect(req.decodeResult(bytes), `${name}, seed ${seed}`).toEqual(values.asDecoded(value, f.result));
        compared++;
      }
    }
    expect(compared).toBe(10 * 7);
  });

  it("decode GramJS's results carrying a layer-198 user and channel, which the layer-227 package reads as older forms", () => {
    const user = values.object("user", 1, 1, true);
    const channel = values.object("channel", 2, 1, true);
    const cases: [string, Record<string, unknown>][] = [
      ["messages.getExportedChatInvites", { _: "messages.exportedChatInvites", count: 1, invites: [values.object("chatInviteExported", 1, 1, true)], users: [user] }],
      ["messages.checkChatInvite", { _: "chatInviteAlready", chat: channel }],
      ["messages.checkChatInvite", { _: "chatInvite", title: "t", photo: { _: "photoEmpty", id: 1n }, participantsCount: 2, participants: [user], color: 1 }],
      ["messages.importChatInvite", { _: "updates", updates: [], users: [user], chats: [channel], date: 1700000000, seq: 0 }],
      ["messages.getChatInviteImporters", { _: "messages.chatInviteImporters", count: 1, importers: [{ _: "chatInviteImporter", userId: 1n, date: 5 }], users: [user] }],
      ["messages.getAdminsWithInvites", { _: "messages.chatAdminsWithInvites", admins: [{ _: "chatAdminWithInvites", adminId: 1n, invitesCount: 1, revokedInvitesCount: 0 }], users: [user] }],
    ];
    for (const [name, value] of cases) {
      const f = values.fn.get(name)!;
      const bytes = new Uint8Array(values.toGramjs(value, f.result).getBytes());
      const hasUser = hex(bytes).includes("7ec3464b"); // user#4b46c37e at 198 (user#31774388 at 227)
      const hasChannel = hex(bytes).includes("b79809e0"); // channel#e00998b7 at 198 (channel#1c32b11c at 227)
      expect(hasUser || hasChannel, name).toBe(true);
      expect(request(pkg, name, values.fields(f, 0, 0, () => false)).decodeResult(bytes), name).toEqual(values.asDecoded(value, f.result));
    }
    const list = new Uint8Array(values.toGramjs(cases[0][1], values.fn.get(cases[0][0])!.result).getBytes());
    const read227 = new ours227.Api.messages.GetExportedChatInvites({ peer: "me", adminId: "me", limit: 1 }).decodeResult(list);
    expect(read227.users[0]).toMatchObject({ _: "user", id: (cases[0][1].users as { id: bigint }[])[0].id });
    expect(ours227.olderLayerOf(read227.users[0])).toBe(198);
  });
});

describe("ids of other layers in the package generated from GramJS's schema", () => {
  it("reads an older user, and says a layer-227 user is newer than its layer and to regenerate from a newer schema", () => {
    const user227 = ours227.encodeWith(codecs227.writeTypeUser, { _: "user", id: 5n }, "User");
    expect(() => pkg.decodeWith(pkg.readTypeUser, user227)).toThrow(
      "constructor 0x31774388 for User is user of layers 218 to 227, newer than this package's layer 198: regenerate from a newer schema",
    );
    expect(pkg.OLDEST_LAYER).toBe(160);
    const user189 = new Uint8Array([0xca, 0x4f, 0x31, 0x83, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0]); // user#83314fca of layers 185 to 189, id 5
    const read = pkg.decodeWith(pkg.readTypeUser, user189);
    expect(read).toMatchObject({ _: "user", id: 5n, premium: false });
    expect(pkg.olderLayerOf(read)).toBe(189);
  });
});

describe("GramJS's request protocol at GramJS's layer", () => {
  it("implements classType, className, CONSTRUCTOR_ID and getBytes as GramJS expects", () => {
    const join = new pkg.Api.messages.ImportChatInvite({ hash: "random string here" });
    expect([join.classType, join.className, join.CONSTRUCTOR_ID]).toEqual(["request", "messages.ImportChatInvite", 0x6c50051c]);
    expect(Buffer.isBuffer(join.getBytes())).toBe(true);
  });

  it("gives GramJS's RequestState exactly the bytes GramJS's own class produces", () => {
    const params = { legacyRevokePermanent: true, requestNeeded: true, expireDate: 43, usageLimit: 43, title: "My very normal title" };
    const ours = new RequestState(new pkg.Api.messages.ExportChatInvite({ peer: { _: "inputPeerSelf" }, ...params }));
    const theirs = new RequestState(new G.messages.ExportChatInvite({ peer: new G.InputPeerSelf(), ...params }));
    expect(hex(ours.data)).toBe(hex(theirs.data));
  });

  it("reads a result GramJS serialized through GramJS's BinaryReader, from its offset, and advances it", () => {
    const invite = new G.ChatInviteExported({ revoked: true, link: "https://t.me/+xyz", adminId: bigInt(42), date: 1700000000, usageLimit: 7, title: "Team" });
    const buffer = Buffer.concat([Buffer.from([1, 2, 3, 4]), invite.getBytes(), Buffer.from([9, 9, 9, 9])]);
    const reader = new BinaryReader(buffer);
    reader.offset = 4;
    const result = new pkg.Api.messages.ExportChatInvite({ peer: "me" }).readResult(reader);
    expect(result).toMatchObject({ _: "chatInviteExported", revoked: true, link: "https://t.me/+xyz", adminId: 42n, usageLimit: 7, title: "Team" });
    expect(reader.offset).toBe(buffer.length - 4);
  });

  it('resolves "username" into the right input peer through the client\'s own getInputEntity', async () => {
    const request = new pkg.Api.messages.ExportChatInvite({ peer: "username", usageLimit: 1 });
    await request.resolve(gramClient(), gramUtils); // GramJS's TelegramClient.invoke calls this before sending
    expect(request.peer).toEqual({ _: "inputPeerUser", userId: 123456n, accessHash: -7788990011n });
    const users = new pkg.Api.channels.InviteToChannel({ channel: { _: "inputChannel", channelId: 1n, accessHash: 2n }, users: ["@username"] });
    await users.resolve(gramClient(), gramUtils);
    expect(users.users).toEqual([{ _: "inputUser", userId: 123456n, accessHash: -7788990011n }]);
  });
});

describe("the README's GramJS snippets through a real TelegramClient's invoke path", () => {
  it("send GramJS's own bytes and decode GramJS's layer-198 answers carrying users and chats", async () => {
    const gramjsClient = gramClient();
    const sent = fakeSender(gramjsClient, (req) => {
      if (req.className === "messages.ExportChatInvite")
        return new G.ChatInviteExported({ link: "https://t.me/+answer", adminId: bigInt(123456), date: 1, requestNeeded: true, title: "My very normal title" }).getBytes();
      if (req.className === "messages.ImportChatInvite") return new G.Updates({ updates: [], users: [gramUser()], chats: [gramChannel()], date: 1700000000, seq: 0 }).getBytes();
      if (req.className === "messages.CheckChatInvite") return new G.ChatInviteAlready({ chat: gramChannel() }).getBytes();
      throw new Error(`unexpected ${req.className}`);
    });
    const { Api, withTypedInvoke } = pkg;

    // The snippets of the README's GramJS section (and test/types/gramjs-snippets.ts), with Api
    // and withTypedInvoke from the layer-matched package.
    const client = withTypedInvoke(gramjsClient);
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
    const joined = await client.invoke(new Api.messages.ImportChatInvite({ hash: "random string here" }));
    const checked = await client.invoke(new Api.messages.CheckChatInvite({ hash: "random string here" }));

    expect(result).toMatchObject({ _: "chatInviteExported", link: "https://t.me/+answer", requestNeeded: true, adminId: 123456n });
    expect(joined).toMatchObject({ _: "updates", updates: [], date: 1700000000 });
    expect(joined.users[0]).toMatchObject({ _: "user", id: 123456n, accessHash: -7788990011n, username: "username", premium: true, color: { _: "peerColor", color: 3 } });
    expect(joined.chats[0]).toMatchObject({ _: "channel", id: 777000n, title: "Invite channel", megagroup: true, participantsCount: 12 });
    expect(checked).toMatchObject({ _: "chatInviteAlready", chat: { _: "channel", id: 777000n, accessHash: -99999n } });
    const peer = new G.InputPeerUser({ userId: bigInt(123456), accessHash: bigInt("-7788990011") });
    expect(sent).toEqual([
      hex(new G.messages.ExportChatInvite({ peer, legacyRevokePermanent: true, requestNeeded: true, expireDate: 43, usageLimit: 43, title: "My very normal title" }).getBytes()),
      hex(new G.messages.ImportChatInvite({ hash: "random string here" }).getBytes()),
      hex(new G.messages.CheckChatInvite({ hash: "random string here" }).getBytes()),
    ]);
  });
});

describe("a package at another layer than the GramJS client", () => {
  const MESSAGE =
    "this package was generated from layer 227, but the GramJS client speaks layer 198 (the LAYER of its telegram package), " +
    "and Telegram answers it in layer 198: requests and results would not match. " +
    "Generate the package from the GramJS you have installed: npx tlgen generate --schema-from telegram";

  it("is refused by withTypedInvoke, naming both layers and the command that fixes it", () => {
    const error = (() => {
      try {
        ours227.withTypedInvoke(gramClient());
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ours227.GramjsLayerError);
    expect(error).toMatchObject({ packageLayer: 227, clientLayer: 198, message: MESSAGE });
  });

  it("is refused by client.invoke before anything is sent", async () => {
    const client = gramClient();
    const sent = fakeSender(client, () => Buffer.alloc(0));
    await expect(client.invoke(new ours227.Api.messages.ImportChatInvite({ hash: "random string here" }))).rejects.toThrow(MESSAGE);
    await expect(client.invoke(new ours227.Api.InvokeWithLayer({ layer: 227, query: new ours227.Api.messages.CheckChatInvite({ hash: "x" }) }))).rejects.toThrow(ours227.GramjsLayerError);
    expect(sent).toEqual([]);
  });

  it("is refused by getBytes, readResult and so by GramJS's RequestState", () => {
    const join = new ours227.Api.messages.ImportChatInvite({ hash: "random string here" });
    expect(() => join.getBytes()).toThrow(MESSAGE);
    expect(() => new RequestState(join)).toThrow(ours227.GramjsLayerError);
    expect(() => join.readResult(new BinaryReader(Buffer.from("7eaf17e3", "hex")))).toThrow(ours227.GramjsLayerError);
    expect(hex(join.serialize())).toBe("6e4391de1272616e646f6d20737472696e67206865726500"); // serialize() is not GramJS's protocol
  });

  it("uses the layer declared for a client whose telegram package cannot be found", () => {
    const bundled = { getInputEntity: async () => ({}) };
    expect(ours227.withTypedInvoke(bundled)).toBe(bundled);
    expect(() => ours227.withTypedInvoke(bundled, { layer: 198 })).toThrow(MESSAGE);
    expect(pkg.withTypedInvoke({ getInputEntity: async () => ({}) }, { layer: 198 })).toBeDefined();
  });
});
