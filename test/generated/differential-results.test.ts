// Result objects: what GramJS and mtcute encode, we decode to the same values; what we encode,
// they decode to the same values.
import { beforeAll, describe, expect, it } from "vitest";
import * as root from "tl-invite";
import * as codecs from "tl-invite/codecs";

/** The root and every codec (the writers of result types are in the codecs subpath). */
const pkg = { ...root, ...codecs };
import type { TypeRef } from "../../generator/model/ir.ts";
import { decoderName, encoderName, unionTypeName } from "../../generator/plan/names.ts";
import { asDecoded, sampleObject, type Value } from "../support/sample-values.ts";
import { NotInReference, GramReader, fromGramjs, fromMtcute, gramObject, hex, mtcuteDeserialize, mtcuteObject, mtcuteSerialize } from "../support/reference-libs.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const api = pkg as any;

interface Case {
  label: string;
  union: string;
  value: Record<string, Value>;
}

const everyFlag: Case = {
  label: "chatInviteExported with every flag",
  union: "ExportedChatInvite",
  value: {
    _: "chatInviteExported",
    revoked: true,
    permanent: true,
    requestNeeded: true,
    link: "https://t.me/+AbCdEfGhIjKlMnOp",
    adminId: 1234567890n,
    date: 1700000000,
    startDate: 1700000001,
    expireDate: 1800000000,
    usageLimit: 99999,
    usage: 12,
    requested: 3,
    subscriptionExpired: 2,
    title: "Friends & family 👪",
    subscriptionPricing: { _: "starsSubscriptionPricing", period: 2592000, amount: 250n },
  },
};

/** mtcute types ids as int53: keep sample longs within 2^53 so it can take them. */
function safeLongs(v: Value): Value {
  if (typeof v === "bigint") return v > 2n ** 53n || v < -(2n ** 53n) ? v % 2n ** 50n : v;
  if (Array.isArray(v)) return v.map(safeLongs);
  if (v && typeof v === "object" && !(v instanceof Uint8Array)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, safeLongs(x)]));
  return v;
}

function cases(): Case[] {
  const out: Case[] = [everyFlag];
  for (let seed = 0; seed < 6; seed++) {
    out.push({ label: `chatInvite, seed ${seed}`, union: "ChatInvite", value: sampleObject("chatInvite", seed, 0) });
    out.push({ label: `messages.exportedChatInvites, seed ${seed}`, union: "messages.ExportedChatInvites", value: sampleObject("messages.exportedChatInvites", seed, 0) });
    out.push({ label: `chatInviteExported, seed ${seed}`, union: "ExportedChatInvite", value: sampleObject("chatInviteExported", seed, 0) });
  }
  // Several invites and users in one list.
  const many = sampleObject("messages.exportedChatInvites", 0, 0);
  many.invites = [0, 1, 2, 3].map((s) => sampleObject("chatInviteExported", s, 1));
  many.users = [0, 1, 4].map((s) => sampleObject("user", s, 1));
  out.push({ label: "messages.exportedChatInvites with 4 invites and 3 users", union: "messages.ExportedChatInvites", value: many });
  const chatInvite = sampleObject("chatInvite", 1, 0);
  chatInvite.participants = [0, 1].map((s) => sampleObject("user", s, 1));
  out.push({ label: "chatInvite with participants", union: "ChatInvite", value: chatInvite });
  // userEmpty has the same id in GramJS's layer 198, so this list goes through GramJS too.
  const withEmptyUsers = { ...many, users: [{ _: "userEmpty", id: 42n }, { _: "userEmpty", id: -7n }] };
  out.push({ label: "messages.exportedChatInvites with 4 invites and 2 userEmpty", union: "messages.ExportedChatInvites", value: withEmptyUsers });
  return out.map((c) => ({ ...c, value: safeLongs(c.value) as Record<string, Value> }));
}

const fn = (prefix: "write" | "read", union: string) => api[(prefix === "write" ? encoderName : decoderName)(unionTypeName(union))];

describe("result objects against GramJS and mtcute", () => {
  const tally = { gramjs: 0, mtcute: 0, skipped: 0 };
  // The cases come from the schema, built when the tests run (not when they are collected).
  let all: ReturnType<typeof cases>;
  beforeAll(() => {
    all = cases();
  });
  const typeOf = (c: (typeof all)[number]): TypeRef => ({ kind: "union", name: c.union });
  const ours = (c: (typeof all)[number]) => api.encodeWith(fn("write", c.union), c.value, c.union) as Uint8Array;

  it("decodes mtcute's bytes of every case to the same value, and mtcute decodes ours", () => {
    for (const c of all) {
      const expected = asDecoded(c.value, typeOf(c));
      let theirs: Uint8Array;
      try {
        theirs = mtcuteSerialize(mtcuteObject(c.value));
      } catch (e) {
        if (!(e instanceof NotInReference)) throw e;
        tally.skipped++;
        continue;
      }
      expect(hex(theirs), c.label).toBe(hex(ours(c)));
      expect(api.decodeWith(fn("read", c.union), theirs), c.label).toEqual(expected);
      expect(fromMtcute(mtcuteDeserialize(ours(c)), typeOf(c)), c.label).toEqual(expected);
      tally.mtcute++;
    }
  });

  it("decodes GramJS's bytes of every case it has to the same value, and GramJS decodes ours", () => {
    for (const c of all) {
      const expected = asDecoded(c.value, typeOf(c));
      let theirs: Uint8Array;
      try {
        theirs = new Uint8Array(gramObject(c.value).getBytes());
      } catch (e) {
        if (!(e instanceof NotInReference)) throw e;
        tally.skipped++;
        continue;
      }
      expect(api.decodeWith(fn("read", c.union), theirs), c.label).toEqual(expected);
      const back = new GramReader(Buffer.from(ours(c))).tgReadObject();
      expect(fromGramjs(back, typeOf(c)), c.label).toEqual(expected);
      tally.gramjs++;
    }
  });

  it("compared every case with at least one library, most with both", () => {
    console.log("result cases compared:", tally);
    expect(tally.mtcute).toBe(all.length);
    expect(tally.gramjs).toBeGreaterThanOrEqual(10);
  });
});
