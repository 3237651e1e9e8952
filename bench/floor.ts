// The hand-written floor: what the fastest reasonable code does for these exact TL lines,
// written by hand from the schema, into a preallocated buffer, with its own UTF-8 loops (short
// strings never go through TextEncoder or TextDecoder). No validation, no generality.
//
//   messages.exportChatInvite#a455de90 flags:# legacy_revoke_permanent:flags.2?true
//     request_needed:flags.3?true peer:InputPeer expire_date:flags.0?int usage_limit:flags.1?int
//     title:flags.4?string subscription_pricing:flags.5?StarsSubscriptionPricing = ExportedChatInvite;
//   messages.importChatInvite#de91436e hash:string = messages.ChatInviteJoinResult;
//   chatInviteExported#a22cbd96 flags:# revoked:flags.0?true permanent:flags.5?true
//     request_needed:flags.6?true link:string admin_id:long date:int start_date:flags.4?int
//     expire_date:flags.1?int usage_limit:flags.2?int usage:flags.3?int requested:flags.7?int
//     subscription_expired:flags.10?int title:flags.8?string
//     subscription_pricing:flags.9?StarsSubscriptionPricing = ExportedChatInvite;
//   starsSubscriptionPricing#5416d58 period:int amount:long = StarsSubscriptionPricing;

/**
 * A short string (under 85 UTF-16 units, so a one-byte length) as TL: length, UTF-8 by hand,
 * padding. Assumes well-formed UTF-16 (no lone surrogates): a floor checks nothing.
 */
export function writeString(buf: Uint8Array, pos: number, s: string): number {
  let p = pos + 1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) buf[p++] = c;
    else if (c < 0x800) {
      buf[p++] = 0xc0 | (c >> 6);
      buf[p++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c < 0xdc00) {
      const cp = ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00) + 0x10000;
      buf[p++] = 0xf0 | (cp >> 18);
      buf[p++] = 0x80 | ((cp >> 12) & 0x3f);
      buf[p++] = 0x80 | ((cp >> 6) & 0x3f);
      buf[p++] = 0x80 | (cp & 0x3f);
    } else {
      buf[p++] = 0xe0 | (c >> 12);
      buf[p++] = 0x80 | ((c >> 6) & 0x3f);
      buf[p++] = 0x80 | (c & 0x3f);
    }
  }
  buf[pos] = p - pos - 1;
  while (p & 3) buf[p++] = 0;
  return p;
}

export interface FloorExportChatInvite {
  chatId: bigint;
  expireDate: number;
  usageLimit: number;
  title: string;
  period: number;
  amount: bigint;
}

/** exportChatInvite with every field, peer = inputPeerChat. Returns the end offset. */
export function floorEncodeExportChatInvite(buf: Uint8Array, view: DataView, v: FloorExportChatInvite): number {
  view.setUint32(0, 0xa455de90, true);
  view.setUint32(4, 0b111111, true);
  view.setUint32(8, 0x35a95cb9, true);
  view.setBigInt64(12, v.chatId, true);
  view.setInt32(20, v.expireDate, true);
  view.setInt32(24, v.usageLimit, true);
  let pos = writeString(buf, 28, v.title);
  view.setUint32(pos, 0x05416d58, true);
  view.setInt32(pos + 4, v.period, true);
  view.setBigInt64(pos + 8, v.amount, true);
  return pos + 16;
}

export function floorEncodeImportChatInvite(buf: Uint8Array, view: DataView, hash: string): number {
  view.setUint32(0, 0xde91436e, true);
  return writeString(buf, 4, hash);
}

export interface FloorChatInviteExported {
  revoked: boolean;
  permanent: boolean;
  requestNeeded: boolean;
  link: string;
  adminId: bigint;
  date: number;
  startDate?: number;
  expireDate?: number;
  usageLimit?: number;
  usage?: number;
  requested?: number;
  subscriptionExpired?: number;
  title?: string;
  subscriptionPricing?: { period: number; amount: bigint };
}

const decoder = new TextDecoder();
const units = new Uint16Array(255);

/**
 * A TL string's text: up to 255 bytes UTF-8 by hand into code units, turned into a string
 * eight units a call; longer ones with TextDecoder. Assumes valid UTF-8: a floor checks nothing.
 */
export function text(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > 255) return decoder.decode(bytes.subarray(start, end));
  let k = 0;
  for (let i = start; i < end; ) {
    const c = bytes[i];
    if (c < 0x80) {
      units[k++] = c;
      i++;
    } else if (c < 0xe0) {
      units[k++] = ((c & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
      i += 2;
    } else if (c < 0xf0) {
      units[k++] = ((c & 0xf) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
      i += 3;
    } else {
      const cp = ((c & 7) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f);
      units[k++] = 0xd7c0 + (cp >> 10);
      units[k++] = 0xdc00 | (cp & 0x3ff);
      i += 4;
    }
  }
  let s = "";
  let j = 0;
  for (; j + 8 <= k; j += 8) s += String.fromCharCode(units[j], units[j + 1], units[j + 2], units[j + 3], units[j + 4], units[j + 5], units[j + 6], units[j + 7]);
  for (; j < k; j++) s += String.fromCharCode(units[j]);
  return s;
}

/** chatInviteExported, boxed (id checked), every flag honoured, straight-line code. */
export function floorDecodeChatInviteExported(bytes: Uint8Array): FloorChatInviteExported {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== 0xa22cbd96) throw new Error("not chatInviteExported");
  const flags = view.getUint32(4, true);
  let len = bytes[8];
  const link = text(bytes, 9, 9 + len);
  let pos = (9 + len + 3) & ~3;
  const adminId = view.getBigInt64(pos, true);
  const date = view.getInt32(pos + 8, true);
  pos += 12;
  let startDate, expireDate, usageLimit, usage, requested, subscriptionExpired, title, subscriptionPricing;
  if (flags & 0x10) (startDate = view.getInt32(pos, true)), (pos += 4);
  if (flags & 0x2) (expireDate = view.getInt32(pos, true)), (pos += 4);
  if (flags & 0x4) (usageLimit = view.getInt32(pos, true)), (pos += 4);
  if (flags & 0x8) (usage = view.getInt32(pos, true)), (pos += 4);
  if (flags & 0x80) (requested = view.getInt32(pos, true)), (pos += 4);
  if (flags & 0x400) (subscriptionExpired = view.getInt32(pos, true)), (pos += 4);
  if (flags & 0x100) {
    len = bytes[pos];
    title = text(bytes, pos + 1, pos + 1 + len);
    pos = (pos + 1 + len + 3) & ~3;
  }
  if (flags & 0x200) subscriptionPricing = { period: view.getInt32(pos + 4, true), amount: view.getBigInt64(pos + 8, true) };
  return {
    revoked: (flags & 1) !== 0,
    permanent: (flags & 32) !== 0,
    requestNeeded: (flags & 64) !== 0,
    link,
    adminId,
    date,
    startDate,
    expireDate,
    usageLimit,
    usage,
    requested,
    subscriptionExpired,
    title,
    subscriptionPricing,
  };
}
