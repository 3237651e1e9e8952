// The values the browser consumer sends and the answer it decodes, shared by the page (bundled
// into it) and by the test (which derives the expected bytes from the reference libraries).
// Plain data only: this module is bundled for the browser.

/** `messages.exportChatInvite` parameters: every flag set, a channel peer, longs past 2^32. */
export const exportParams = {
  peer: { _: "inputPeerChannel", channelId: 1234567890123n, accessHash: -8070450532247928832n },
  legacyRevokePermanent: true,
  requestNeeded: true,
  expireDate: 1800000000,
  usageLimit: 99999,
  title: "Friends & family 👪",
  subscriptionPricing: { _: "starsSubscriptionPricing", period: 2592000, amount: 250n },
} as const;

/** `messages.importChatInvite` parameters, sent through the per-namespace entry. */
export const importParams = { hash: "AbCdEf_gh-42" } as const;

/** The chatInviteExported answer the page decodes: every flag set, so decoding gives it back as is. */
export const invite = {
  _: "chatInviteExported",
  revoked: true,
  permanent: true,
  requestNeeded: true,
  link: "https://t.me/+AbCdEfGhIjKlMnOp",
  adminId: 1234567890123n,
  date: 1700000000,
  startDate: 1700000001,
  expireDate: 1800000000,
  usageLimit: 99999,
  usage: 12,
  requested: 3,
  subscriptionExpired: 2,
  title: "Friends & family 👪",
  subscriptionPricing: { _: "starsSubscriptionPricing", period: 2592000, amount: 250n },
} as const;

/** What the test hands the page: answers as hex, made by a reference library. */
export interface PageInput {
  /** `invite` boxed, as a server would answer exportChatInvite. */
  answerHex: string;
  /** The same answer cut short, so decoding it must fail. */
  truncatedHex: string;
}

/** A JSON-safe value: bigints and bytes are tagged so they survive the trip out of the page. */
export type Tagged = null | boolean | number | string | Tagged[] | { [key: string]: Tagged };

/** Turns bigints into `{ $bigint }` and Uint8Arrays into `{ $bytes }` (hex), recursively. */
export function tag(value: unknown): Tagged {
  if (typeof value === "bigint") return { $bigint: value.toString() };
  if (value instanceof Uint8Array) return { $bytes: toHex(value) };
  if (Array.isArray(value)) return value.map(tag);
  if (value !== null && typeof value === "object") {
    // Like JSON: a property holding undefined is left out.
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, tag(v)]),
    );
  }
  return value as Tagged;
}

/** Lowercase hex of some bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b.toString(16).padStart(2, "0");
  return out;
}

/** Bytes from lowercase or uppercase hex. */
export function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}
