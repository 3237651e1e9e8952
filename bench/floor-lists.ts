// The hand-written floor for the corpus's lists: messages.exportedChatInvites and
// messages.chatInviteImporters, decoded by straight-line code written from the schema into the
// same values ours gives (every `_`, every flag's boolean), with the floor's own UTF-8 loop.
// No validation and no generality: a constructor the corpus does not use throws.
//
//   messages.exportedChatInvites#bdc62dcc count:int invites:Vector<ExportedChatInvite> users:Vector<User>
//   messages.chatInviteImporters#81b6b00a count:int importers:Vector<ChatInviteImporter> users:Vector<User>
//   chatInviteImporter#8c5adfd9 flags:# requested:flags.0?true via_chatlist:flags.3?true user_id:long
//     date:int about:flags.2?string approved_by:flags.1?long
//   user#31774388 (see schema/api.tl), userProfilePhoto#82d1f706, userStatus*#...
import { text } from "./floor.ts";

let b: Uint8Array = new Uint8Array(0);
let v: DataView = new DataView(b.buffer);
let p = 0;

function int(): number {
  const x = v.getInt32(p, true);
  p += 4;
  return x;
}

function long(): bigint {
  const x = v.getBigInt64(p, true);
  p += 8;
  return x;
}

function str(): string {
  let len = b[p];
  let at = p + 1;
  if (len === 254) {
    len = b[p + 1] | (b[p + 2] << 8) | (b[p + 3] << 16);
    at = p + 4;
  }
  p = (at + len + 3) & ~3;
  return text(b, at, at + len);
}

function bytes(): Uint8Array {
  const len = b[p];
  const out = b.slice(p + 1, p + 1 + len);
  p = (p + 1 + len + 3) & ~3;
  return out;
}

function vector<T>(item: () => T): T[] {
  if (v.getUint32(p, true) !== 0x1cb5c415) throw new Error(`floor: not a vector at ${p}`);
  const n = v.getUint32(p + 4, true);
  p += 8;
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = item();
  return out;
}

function invite(): object {
  if (v.getUint32(p, true) !== 0xa22cbd96) throw new Error("floor: not chatInviteExported");
  p += 4;
  const f = int();
  return {
    _: "chatInviteExported",
    revoked: (f & 0x1) !== 0,
    permanent: (f & 0x20) !== 0,
    requestNeeded: (f & 0x40) !== 0,
    link: str(),
    adminId: long(),
    date: int(),
    startDate: f & 0x10 ? int() : undefined,
    expireDate: f & 0x2 ? int() : undefined,
    usageLimit: f & 0x4 ? int() : undefined,
    usage: f & 0x8 ? int() : undefined,
    requested: f & 0x80 ? int() : undefined,
    subscriptionExpired: f & 0x400 ? int() : undefined,
    title: f & 0x100 ? str() : undefined,
    subscriptionPricing: f & 0x200 ? pricing() : undefined,
  };
}

function pricing(): object {
  p += 4;
  return { _: "starsSubscriptionPricing", period: int(), amount: long() };
}

function importer(): object {
  if (v.getUint32(p, true) !== 0x8c5adfd9) throw new Error("floor: not chatInviteImporter");
  p += 4;
  const f = int();
  return {
    _: "chatInviteImporter",
    requested: (f & 0x1) !== 0,
    viaChatlist: (f & 0x8) !== 0,
    userId: long(),
    date: int(),
    about: f & 0x4 ? str() : undefined,
    approvedBy: f & 0x2 ? long() : undefined,
  };
}

function photo(): object {
  const id = v.getUint32(p, true);
  p += 4;
  if (id === 0x4f11bae1) return { _: "userProfilePhotoEmpty" };
  if (id !== 0x82d1f706) throw new Error("floor: not a UserProfilePhoto");
  const f = int();
  return {
    _: "userProfilePhoto",
    hasVideo: (f & 0x1) !== 0,
    personal: (f & 0x4) !== 0,
    photoId: long(),
    strippedThumb: f & 0x2 ? bytes() : undefined,
    dcId: int(),
  };
}

function status(): object {
  const id = v.getUint32(p, true);
  p += 4;
  switch (id) {
    case 0x09d05049:
      return { _: "userStatusEmpty" };
    case 0xedb93949:
      return { _: "userStatusOnline", expires: int() };
    case 0x008c703f:
      return { _: "userStatusOffline", wasOnline: int() };
    case 0x7b197dc8:
      return { _: "userStatusRecently", byMe: (int() & 1) !== 0 };
    case 0x541a1d1a:
      return { _: "userStatusLastWeek", byMe: (int() & 1) !== 0 };
    case 0x65899777:
      return { _: "userStatusLastMonth", byMe: (int() & 1) !== 0 };
  }
  throw new Error("floor: not a UserStatus");
}

/** Flags of user the floor does not read (vectors and objects the corpus never sends): it throws. */
const USER_UNREAD = 0x40040000; // restriction_reason, emoji_status
const USER_UNREAD2 = 0x321; // usernames, stories_max_id, color, profile_color

function user(): object {
  if (v.getUint32(p, true) !== 0x31774388) throw new Error("floor: not user");
  p += 4;
  const f = int();
  const f2 = int();
  if (f & USER_UNREAD || f2 & USER_UNREAD2) throw new Error("floor: a user field the floor does not read");
  return {
    _: "user",
    self: (f & 0x400) !== 0,
    contact: (f & 0x800) !== 0,
    mutualContact: (f & 0x1000) !== 0,
    deleted: (f & 0x2000) !== 0,
    bot: (f & 0x4000) !== 0,
    botChatHistory: (f & 0x8000) !== 0,
    botNochats: (f & 0x10000) !== 0,
    verified: (f & 0x20000) !== 0,
    restricted: (f & 0x40000) !== 0,
    min: (f & 0x100000) !== 0,
    botInlineGeo: (f & 0x200000) !== 0,
    support: (f & 0x800000) !== 0,
    scam: (f & 0x1000000) !== 0,
    applyMinPhoto: (f & 0x2000000) !== 0,
    fake: (f & 0x4000000) !== 0,
    botAttachMenu: (f & 0x8000000) !== 0,
    premium: (f & 0x10000000) !== 0,
    attachMenuEnabled: (f & 0x20000000) !== 0,
    botCanEdit: (f2 & 0x2) !== 0,
    closeFriend: (f2 & 0x4) !== 0,
    storiesHidden: (f2 & 0x8) !== 0,
    storiesUnavailable: (f2 & 0x10) !== 0,
    contactRequirePremium: (f2 & 0x400) !== 0,
    botBusiness: (f2 & 0x800) !== 0,
    botHasMainApp: (f2 & 0x2000) !== 0,
    botForumView: (f2 & 0x10000) !== 0,
    botForumCanManageTopics: (f2 & 0x20000) !== 0,
    botCanManageBots: (f2 & 0x40000) !== 0,
    botGuestchat: (f2 & 0x80000) !== 0,
    botGuard: (f2 & 0x100000) !== 0,
    id: long(),
    accessHash: f & 0x1 ? long() : undefined,
    firstName: f & 0x2 ? str() : undefined,
    lastName: f & 0x4 ? str() : undefined,
    username: f & 0x8 ? str() : undefined,
    phone: f & 0x10 ? str() : undefined,
    photo: f & 0x20 ? photo() : undefined,
    status: f & 0x40 ? status() : undefined,
    botInfoVersion: f & 0x4000 ? int() : undefined,
    restrictionReason: undefined,
    botInlinePlaceholder: f & 0x80000 ? str() : undefined,
    langCode: f & 0x400000 ? str() : undefined,
    emojiStatus: undefined,
    usernames: undefined,
    storiesMaxId: undefined,
    color: undefined,
    profileColor: undefined,
    botActiveUsers: f2 & 0x1000 ? int() : undefined,
    botVerificationIcon: f2 & 0x4000 ? long() : undefined,
    sendPaidMessagesStars: f2 & 0x8000 ? long() : undefined,
  };
}

function start(input: Uint8Array, id: number, name: string): void {
  b = input;
  v = new DataView(input.buffer, input.byteOffset, input.byteLength);
  p = 4;
  if (v.getUint32(0, true) !== id) throw new Error(`floor: not ${name}`);
}

/** messages.exportedChatInvites, boxed. */
export function floorDecodeExportedChatInvites(input: Uint8Array): object {
  start(input, 0xbdc62dcc, "messages.exportedChatInvites");
  return { _: "messages.exportedChatInvites", count: int(), invites: vector(invite), users: vector(user) };
}

/** messages.chatInviteImporters, boxed. */
export function floorDecodeChatInviteImporters(input: Uint8Array): object {
  start(input, 0x81b6b00a, "messages.chatInviteImporters");
  return { _: "messages.chatInviteImporters", count: int(), importers: vector(importer), users: vector(user) };
}
