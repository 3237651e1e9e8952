// Bot API helpers (aiogram-style names and semantics) built on the generated requests: the
// documented limits are checked before anything is sent, the mapping to MTProto and back is
// checked field by field, and durations resolve against an injected clock.
import { thrown } from "../helpers.ts";
import { describe, expect, it } from "vitest";
import {
  Api,
  BotApiError,
  approveChatJoinRequestRequest,
  createChatInviteLink,
  createChatInviteLinkRequest,
  createChatSubscriptionInviteLinkRequest,
  createInvoker,
  declineChatJoinRequestRequest,
  editChatInviteLinkRequest,
  editChatSubscriptionInviteLinkRequest,
  encodeWith,
  exportChatInviteLinkRequest,
  revokeChatInviteLink,
  revokeChatInviteLinkRequest,
  toChatInviteLink,
  writeTypeExportedChatInvite,
  writeTypeMessagesExportedChatInvite,
  type TypeExportedChatInvite,
} from "tl-invite";

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0); // the injected clock
const clock = () => NOW;
const chat = { _: "inputPeerChannel", channelId: 10n, accessHash: 20n } as const;

/** An invoker whose transport records what it was asked to send. */
function spyInvoker(answer: (body: Uint8Array) => Uint8Array = () => new Uint8Array()) {
  const sent: Uint8Array[] = [];
  const invoker = createInvoker(async (body) => {
    sent.push(body);
    return answer(body);
  });
  return { invoker, sent };
}

const botApiError = (f: () => unknown): BotApiError => thrown(f, BotApiError);

describe("Bot API limits, checked before sending", () => {
  it.each([
    ["name longer than 32 characters", () => createChatInviteLinkRequest({ chat, name: "x".repeat(33) }), "name: must be 0-32 characters, got 33"],
    ["member_limit 0", () => createChatInviteLinkRequest({ chat, memberLimit: 0 }), "member_limit: must be 1-99999, got 0"],
    ["member_limit 100000", () => createChatInviteLinkRequest({ chat, memberLimit: 100000 }), "member_limit: must be 1-99999, got 100000"],
    ["member_limit not an integer", () => createChatInviteLinkRequest({ chat, memberLimit: 1.5 }), "member_limit: must be an integer, got 1.5"],
    ["member_limit with creates_join_request", () => createChatInviteLinkRequest({ chat, memberLimit: 5, createsJoinRequest: true }), "member_limit: cannot be used together with creates_join_request"],
    ["the same on editChatInviteLink", () => editChatInviteLinkRequest({ chat, inviteLink: "https://t.me/+x", memberLimit: 5, createsJoinRequest: true }), "member_limit: cannot be used together with creates_join_request"],
    ["subscription_period other than 30 days", () => createChatSubscriptionInviteLinkRequest({ chat, subscriptionPeriod: 86400, subscriptionPrice: 10 }), "subscription_period: must be 2592000, got 86400"],
    ["subscription_price 0", () => createChatSubscriptionInviteLinkRequest({ chat, subscriptionPeriod: 2592000, subscriptionPrice: 0 }), "subscription_price: must be 1-10000, got 0"],
    ["subscription_price 10001", () => createChatSubscriptionInviteLinkRequest({ chat, subscriptionPeriod: 2592000, subscriptionPrice: 10001 }), "subscription_price: must be 1-10000, got 10001"],
    ["expire_date in the past (Date)", () => createChatInviteLinkRequest({ chat, expireDate: new Date(NOW - 1000) }, { clock }), "expire_date: must be in the future, got 2026-11-23T11:59:59.000Z (now 2026-11-23T12:00:00.000Z)"],
    ["expire_date now (unix seconds)", () => createChatInviteLinkRequest({ chat, expireDate: NOW / 1000 }, { clock }), "expire_date: must be in the future, got 2026-11-23T12:00:00.000Z (now 2026-11-23T12:00:00.000Z)"],
    ["expire_date as milliseconds by mistake", () => createChatInviteLinkRequest({ chat, expireDate: NOW + 60_000 }, { clock }), "expire_date: is too far in the future for a 32-bit unix time"],
    ["a negative duration", () => createChatInviteLinkRequest({ chat, expireDate: { seconds: -5 } }, { clock }), "expire_date: must be in the future"],
    ["missing chat", () => createChatInviteLinkRequest({} as never), "chat_id: is required"],
    ["missing invite_link", () => revokeChatInviteLinkRequest({ chat } as never), "invite_link: is required"],
    ["missing user_id", () => approveChatJoinRequestRequest({ chat } as never), "user_id: is required"],
  ])("rejects %s, naming the field and the rule", (_, call, message) => {
    const e = botApiError(call);
    expect(e.message.startsWith(message)).toBe(true);
    expect(e.field).toBe(message.split(":")[0]);
  });

  it("sends nothing when a limit is broken", async () => {
    const { invoker, sent } = spyInvoker();
    await expect(createChatInviteLink(invoker, { chat, memberLimit: 0 })).rejects.toThrow(BotApiError);
    expect(sent).toEqual([]);
  });
});

describe("mapping to MTProto requests", () => {
  it("createChatInviteLink: name -> title, expire_date -> expireDate, member_limit -> usageLimit", () => {
    const r = createChatInviteLinkRequest({ chat, name: "Friends", expireDate: { days: 1 }, memberLimit: 10 }, { clock });
    expect(r).toBeInstanceOf(Api.messages.ExportChatInvite);
    expect([r.peer, r.title, r.expireDate, r.usageLimit, r.requestNeeded, r.legacyRevokePermanent]).toEqual([chat, "Friends", NOW / 1000 + 86400, 10, undefined, undefined]);
    expect(createChatInviteLinkRequest({ chat, createsJoinRequest: true }).requestNeeded).toBe(true);
  });

  it("createChatSubscriptionInviteLink: period and price -> subscriptionPricing", () => {
    const r = createChatSubscriptionInviteLinkRequest({ chat, name: "Club", subscriptionPeriod: 2592000, subscriptionPrice: 250 });
    expect(r.subscriptionPricing).toEqual({ _: "starsSubscriptionPricing", period: 2592000, amount: 250n });
    expect(r.title).toBe("Club");
  });

  it("edit, edit subscription, revoke, export, approve, decline", () => {
    const edit = editChatInviteLinkRequest({ chat, inviteLink: "https://t.me/+x", name: "n", expireDate: { seconds: 60 }, memberLimit: 3 }, { clock });
    expect(edit).toBeInstanceOf(Api.messages.EditExportedChatInvite);
    expect([edit.link, edit.title, edit.expireDate, edit.usageLimit, edit.revoked]).toEqual(["https://t.me/+x", "n", NOW / 1000 + 60, 3, undefined]);
    expect(editChatSubscriptionInviteLinkRequest({ chat, inviteLink: "https://t.me/+s", name: "m" }).title).toBe("m");
    expect(revokeChatInviteLinkRequest({ chat, inviteLink: "https://t.me/+x" }).revoked).toBe(true);
    expect(exportChatInviteLinkRequest({ chat }).legacyRevokePermanent).toBe(true);
    const approve = approveChatJoinRequestRequest({ chat, userId: { _: "inputUser", userId: 5n, accessHash: 6n } });
    expect(approve).toBeInstanceOf(Api.messages.HideChatJoinRequest);
    expect([approve.approved, approve.userId]).toEqual([true, { _: "inputUser", userId: 5n, accessHash: 6n }]);
    expect(declineChatJoinRequestRequest({ chat, userId: "@someone" }).approved).toBe(false);
  });

  it("resolves durations and dates against the injected clock", () => {
    expect(createChatInviteLinkRequest({ chat, expireDate: { seconds: 90 } }, { clock }).expireDate).toBe(NOW / 1000 + 90);
    expect(createChatInviteLinkRequest({ chat, expireDate: { days: 2 } }, { clock }).expireDate).toBe(NOW / 1000 + 172800);
    expect(createChatInviteLinkRequest({ chat, expireDate: new Date(NOW + 1500) }, { clock }).expireDate).toBe(NOW / 1000 + 1);
    expect(createChatInviteLinkRequest({ chat, expireDate: NOW / 1000 + 5 }, { clock }).expireDate).toBe(NOW / 1000 + 5);
  });
});

describe("mapping results back to ChatInviteLink", () => {
  const invite: TypeExportedChatInvite = {
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

  it("maps every field", () => {
    const users = [{ _: "user", id: 42n, bot: true, firstName: "Invite", lastName: "Bot", username: "invite_bot" }] as never;
    expect(toChatInviteLink(invite, users)).toEqual({
      invite_link: "https://t.me/+AbC",
      creator: { id: 42, is_bot: true, first_name: "Invite", last_name: "Bot", username: "invite_bot" },
      creates_join_request: true,
      is_primary: false,
      is_revoked: true,
      name: "Friends",
      expire_date: 1800000000,
      member_limit: 50,
      pending_join_request_count: 4,
      subscription_period: 2592000,
      subscription_price: 250,
    });
  });

  it("runs revokeChatInviteLink end to end over a transport, returning a ChatInviteLink", async () => {
    const { invoker, sent } = spyInvoker((body) => {
      const req = Api.messages.EditExportedChatInvite.fromBytes(body);
      const answer = { ...invite, link: req.link, revoked: req.revoked === true };
      return encodeWith(writeTypeMessagesExportedChatInvite, { _: "messages.exportedChatInvite", invite: answer, users: [] }, "messages.ExportedChatInvite");
    });
    const link = await revokeChatInviteLink(invoker, { chat, inviteLink: "https://t.me/+Zz" });
    expect(sent).toHaveLength(1);
    expect([link.invite_link, link.is_revoked, link.creator]).toEqual(["https://t.me/+Zz", true, { id: 42, is_bot: false, first_name: "" }]);
    const created = await createChatInviteLink(
      createInvoker(async () => encodeWith(writeTypeExportedChatInvite, invite, "ExportedChatInvite")),
      { chat, name: "Friends", memberLimit: 50 },
    );
    expect(created.name).toBe("Friends");
  });
});
