// Bot API method objects and the MTProto mapping of their results, in process: the documented
// limits are checked before anything is sent (with the Bot API's field names), durations
// resolve against an injected clock, and an exported invite maps to ChatInviteLink field by field.
import { encodeVectorResult } from "../support/vector-result.ts";
import { thrown } from "../helpers.ts";
import { describe, expect, it } from "vitest";
import {
  Api,
  BotApiError,
  BotMethods,
  chatInviteLinkOf,
  createInvoker,
  encodeWith,
  revokeChatInviteLink,
  type ChatInviteExported,
  type DateLike,
} from "tl-invite";
import { writeTypeMessagesExportedChatInvite, writeTypeUser } from "tl-invite/codecs";

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0); // the injected clock
const clock = () => NOW;
const chat_id = -1001234567890;
const link = "https://t.me/+x";

const botApiError = (f: () => unknown): BotApiError => thrown(f, BotApiError);
const body = (m: { body(clock?: () => number): object }) => m.body(clock);

describe("Bot API limits, checked before sending", () => {
  it.each([
    [
      "name longer than 32 characters",
      () => new BotMethods.CreateChatInviteLink({ chat_id, name: "x".repeat(33) }),
      "name: must be 0-32 characters, got 33",
    ],
    [
      "a name of 33 emoji (counted as characters, not UTF-16 units)",
      () => new BotMethods.CreateChatInviteLink({ chat_id, name: "🎉".repeat(33) }),
      "name: must be 0-32 characters, got 33",
    ],
    [
      "member_limit -1",
      () => new BotMethods.CreateChatInviteLink({ chat_id, member_limit: -1 }),
      "member_limit: must be 0 (none) or 1-99999, got -1",
    ],
    [
      "member_limit 100000",
      () => new BotMethods.CreateChatInviteLink({ chat_id, member_limit: 100000 }),
      "member_limit: must be 0 (none) or 1-99999, got 100000",
    ],
    [
      "member_limit not an integer",
      () => new BotMethods.CreateChatInviteLink({ chat_id, member_limit: 1.5 }),
      "member_limit: must be an integer, got 1.5",
    ],
    [
      "member_limit with creates_join_request",
      () => new BotMethods.CreateChatInviteLink({ chat_id, member_limit: 5, creates_join_request: true }),
      "member_limit: cannot be used together with creates_join_request",
    ],
    [
      "the same on editChatInviteLink",
      () =>
        new BotMethods.EditChatInviteLink({ chat_id, invite_link: link, member_limit: 5, creates_join_request: true }),
      "member_limit: cannot be used together with creates_join_request",
    ],
    [
      "subscription_period other than 30 days",
      () =>
        new BotMethods.CreateChatSubscriptionInviteLink({
          chat_id,
          subscription_period: 86400,
          subscription_price: 10,
        }),
      "subscription_period: must be 2592000, got 86400",
    ],
    [
      "subscription_price 0",
      () =>
        new BotMethods.CreateChatSubscriptionInviteLink({
          chat_id,
          subscription_period: 2592000,
          subscription_price: 0,
        }),
      "subscription_price: must be 1-10000, got 0",
    ],
    [
      "subscription_price 10001",
      () =>
        new BotMethods.CreateChatSubscriptionInviteLink({
          chat_id,
          subscription_period: 2592000,
          subscription_price: 10001,
        }),
      "subscription_price: must be 1-10000, got 10001",
    ],
    [
      "expire_date in the past (Date)",
      () => new BotMethods.CreateChatInviteLink({ chat_id, expire_date: new Date(NOW - 1000) }),
      "expire_date: must be in the future or 0, got 2026-11-23T11:59:59.000Z (now 2026-11-23T12:00:00.000Z)",
    ],
    [
      "expire_date now (unix seconds)",
      () => new BotMethods.CreateChatInviteLink({ chat_id, expire_date: NOW / 1000 }),
      "expire_date: must be in the future or 0, got 2026-11-23T12:00:00.000Z",
    ],
    [
      "expire_date as milliseconds by mistake",
      () => new BotMethods.CreateChatInviteLink({ chat_id, expire_date: NOW + 60_000 }),
      "expire_date: is too far in the future for a 32-bit unix time",
    ],
    [
      "a negative duration",
      () => new BotMethods.CreateChatInviteLink({ chat_id, expire_date: { seconds: -5 } }),
      "expire_date: must be in the future",
    ],
    [
      "an invalid Date",
      () => new BotMethods.CreateChatInviteLink({ chat_id, expire_date: new Date("no") }),
      "expire_date: is an invalid Date",
    ],
    ["missing chat_id", () => new BotMethods.CreateChatInviteLink({} as never), "chat_id: is required"],
    [
      "chat_id 0",
      () => new BotMethods.ExportChatInviteLink({ chat_id: 0 }),
      'chat_id: must be a non-zero integer or "@username", got 0',
    ],
    [
      "missing invite_link",
      () => new BotMethods.RevokeChatInviteLink({ chat_id } as never),
      "invite_link: is required",
    ],
    [
      "an empty invite_link",
      () => new BotMethods.EditChatSubscriptionInviteLink({ chat_id, invite_link: "" }),
      "invite_link: must not be empty",
    ],
    ["missing user_id", () => new BotMethods.ApproveChatJoinRequest({ chat_id } as never), "user_id: is required"],
    [
      "a negative user_id",
      () => new BotMethods.DeclineChatJoinRequest({ chat_id, user_id: -5 }),
      "user_id: must be a positive integer, got -5",
    ],
  ])("rejects %s, naming the method, the field and the rule", (_, make, description) => {
    const m = make();
    const e = botApiError(() => body(m));
    expect(e.description.startsWith(description), e.description).toBe(true);
    expect([e.field, e.method, e.error_code]).toEqual([description.split(":")[0], m.method, 400]);
  });

  it("accepts the edges: a 32-character name, member_limit 1, 99999 and 0, expire_date 0", () => {
    expect(body(new BotMethods.CreateChatInviteLink({ chat_id, name: "🎉".repeat(32), member_limit: 99999 }))).toEqual({
      chat_id,
      name: "🎉".repeat(32),
      member_limit: 99999,
    });
    expect(
      body(new BotMethods.EditChatInviteLink({ chat_id, invite_link: link, member_limit: 1, expire_date: 0 })),
    ).toEqual({ chat_id, invite_link: link, member_limit: 1, expire_date: 0 });
    expect(
      body(new BotMethods.CreateChatInviteLink({ chat_id: "@channel", member_limit: 0, creates_join_request: true })),
    ).toEqual({ chat_id: "@channel", member_limit: 0, creates_join_request: true });
  });

  it("resolves durations and dates against the injected clock", () => {
    const expireOf = (expire_date: DateLike) =>
      new BotMethods.CreateChatInviteLink({ chat_id, expire_date }).body(clock).expire_date;
    expect(expireOf({ seconds: 90 })).toBe(NOW / 1000 + 90);
    expect(expireOf({ days: 2 })).toBe(NOW / 1000 + 172800);
    expect(expireOf(new Date(NOW + 1500))).toBe(NOW / 1000 + 1);
    expect(expireOf(NOW / 1000 + 5)).toBe(NOW / 1000 + 5);
  });

  it("sends nothing over MTProto when a limit is broken", async () => {
    const sent: Uint8Array[] = [];
    const invoker = createInvoker(async (b) => {
      sent.push(b);
      return new Uint8Array();
    });
    await expect(revokeChatInviteLink(invoker, { chat_id: -42, invite_link: "" })).rejects.toThrow(BotApiError);
    expect(sent).toEqual([]);
  });
});

describe("mapping results back to ChatInviteLink", () => {
  const invite: ChatInviteExported = {
    _: "chatInviteExported",
    revoked: true,
    permanent: false,
    requestNeeded: true,
    link: "https://t.me/+AbC",
    adminId: 42n,
    date: 1700000000,
    expireDate: 1800000000,
    usageLimit: 50,
    requested: 4,
    title: "Friends",
    subscriptionPricing: { _: "starsSubscriptionPricing", period: 2592000, amount: 250n },
  };
  const creator = { id: 42, is_bot: true, first_name: "Invite", last_name: "Bot", username: "invite_bot" };

  it("maps every field, in the official server's order", () => {
    const mapped = chatInviteLinkOf(invite, creator);
    expect(mapped).toStrictEqual({
      invite_link: "https://t.me/+AbC",
      name: "Friends",
      creator,
      expire_date: 1800000000,
      member_limit: 50,
      pending_join_request_count: 4,
      creates_join_request: true,
      is_primary: false,
      is_revoked: true,
      subscription_period: 2592000,
      subscription_price: 250,
    });
    expect(Object.keys(mapped).slice(0, 3)).toEqual(["invite_link", "name", "creator"]);
  });

  it("runs revokeChatInviteLink end to end over a transport, with the bot itself as creator", async () => {
    const bot = {
      _: "user" as const,
      id: 42n,
      accessHash: 1n,
      bot: true,
      botInfoVersion: 1,
      firstName: "Invite",
      lastName: "Bot",
      username: "invite_bot",
    };
    const asked: string[] = [];
    const invoker = createInvoker(async (b) => {
      const id = new DataView(b.buffer, b.byteOffset).getUint32(0, true);
      if (id === Api.users.GetUsers.CONSTRUCTOR_ID) {
        asked.push("users.getUsers");
        return encodeVectorResult([bot], writeTypeUser);
      }
      const req = Api.messages.EditExportedChatInvite.fromBytes(b);
      asked.push(`editExportedChatInvite ${req.link} revoked=${req.revoked}`);
      const answer = { ...invite, link: req.link, revoked: req.revoked === true };
      return encodeWith(
        writeTypeMessagesExportedChatInvite,
        { _: "messages.exportedChatInvite", invite: answer, users: [] },
        "messages.ExportedChatInvite",
      );
    });
    const revoked = await revokeChatInviteLink(invoker, { chat_id: -42, invite_link: "https://t.me/+Zz" });
    expect(asked).toEqual(["users.getUsers", "editExportedChatInvite https://t.me/+Zz revoked=true"]);
    expect([revoked.invite_link, revoked.is_revoked, revoked.creator]).toEqual(["https://t.me/+Zz", true, creator]);
  });
});
