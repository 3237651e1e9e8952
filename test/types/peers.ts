// Type-level tests of peer-like parameters, checked by tsc (test/generated/types.test.ts): every
// form GramJS code passes compiles where a peer is expected, each kind takes only what can stand
// for it, and each `@ts-expect-error` must meet an error.
import {
  Api,
  type Channel,
  type PeerLike,
  type TypeChat,
  type TypeInputPeer,
  type TypePeer,
  type TypeUser,
  type User,
} from "tl-invite";
import { exportChatInvite, hideChatJoinRequest } from "tl-invite/messages";
import { inviteToChannel } from "tl-invite/channels";

declare const user: TypeUser;
declare const fullUser: User;
declare const chat: TypeChat;
declare const channel: Channel;
declare const peer: TypePeer;
declare const inputPeer: TypeInputPeer;
declare const result: { users: TypeUser[]; chats: TypeChat[] };
declare const names: string[];

// Where an InputPeer is wanted: names, ids (number, bigint, Bot API form), a result's users and
// chats, a Peer, an InputPeer.
export const peers = [
  new Api.messages.ExportChatInvite({ peer: "@mychannel" }),
  new Api.messages.ExportChatInvite({ peer: -1001234567890 }),
  new Api.messages.ExportChatInvite({ peer: 1234567890n }),
  new Api.messages.ExportChatInvite({ peer: chat.id }),
  new Api.messages.ExportChatInvite({ peer: result.chats[0] }),
  new Api.messages.ExportChatInvite({ peer: result.users[0] }),
  new Api.messages.ExportChatInvite({ peer: user }),
  new Api.messages.ExportChatInvite({ peer: channel }),
  new Api.messages.ExportChatInvite({ peer: { _: "peerChannel", channelId: 1234567890n } }),
  new Api.messages.ExportChatInvite({ peer: { _: "peerUser", userId: 1n } }),
  new Api.messages.ExportChatInvite({ peer }),
  new Api.messages.ExportChatInvite({ peer: inputPeer }),
];

// Where an InputUser is wanted: a user, its id, a peerUser, and the InputPeers of a user.
export const users = [
  new Api.messages.HideChatJoinRequest({ peer: chat, userId: fullUser }),
  new Api.messages.HideChatJoinRequest({ peer: chat, userId: user }),
  new Api.messages.HideChatJoinRequest({ peer: chat, userId: 5550001 }),
  new Api.messages.HideChatJoinRequest({ peer: chat, userId: { _: "peerUser", userId: 1n } }),
  new Api.messages.HideChatJoinRequest({ peer: chat, userId: { _: "inputPeerUser", userId: 1n, accessHash: 2n } }),
  new Api.messages.HideChatJoinRequest({ peer: chat, userId: { _: "inputPeerSelf" } }),
  new Api.messages.GetExportedChatInvites({ peer: chat, adminId: "me", limit: 10 }),
];

// Where an InputChannel is wanted: a channel (or a result's chat), its ids, a peerChannel, an
// inputPeerChannel.
export const channels = [
  new Api.channels.ToggleJoinRequest({ channel: -1001234567890, enabled: true }),
  new Api.channels.ToggleJoinRequest({ channel: channel, enabled: true }),
  new Api.channels.ToggleJoinRequest({ channel: result.chats[0], enabled: true }),
  new Api.channels.ToggleJoinRequest({ channel: { _: "peerChannel", channelId: 1n }, enabled: true }),
  new Api.channels.ToggleJoinRequest({ channel: { _: "inputPeerChannel", channelId: 1n, accessHash: 2n }, enabled: true }),
];

// Vectors take every form element by element; a string[] of names still compiles.
export const vectors = [
  new Api.channels.InviteToChannel({ channel, users: names }),
  new Api.channels.InviteToChannel({ channel, users: ["@alice", 5550001, 5550002n, user, { _: "inputUserSelf" }] }),
  new Api.channels.InviteToChannel({ channel, users: result.users }),
];

// Each kind takes only what can stand for it.
// @ts-expect-error a channel is no user
new Api.messages.HideChatJoinRequest({ peer: chat, userId: channel });
// @ts-expect-error a peerChannel is no user
new Api.messages.HideChatJoinRequest({ peer: chat, userId: { _: "peerChannel", channelId: 1n } });
// @ts-expect-error an inputPeerChat is no user
new Api.messages.HideChatJoinRequest({ peer: chat, userId: { _: "inputPeerChat", chatId: 1n } });
// @ts-expect-error a user is no channel
new Api.channels.ToggleJoinRequest({ channel: fullUser, enabled: true });
// @ts-expect-error an inputPeerUser is no channel
new Api.channels.ToggleJoinRequest({ channel: { _: "inputPeerUser", userId: 1n, accessHash: 2n }, enabled: true });
// @ts-expect-error ids in objects are bigints, not numbers
new Api.messages.ExportChatInvite({ peer: { _: "peerChannel", channelId: 1 } });
// @ts-expect-error a boolean is no peer
new Api.messages.ExportChatInvite({ peer: true });
// @ts-expect-error a vector of InputUser takes no channels
new Api.channels.InviteToChannel({ channel, users: result.chats });

// PeerLike without a kind is every form of every kind.
export const anyPeer: PeerLike[] = [1, 2n, "me", user, chat, peer, { _: "inputPeerSelf" }];

// The size-first functions have no peer cache: they take only real Input* values, in their types
// as in their checks.
export const sizeFirst = [
  exportChatInvite({ peer: { _: "inputPeerChannel", channelId: 1n, accessHash: 2n } }),
  exportChatInvite({ peer: inputPeer, title: "Семья ✨" }),
  hideChatJoinRequest({ peer: { _: "inputPeerSelf" }, userId: { _: "inputUserSelf" } }),
  inviteToChannel({ channel: { _: "inputChannel", channelId: 1n, accessHash: 2n }, users: [{ _: "inputUser", userId: 3n, accessHash: 4n }] }),
];
// @ts-expect-error a name needs the invoker's resolver
exportChatInvite({ peer: "@mychannel" });
// @ts-expect-error an id needs the invoker's peer cache
exportChatInvite({ peer: -1001234567890 });
// @ts-expect-error a result's chat needs the invoker's peer cache
exportChatInvite({ peer: chat });
// @ts-expect-error an InputPeer where an InputUser is wanted is converted by the invoker only
hideChatJoinRequest({ peer: { _: "inputPeerSelf" }, userId: { _: "inputPeerSelf" } });
// @ts-expect-error names in a vector need the invoker's resolver
inviteToChannel({ channel: { _: "inputChannel", channelId: 1n, accessHash: 2n }, users: names });
