// Type-level tests of the Bot API helpers, checked by tsc (test/interop/bot-api-types.test.ts):
// results typed per method on both backends, the Bot API's types are @grammyjs/types' own, and
// every call the official parameter types allow compiles. Each `@ts-expect-error` must meet an error.
import type { ApiMethods, ChatInviteLink as GrammyChatInviteLink, User as GrammyUser } from "@grammyjs/types";
import {
  BotApiClient,
  BotMethods,
  approveChatJoinRequest,
  createChatInviteLink,
  createResolvingInvoker,
  exportChatInviteLink,
  type BotApiUser,
  type BotMethodResult,
  type ChatInviteLink,
  type CreateChatInviteLinkParams,
  type CreateChatSubscriptionInviteLinkParams,
  type EditChatInviteLinkParams,
  type EditChatSubscriptionInviteLinkParams,
  type RevokeChatInviteLinkParams,
  type ExportChatInviteLinkParams,
  type ApproveChatJoinRequestParams,
  type DeclineChatJoinRequestParams,
} from "tl-invite";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
type Official<M extends keyof ApiMethods<unknown>> = Parameters<ApiMethods<unknown>[M]>[0];

declare const client: BotApiClient;
const invoker = createResolvingInvoker(async (body) => body);

// The result types are the maintained ones.
export type T1 = Assert<Equal<ChatInviteLink, GrammyChatInviteLink>>;
export type T2 = Assert<Equal<BotApiUser, GrammyUser>>;

// Method objects and helpers are typed by their result, on either backend.
const created = client.call(new BotMethods.CreateChatInviteLink({ chat_id: -1001234567890 }));
const exported = client.call(new BotMethods.ExportChatInviteLink({ chat_id: "@channel" }));
const approved = client.call(new BotMethods.ApproveChatJoinRequest({ chat_id: -4000, user_id: 42 }));
export type T3 = Assert<Equal<typeof created, Promise<GrammyChatInviteLink>>>;
export type T4 = Assert<Equal<typeof exported, Promise<string>>>;
export type T5 = Assert<Equal<typeof approved, Promise<true>>>;
export type T6 = Assert<Equal<BotMethodResult<BotMethods.RevokeChatInviteLink>, GrammyChatInviteLink>>;
export type T7 = Assert<Equal<ReturnType<typeof createChatInviteLink>, Promise<GrammyChatInviteLink>>>;
const viaMtproto = exportChatInviteLink(invoker, { chat_id: -4000 });
const approvedViaMtproto = approveChatJoinRequest(invoker, { chat_id: -4000, user_id: 42 });
export type T8 = Assert<Equal<typeof viaMtproto, Promise<string>>>;
export type T9 = Assert<Equal<typeof approvedViaMtproto, Promise<true>>>;

// Every call the official parameter types allow is a call the helpers take.
export type P1 = Assert<Official<"createChatInviteLink"> extends CreateChatInviteLinkParams ? true : false>;
export type P2 = Assert<Official<"createChatSubscriptionInviteLink"> extends CreateChatSubscriptionInviteLinkParams ? true : false>;
export type P3 = Assert<Official<"editChatInviteLink"> extends EditChatInviteLinkParams ? true : false>;
export type P4 = Assert<Official<"editChatSubscriptionInviteLink"> extends EditChatSubscriptionInviteLinkParams ? true : false>;
export type P5 = Assert<Official<"revokeChatInviteLink"> extends RevokeChatInviteLinkParams ? true : false>;
export type P6 = Assert<Official<"exportChatInviteLink"> extends ExportChatInviteLinkParams ? true : false>;
export type P7 = Assert<Official<"approveChatJoinRequest"> extends ApproveChatJoinRequestParams ? true : false>;
export type P8 = Assert<Official<"declineChatJoinRequest"> extends DeclineChatJoinRequestParams ? true : false>;

// The webhook reply carries the method name and the body, dates as numbers.
const reply = new BotMethods.CreateChatInviteLink({ chat_id: 1, expire_date: new Date() }).toWebhookReply();
export type W1 = Assert<Equal<typeof reply.method, string>>;
export type W2 = Assert<Equal<typeof reply.expire_date, number | undefined>>;

// Wrong parameter types do not compile.
// @ts-expect-error user_id is an integer, not a string
new BotMethods.ApproveChatJoinRequest({ chat_id: 1, user_id: "42" });
// @ts-expect-error invite_link is required
new BotMethods.RevokeChatInviteLink({ chat_id: 1 });
// @ts-expect-error the camelCase names are gone: the Bot API's names only
createChatInviteLink(client, { chat_id: 1, memberLimit: 5 });
// @ts-expect-error a bigint is not a Bot API chat id
exportChatInviteLink(invoker, { chat_id: 1n });
