// The benchmark's inputs, the same logical values for every implementation: ours, GramJS
// (layer 198), mtcute (layer 227) and the hand-written floor.
import {
  Api,
  encodeWith,
  type TypeExportedChatInvite,
  type TypeMessagesExportedChatInvites,
  type TypeUser,
} from "tl-invite";
import { writeTypeExportedChatInvite, writeTypeMessagesExportedChatInvites } from "tl-invite/codecs";
import { gramObject, mtcuteObject, mtcuteSerialize } from "../test/support/reference-libs.ts";
import type { FloorExportChatInvite } from "./floor.ts";
import { USER_FLAGS_OFF } from "./corpus.ts";

export const exportParams = {
  peer: { _: "inputPeerChat", chatId: 4242424242n },
  legacyRevokePermanent: true,
  requestNeeded: true,
  expireDate: 43,
  usageLimit: 43,
  title: "My very normal title",
  subscriptionPricing: { _: "starsSubscriptionPricing", period: 2592000, amount: 250n },
} as const;

export const exportFloor: FloorExportChatInvite = {
  chatId: 4242424242n,
  expireDate: 43,
  usageLimit: 43,
  title: "My very normal title",
  period: 2592000,
  amount: 250n,
};

export const importHash = "random string here";

export const ours = {
  exportRequest: new Api.messages.ExportChatInvite(exportParams),
  importRequest: new Api.messages.ImportChatInvite({ hash: importHash }),
};

export const gramjs = {
  exportRequest: gramObject(exportParams, "messages.exportChatInvite"),
  // GramJS's layer 198 has importChatInvite#6c50051c (same fields, older id).
  importRequest: null as unknown,
};

export const mtcute = {
  exportRequest: mtcuteObject(exportParams, "messages.exportChatInvite"),
  importRequest: mtcuteObject({ hash: importHash }, "messages.importChatInvite"),
};

/** chatInviteExported with every flag set. */
export const invite: TypeExportedChatInvite = {
  _: "chatInviteExported",
  revoked: true,
  permanent: true,
  requestNeeded: true,
  link: "https://t.me/+AbCdEfGhIjKlMnOp",
  adminId: 777000123n,
  date: 1700000000,
  startDate: 1700000001,
  expireDate: 1800000000,
  usageLimit: 99999,
  usage: 12,
  requested: 3,
  subscriptionExpired: 2,
  title: "Friends and family",
  subscriptionPricing: { _: "starsSubscriptionPricing", period: 2592000, amount: 250n },
};

function user(i: number): TypeUser {
  return {
    _: "user",
    ...USER_FLAGS_OFF,
    contact: i % 2 === 0,
    premium: i % 3 === 0,
    id: 100000n + BigInt(i),
    accessHash: -1234567890123n * BigInt(i + 1),
    firstName: `User ${i}`,
    lastName: "Example",
    username: `user_${i}`,
    phone: `1555000${String(i).padStart(4, "0")}`,
    status: { _: "userStatusOffline", wasOnline: 1700000000 - i },
    langCode: "en",
  } as TypeUser;
}

export const inviteList: TypeMessagesExportedChatInvites = {
  _: "messages.exportedChatInvites",
  count: 100,
  invites: Array.from({ length: 100 }, (_, i) => ({
    ...invite,
    link: `https://t.me/+invite${String(i).padStart(12, "0")}`,
    title: `Invite number ${i}`,
    usage: i,
  })),
  users: Array.from({ length: 20 }, (_, i) => user(i)),
};

export const bytes = {
  invite: encodeWith(writeTypeExportedChatInvite, invite, "ExportedChatInvite"),
  inviteList: encodeWith(writeTypeMessagesExportedChatInvites, inviteList, "messages.ExportedChatInvites"),
};

/** GramJS cannot read layer-227 users: it decodes its own layer-198 encoding of the same invites with userEmpty users. */
export const gramInviteListBytes: Uint8Array = (() => {
  const value = {
    ...inviteList,
    users: inviteList.users.map((u) => ({ _: "userEmpty", id: (u as { id: bigint }).id })),
  };
  return new Uint8Array(gramObject(value, "messages.exportedChatInvites").getBytes());
})();

export const mtcuteBytesCheck = (): boolean =>
  Buffer.from(mtcuteSerialize(mtcuteObject(invite))).equals(Buffer.from(bytes.invite));
