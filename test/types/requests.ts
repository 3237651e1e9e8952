// Type-level tests of the generated package, checked by tsc (test/generated/types.test.ts).
// Each `@ts-expect-error` must meet an error, and each Assert<Equal<...>> must hold, or tsc fails.
import { Api, type ResultOf, type TypeExportedChatInvite, type TypeInputPeer, type TypeMessagesChatInviteJoinResult, type TypeMessagesExportedChatInvites, type TypeChatInvite } from "tl-invite";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

declare const peer: TypeInputPeer;
declare const bytes: Uint8Array;

// The GramJS-shaped call type-checks with the parameters it names.
const exportInvite = new Api.messages.ExportChatInvite({
  peer,
  legacyRevokePermanent: true,
  requestNeeded: true,
  expireDate: 43,
  usageLimit: 43,
  title: "My very normal title",
});

// A missing required parameter does not compile (GramJS's Partial<> lets it through).
// @ts-expect-error peer is required
new Api.messages.ExportChatInvite({ usageLimit: 43 });
// @ts-expect-error hash is required
new Api.messages.ImportChatInvite({});

// flags words never appear in the API.
// @ts-expect-error flags is derived, not a parameter
new Api.messages.ExportChatInvite({ peer, flags: 4 });

// Wrong value types do not compile: long is bigint, int is number.
// @ts-expect-error adminId is a long: bigint, not a string
new Api.messages.GetExportedChatInvites({ peer, adminId: { _: "inputUser", userId: "1", accessHash: 2n }, limit: 10 });

// Each request's result type is carried in its type.
export type T1 = Assert<Equal<ReturnType<typeof exportInvite.decodeResult>, TypeExportedChatInvite>>;
export type T2 = Assert<Equal<ResultOf<Api.messages.ImportChatInvite>, TypeMessagesChatInviteJoinResult>>;
export type T3 = Assert<Equal<ResultOf<Api.messages.CheckChatInvite>, TypeChatInvite>>;
export type T4 = Assert<Equal<ResultOf<Api.messages.GetExportedChatInvites>, TypeMessagesExportedChatInvites>>;
export type T5 = Assert<Equal<ResultOf<Api.messages.HideAllChatJoinRequests>, import("tl-invite").TypeUpdates>>;
export type T6 = Assert<Equal<ResultOf<Api.messages.DeleteExportedChatInvite>, boolean>>;
const r1: TypeExportedChatInvite = exportInvite.decodeResult(bytes);

// Fields sharing a flag bit (offset_date and offset_link on flags.2) are all-or-none.
const adminId = { _: "inputUserSelf" } as const;
new Api.messages.GetExportedChatInvites({ peer, adminId, limit: 10 });
new Api.messages.GetExportedChatInvites({ peer, adminId, limit: 10, offsetDate: 1700000000, offsetLink: "https://t.me/+x" });
// @ts-expect-error offsetLink shares its bit with offsetDate: both or neither
new Api.messages.GetExportedChatInvites({ peer, adminId, limit: 10, offsetDate: 1700000000 });
// @ts-expect-error offsetDate shares its bit with offsetLink: both or neither
new Api.messages.GetExportedChatInvites({ peer, adminId, limit: 10, offsetLink: "https://t.me/+x" });

// Generic wrappers carry the inner request's result type (GramJS: unknown, mtcute: any).
const wrapped = new Api.InvokeWithLayer({ layer: 227, query: new Api.messages.ImportChatInvite({ hash: "abc" }) });
export type T7 = Assert<Equal<ReturnType<typeof wrapped.decodeResult>, TypeMessagesChatInviteJoinResult>>;
const nested = new Api.InvokeWithoutUpdates({ query: new Api.InvokeWithLayer({ layer: 227, query: exportInvite }) });
export type T8 = Assert<Equal<ResultOf<typeof nested>, TypeExportedChatInvite>>;
// @ts-expect-error the result of a wrapped importChatInvite is not an ExportedChatInvite
const wrong: TypeExportedChatInvite = wrapped.decodeResult(bytes);

// A union field takes only that union's constructors.
// @ts-expect-error inputUserSelf is an InputUser, not an InputPeer
new Api.messages.ExportChatInvite({ peer: { _: "inputUserSelf" } });

export { r1, wrong };

// Bot/user usability: code typed as a bot cannot pass a user-only request.
import type { BotRequest, UserRequest } from "tl-invite";
declare function invokeAsBot<R>(request: BotRequest<R>): Promise<R>;
declare function invokeAsUser<R>(request: UserRequest<R>): Promise<R>;
export const botOk: Promise<TypeExportedChatInvite> = invokeAsBot(exportInvite);
// @ts-expect-error messages.importChatInvite is user-only
invokeAsBot(new Api.messages.ImportChatInvite({ hash: "abc" }));
// @ts-expect-error messages.checkChatInvite is user-only
invokeAsBot(new Api.messages.CheckChatInvite({ hash: "abc" }));
// users.getUsers is for both (the Bot API helpers send it to learn the bot's own User).
export const botGetsUsers = invokeAsBot(new Api.users.GetUsers({ id: [{ _: "inputUserSelf" }] }));
export const userOk: Promise<TypeMessagesChatInviteJoinResult> = invokeAsUser(new Api.messages.ImportChatInvite({ hash: "abc" }));

// Per-method error unions, and the guard that narrows to them.
import { isRpcErrorOf, RpcError, type GenericRpcError } from "tl-invite";
declare const caught: unknown;
const importRequest = new Api.messages.ImportChatInvite({ hash: "abc" });
if (isRpcErrorOf(caught, importRequest)) {
  const narrowed: Assert<Equal<typeof caught.type, Api.messages.ImportChatInviteError | GenericRpcError>> = true;
  // @ts-expect-error USAGE_LIMIT_INVALID is not an error importChatInvite returns
  const notThis: typeof caught.type = "USAGE_LIMIT_INVALID";
  console.log(narrowed, notThis);
}
export const anyRpc = new RpcError(400, "X");
