// The Bot API helpers over MTProto, against a loopback server that decodes each request body
// with the generated classes: Bot API ids mapped through the peer cache, the official server's
// semantics (creator, revoke, resets on edit, omitted empty fields, zeros), checks first.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  Api,
  BotApiError,
  PeerCache,
  approveChatJoinRequest,
  botApiUserOf,
  createChatInviteLink,
  createChatSubscriptionInviteLink,
  createInvoker,
  createResolvingInvoker,
  declineChatJoinRequest,
  editChatInviteLink,
  editChatSubscriptionInviteLink,
  encodeWith,
  exportChatInviteLink,
  revokeChatInviteLink,
  withPeerCache,
  type PeerCachingInvoker,
} from "tl-invite";
import { writeTypeExportedChatInvite, writeTypeMessagesExportedChatInvite } from "tl-invite/codecs";
import {
  BOT,
  CHANNEL,
  MEMBER,
  OTHER_ADMIN,
  OTHER_ADMIN_USER,
  PRIMARY_LINK,
  startInviteServer,
  type InviteServer,
} from "../support/invite-server.ts";

const BOT_API_BOT = { id: 7000000001, is_bot: true, first_name: "Invite Bot", username: "invite_test_bot" };
const channelPeer = { _: "inputPeerChannel", channelId: CHANNEL.id, accessHash: CHANNEL.accessHash };

let server: InviteServer;
let invoker: PeerCachingInvoker;

beforeAll(async () => {
  server = await startInviteServer();
});
afterAll(() => server.close());

/** A fresh bot session: the channel and a member seen once through contacts.resolveUsername. */
beforeEach(async () => {
  invoker = withPeerCache(createResolvingInvoker(server.transport));
  await invoker.invoke(new Api.contacts.ResolveUsername({ username: "invitechannel" }));
  server.received.length = 0;
});

const sent = (tl: string) => server.received.filter((r) => r.tl === tl).map((r) => r.request);

async function rejection(p: Promise<unknown>): Promise<BotApiError> {
  const e = await p.then(
    () => expect.unreachable("the call resolved"),
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(BotApiError);
  return e as BotApiError;
}

describe("Bot API ids over MTProto", () => {
  it("maps -1001234567890 to inputPeerChannel with the access hash a decoded answer carried", async () => {
    const link = await createChatInviteLink(invoker, { chat_id: CHANNEL.botApiId, name: "Friends", member_limit: 10 });
    expect(sent("messages.exportChatInvite")).toEqual([
      expect.objectContaining({ peer: channelPeer, title: "Friends", usageLimit: 10 }),
    ]);
    expect([link.invite_link, link.name, link.member_limit]).toEqual(["https://t.me/+Link1", "Friends", 10]);
  });

  it("maps -N to inputPeerChat, and a numeric string like a number", async () => {
    await exportChatInviteLink(invoker, { chat_id: -4000 });
    await exportChatInviteLink(invoker, { chat_id: String(CHANNEL.botApiId) });
    expect(sent("messages.exportChatInvite").map((r) => r.peer)).toEqual([
      { _: "inputPeerChat", chatId: 4000n },
      channelPeer,
    ]);
  });

  it("maps a numeric user_id to inputUser from the cache", async () => {
    await expect(
      approveChatJoinRequest(invoker, { chat_id: CHANNEL.botApiId, user_id: Number(MEMBER.id) }),
    ).resolves.toBe(true);
    await expect(declineChatJoinRequest(invoker, { chat_id: -4000, user_id: Number(MEMBER.id) })).resolves.toBe(true);
    expect(sent("messages.hideChatJoinRequest")).toEqual([
      expect.objectContaining({
        approved: true,
        peer: channelPeer,
        userId: { _: "inputUser", userId: MEMBER.id, accessHash: MEMBER.accessHash },
      }),
      expect.objectContaining({ approved: false, peer: { _: "inputPeerChat", chatId: 4000n } }),
    ]);
  });

  it('leaves "@username" to the invoker\'s resolver', async () => {
    const fresh = createResolvingInvoker(server.transport);
    await exportChatInviteLink(fresh, { chat_id: "@InviteChannel" });
    expect(server.received.map((r) => r.tl)).toEqual(["contacts.resolveUsername", "messages.exportChatInvite"]);
    expect(sent("messages.exportChatInvite")[0].peer).toEqual(channelPeer);
  });

  it("fills the cache from the resolver's own lookup of \"@username\", so the channel's Bot API id works next", async () => {
    const fresh = withPeerCache(createResolvingInvoker(server.transport));
    await exportChatInviteLink(fresh, { chat_id: "@InviteChannel" });
    await exportChatInviteLink(fresh, { chat_id: CHANNEL.botApiId });
    expect(server.received.map((r) => r.tl)).toEqual([
      "contacts.resolveUsername",
      "messages.exportChatInvite",
      "messages.exportChatInvite",
    ]);
    expect(sent("messages.exportChatInvite").map((r) => r.peer)).toEqual([channelPeer, channelPeer]);
  });

  it("refuses an unknown channel, naming the id and what to do, before anything is sent", async () => {
    const e = await rejection(
      createChatInviteLink(withPeerCache(createInvoker(server.transport)), { chat_id: -1009999999999 }),
    );
    expect([e.field, e.method]).toEqual(["chat_id", "createChatInviteLink"]);
    expect(e.message).toContain(
      "chat_id: channel or supergroup 9999999999 (-1009999999999) has no known access hash, so it cannot be sent",
    );
    expect(e.message).toContain('resolve its username first (pass "@username"');
    expect(server.received).toEqual([]);
  });

  it("refuses an unknown user_id and an id in no Bot API range, before anything is sent", async () => {
    const unknown = await rejection(approveChatJoinRequest(invoker, { chat_id: -4000, user_id: 777 }));
    expect([unknown.field, unknown.description]).toEqual(["user_id", expect.stringContaining("user_id: user 777 has no known access hash")]);
    const outOfRange = await rejection(exportChatInviteLink(invoker, { chat_id: -3000000000000 }));
    expect(outOfRange.description).toContain("-3000000000000 is not a Bot API chat id");
    expect(server.received).toEqual([]);
  });

  it("works with a plain invoker too, through the invoker's own cache, which its answers fill", async () => {
    const plain = createInvoker(server.transport);
    await expect(exportChatInviteLink(plain, { chat_id: -4000 })).resolves.toMatch(/^https:\/\/t\.me\/\+Primary/);
    const e = await rejection(exportChatInviteLink(plain, { chat_id: CHANNEL.botApiId }));
    expect(e.message).toContain("invoker.peers.remember(update)");
    await plain.invoke(new Api.contacts.ResolveUsername({ username: "invitechannel" }));
    await expect(exportChatInviteLink(plain, { chat_id: CHANNEL.botApiId })).resolves.toMatch(/^https:\/\/t\.me\/\+/);
    expect(sent("messages.exportChatInvite").at(-1)!.peer).toEqual(channelPeer);
  });

  it("fills the cache from every decoded result, and from updates handed to remember", async () => {
    const peers = new PeerCache();
    const wrapped = withPeerCache(createInvoker(server.transport), peers);
    expect(peers.channelAccessHash(CHANNEL.id)).toBeUndefined();
    await wrapped.invoke(new Api.contacts.ResolveUsername({ username: "invitechannel" }));
    expect([peers.channelAccessHash(CHANNEL.id), peers.userAccessHash(MEMBER.id)]).toEqual([
      CHANNEL.accessHash,
      MEMBER.accessHash,
    ]);
    peers.remember({
      _: "updateBotChatInviteRequester",
      users: [
        { _: "user", id: 42n, accessHash: 4242n },
        { _: "user", id: 43n, accessHash: 1n, min: true },
      ],
    });
    expect([peers.userAccessHash(42n), peers.userAccessHash(43n)]).toEqual([4242n, undefined]);
    expect(peers.inputPeer(42)).toEqual({ _: "inputPeerUser", userId: 42n, accessHash: 4242n });
  });
});

describe("the official server's semantics over MTProto", () => {
  it("renders creator as the bot's own full User, fetched once with users.getUsers(inputUserSelf)", async () => {
    const first = await createChatInviteLink(invoker, { chat_id: CHANNEL.botApiId });
    const second = await createChatSubscriptionInviteLink(invoker, {
      chat_id: CHANNEL.botApiId,
      subscription_period: 2592000,
      subscription_price: 250,
    });
    expect(first.creator).toStrictEqual(BOT_API_BOT);
    expect(second.creator).toStrictEqual(BOT_API_BOT);
    expect(sent("users.getUsers")).toEqual([expect.objectContaining({ id: [{ _: "inputUserSelf" }] })]);
    expect(sent("messages.exportChatInvite")[1].subscriptionPricing).toEqual({
      _: "starsSubscriptionPricing",
      period: 2592000,
      amount: 250n,
    });
    expect([second.subscription_period, second.subscription_price]).toEqual([2592000, 250]);
  });

  it("renders another admin as the answer's users list has them, with language_code and is_premium", async () => {
    server.override("messages.editExportedChatInvite", (r) =>
      encodeWith(
        writeTypeMessagesExportedChatInvite,
        {
          _: "messages.exportedChatInvite",
          invite: { _: "chatInviteExported", link: r.link as string, adminId: OTHER_ADMIN.id, date: 1 },
          users: [OTHER_ADMIN_USER],
        },
        "messages.ExportedChatInvite",
      ),
    );
    const link = await editChatInviteLink(invoker, { chat_id: CHANNEL.botApiId, invite_link: "https://t.me/+ByAda" });
    expect(link.creator).toStrictEqual({
      id: Number(OTHER_ADMIN.id),
      is_bot: false,
      first_name: "Ada",
      last_name: "Admin",
      username: "ada",
      language_code: "en",
      is_premium: true,
    });
  });

  it("answers the revoked link when revoking a primary link, not its replacement", async () => {
    const link = await revokeChatInviteLink(invoker, { chat_id: CHANNEL.botApiId, invite_link: PRIMARY_LINK });
    expect(link).toStrictEqual({
      invite_link: PRIMARY_LINK,
      creator: BOT_API_BOT,
      creates_join_request: false,
      is_primary: true,
      is_revoked: true,
    });
    expect(sent("messages.editExportedChatInvite")).toEqual([
      expect.objectContaining({ link: PRIMARY_LINK, revoked: true }),
    ]);
  });

  it("leaves out an empty name and zero expire_date, member_limit and pending_join_request_count", async () => {
    server.override("messages.exportChatInvite", () =>
      encodeWith(
        writeTypeExportedChatInvite,
        {
          _: "chatInviteExported",
          link: "https://t.me/+Empty",
          adminId: BOT.id,
          date: 1,
          title: "",
          expireDate: 0,
          usageLimit: 0,
          requested: 0,
          usage: 0,
        },
        "ExportedChatInvite",
      ),
    );
    const link = await createChatInviteLink(invoker, { chat_id: CHANNEL.botApiId });
    expect(link).toStrictEqual({
      invite_link: "https://t.me/+Empty",
      creator: BOT_API_BOT,
      creates_join_request: false,
      is_primary: false,
      is_revoked: false,
    });
  });

  it("resets the fields an edit leaves out: title, expire date, usage limit and request_needed are always sent", async () => {
    const { invite_link } = await createChatInviteLink(invoker, {
      chat_id: CHANNEL.botApiId,
      name: "Old",
      expire_date: 1893456000,
      member_limit: 5,
    });
    const edited = await editChatInviteLink(invoker, { chat_id: CHANNEL.botApiId, invite_link });
    await editChatSubscriptionInviteLink(invoker, { chat_id: CHANNEL.botApiId, invite_link });
    const [edit, editSubscription] = sent("messages.editExportedChatInvite");
    expect([edit.title, edit.expireDate, edit.usageLimit, edit.requestNeeded, edit.revoked]).toEqual([
      "",
      0,
      0,
      false,
      false,
    ]);
    expect(edited).toStrictEqual({
      invite_link,
      creator: BOT_API_BOT,
      creates_join_request: false,
      is_primary: false,
      is_revoked: false,
    });
    expect([
      editSubscription.title,
      editSubscription.expireDate,
      editSubscription.usageLimit,
      editSubscription.requestNeeded,
    ]).toEqual(["", undefined, undefined, undefined]);
  });

  it("accepts 0 for expire_date and member_limit: left out on creation, sent as 0 (removed) on an edit", async () => {
    const { invite_link } = await createChatInviteLink(invoker, {
      chat_id: CHANNEL.botApiId,
      expire_date: 0,
      member_limit: 0,
      creates_join_request: true,
    });
    await editChatInviteLink(invoker, {
      chat_id: CHANNEL.botApiId,
      invite_link,
      name: "n",
      expire_date: 0,
      member_limit: 0,
    });
    const [created] = sent("messages.exportChatInvite");
    const [edited] = sent("messages.editExportedChatInvite");
    expect([created.expireDate, created.usageLimit, created.requestNeeded]).toEqual([undefined, undefined, true]);
    expect([edited.title, edited.expireDate, edited.usageLimit, edited.requestNeeded]).toEqual(["n", 0, 0, false]);
  });

  it("sends expire_date as unix seconds and reads it back", async () => {
    const link = await createChatInviteLink(invoker, {
      chat_id: CHANNEL.botApiId,
      expire_date: new Date("2030-01-01T00:00:00Z"),
    });
    expect([sent("messages.exportChatInvite")[0].expireDate, link.expire_date]).toEqual([1893456000, 1893456000]);
  });

  it("exports a new primary link with legacy_revoke_permanent and resolves to the string", async () => {
    await expect(exportChatInviteLink(invoker, { chat_id: CHANNEL.botApiId })).resolves.toMatch(
      /^https:\/\/t\.me\/\+Primary\d+$/,
    );
    expect(sent("messages.exportChatInvite")).toEqual([
      expect.objectContaining({ peer: channelPeer, legacyRevokePermanent: true }),
    ]);
  });
});

describe("checks before sending over MTProto", () => {
  it.each([
    [
      "an empty invite_link",
      () => revokeChatInviteLink(invoker, { chat_id: CHANNEL.botApiId, invite_link: "" }),
      "invite_link",
    ],
    [
      "a 33-character name",
      () => createChatInviteLink(invoker, { chat_id: CHANNEL.botApiId, name: "x".repeat(33) }),
      "name",
    ],
    [
      "member_limit with creates_join_request",
      () =>
        editChatInviteLink(invoker, {
          chat_id: CHANNEL.botApiId,
          invite_link: "https://t.me/+x",
          member_limit: 3,
          creates_join_request: true,
        }),
      "member_limit",
    ],
    [
      "subscription_price 0",
      () =>
        createChatSubscriptionInviteLink(invoker, {
          chat_id: CHANNEL.botApiId,
          subscription_period: 2592000,
          subscription_price: 0,
        }),
      "subscription_price",
    ],
  ])("refuses %s as a BotApiError naming the field, with nothing sent", async (_, call, field) => {
    const e = await rejection(call());
    expect([e.field, e.error_code]).toEqual([field, 400]);
    expect(server.received).toEqual([]);
  });

  it("rejects at once when the signal is aborted while the request is on its way, and never resolves after", async () => {
    let answered = false;
    const slow = createInvoker(async (body) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      answered = true;
      return server.transport(body, { signal: new AbortController().signal });
    });
    const controller = new AbortController();
    const call = exportChatInviteLink(slow, { chat_id: -4000 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const e = await call.catch((error: unknown) => error);
    expect((e as Error).name).toBe("AbortError");
    expect(answered).toBe(false); // rejected before the transport answered
  });

  it("sends nothing when the signal is already aborted", async () => {
    const e = await exportChatInviteLink(invoker, { chat_id: -4000 }, { signal: AbortSignal.abort() }).catch(
      (error: unknown) => error,
    );
    expect((e as Error).name).toBe("AbortError");
    expect(server.received).toEqual([]);
  });
});

describe("botApiUserOf", () => {
  it("takes the first active username of usernames[], and leaves out empty fields", () => {
    expect(
      botApiUserOf({
        _: "user",
        id: 1n,
        firstName: "A",
        lastName: "",
        usernames: [
          { active: false, username: "x" },
          { active: true, username: "y" },
        ],
        username: "z",
      }),
    ).toStrictEqual({ id: 1, is_bot: false, first_name: "A", username: "y" });
    expect(botApiUserOf({ _: "user", id: 2n, attachMenuEnabled: true })).toStrictEqual({
      id: 2,
      is_bot: false,
      first_name: "",
      added_to_attachment_menu: true,
    });
  });
});
