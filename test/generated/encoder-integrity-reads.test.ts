// Encoders that read each value once and check it as what it really is: a getter or Proxy that
// answers differently on each read cannot set a flag bit without its value, a vector's length is
// read once, bytes are measured by the typed array's own length; and the limits that stop
// hostile values early (nesting depth, cycles, the 16 MB string limit) hold.
import { describe, expect, it } from "vitest";
import { Api, TlEncodeError, TlWriter, decodeWith, encodeWith } from "tl-invite";
import {
  readTypeExportedChatInvite,
  readTypeInputPhoto,
  readTypeJSONValue,
  readTypeUser,
  writeTypeExportedChatInvite,
  writeTypeInputPhoto,
  writeTypeJSONValue,
  writeTypeUser,
} from "tl-invite/codecs";
import { thrown } from "../helpers.ts";
import { RunawayRead, countedCycle, hex, loose, lyingArray, nestedJson, shifting } from "../support/hostile-values.ts";

const peer = { _: "inputPeerSelf" } as const;
const self = { _: "inputUserSelf" } as const;
const channel = { _: "inputChannelEmpty" } as const;
const invite = { _: "chatInviteExported", link: "https://t.me/+abc", adminId: 42n, date: 1700000000 } as const;
const photo = (fileReference: unknown) => loose({ _: "inputPhoto", id: 1n, accessHash: 2n, fileReference });
const maxReads = (reads: Record<string, number>) => Math.max(...Object.values(reads));

/** A Uint8Array subclass whose `length` claims `claimed` whatever it holds. */
class LyingLength extends Uint8Array {
  claimed = 0;
}
Object.defineProperty(LyingLength.prototype, "length", {
  get(this: LyingLength) {
    return this.claimed;
  },
});
const lying = (data: number[], claimed: number): Uint8Array => {
  const b = new LyingLength(data);
  b.claimed = claimed;
  return b;
};

describe("encoders that read each value once", () => {
  it("cannot set a request's flag bit without its value when a field answers differently on each read", () => {
    const request = new Api.messages.ExportChatInvite({ peer });
    const { value, reads } = shifting(request, {
      title: ["t", undefined],
      usageLimit: [undefined, 9],
      requestNeeded: [true, false],
    });
    const expected = new Api.messages.ExportChatInvite({ peer, title: "t", requestNeeded: true }).serialize();
    expect(hex(value.serialize())).toBe(hex(expected));
    expect(maxReads(reads)).toBe(1);
  });

  it("cannot set a constructor's flag bit without its value: the output decodes to what was read", () => {
    const { value, reads } = shifting(
      { ...invite },
      { title: ["first", undefined], usage: [undefined, 3], revoked: [true, false] },
    );
    const out = encodeWith(writeTypeExportedChatInvite, loose(value), "ExportedChatInvite");
    const seen = { ...invite, title: "first", revoked: true };
    expect(hex(out)).toBe(hex(encodeWith(writeTypeExportedChatInvite, seen, "ExportedChatInvite")));
    const back = decodeWith(readTypeExportedChatInvite, out);
    expect(back).toMatchObject({ ...seen, usage: undefined });
    expect(maxReads(reads)).toBe(1);
  });

  it("cannot set a bit of a second flags word, or a ?true bit derived from a value, without its value", () => {
    const usernames = [{ _: "username", username: "a" }];
    const { value, reads } = shifting(
      { _: "user", id: 5n },
      {
        botInfoVersion: [7, undefined],
        bot: [undefined, false],
        usernames: [usernames, undefined],
        botActiveUsers: [undefined, 3],
      },
    );
    const out = encodeWith(writeTypeUser, loose(value), "User");
    const seen = { _: "user", id: 5n, botInfoVersion: 7, usernames } as const;
    expect(hex(out)).toBe(hex(encodeWith(writeTypeUser, loose(seen), "User")));
    expect(decodeWith(readTypeUser, out)).toMatchObject({ ...seen, bot: true, botActiveUsers: undefined });
    expect(maxReads(reads)).toBe(1);
  });

  it("reads fields sharing a flag bit together, once, and checks them all-or-none before writing any", () => {
    const base = { peer, adminId: self, limit: 10 };
    const whole = shifting(new Api.messages.GetExportedChatInvites(base), {
      offsetDate: [5, undefined],
      offsetLink: ["x", undefined],
    });
    const expected = new Api.messages.GetExportedChatInvites({ ...base, offsetDate: 5, offsetLink: "x" });
    expect(hex(whole.value.serialize())).toBe(hex(expected.serialize()));
    expect(maxReads(whole.reads)).toBe(1);

    const half = shifting(new Api.messages.GetExportedChatInvites(base), {
      offsetDate: [5],
      offsetLink: [undefined, "x"],
    });
    const w = new TlWriter();
    const e = thrown(() => half.value.encodeTo(w), TlEncodeError);
    expect(e.message).toContain("share flag bit flags.2");
    expect(w.length).toBe(0);
  });

  it("reads a vector's length once", () => {
    const { value: users, reads } = lyingArray([2, 5], self);
    const out = new Api.channels.InviteToChannel({ channel, users: loose(users) }).serialize();
    expect(hex(out)).toBe(hex(new Api.channels.InviteToChannel({ channel, users: [self, self] }).serialize()));
    expect(reads.length).toBe(1);
  });

  it.each([-1, 1.5, 2 ** 32, Number.NaN])("refuses an array-like whose length is %s, not a uint32", (length) => {
    const { value: users } = lyingArray([length], self);
    const e = thrown(
      () => new Api.channels.InviteToChannel({ channel, users: loose(users) }).serialize(),
      TlEncodeError,
    );
    expect(e.path.join(".")).toBe("channels.inviteToChannel.users");
  });

  it("encodes a Uint8Array subclass with a lying length by its real length, leaking no stale writer bytes", () => {
    // Leave recognisable bytes behind in the writers first.
    new Api.messages.ExportChatInvite({ peer, title: "Z".repeat(2000) }).serialize();
    const w = new TlWriter();
    w.string("Z".repeat(2000));
    w.reset();
    const real = new Uint8Array([1, 2, 3]);
    for (const claimed of [200, 0, 2]) {
      const out = encodeWith(writeTypeInputPhoto, photo(lying([1, 2, 3], claimed)), "InputPhoto");
      expect(hex(out)).toBe(hex(encodeWith(writeTypeInputPhoto, photo(real), "InputPhoto")));
      expect(decodeWith(readTypeInputPhoto, out)).toMatchObject({ fileReference: real });
      const raw = { encodeTo: (tw: TlWriter) => tw.raw(lying([1, 2, 3, 4], claimed)) };
      new Api.InvokeWithLayer({ layer: 227, query: loose(raw) }).encodeTo(w);
      expect(hex(w.finish())).toBe("0d0d9bdae300000001020304");
      w.reset();
    }
    // Node's Buffer is a Uint8Array subclass too, and encodes as one.
    expect(hex(encodeWith(writeTypeInputPhoto, photo(Buffer.from([1, 2, 3])), "InputPhoto"))).toBe(
      hex(encodeWith(writeTypeInputPhoto, photo(real), "InputPhoto")),
    );
  });

  it("refuses a Uint8Array whose buffer was transferred, naming the field", () => {
    const gone = new Uint8Array([1, 2, 3]);
    structuredClone(gone.buffer, { transfer: [gone.buffer] });
    const e = thrown(() => encodeWith(writeTypeInputPhoto, photo(gone), "InputPhoto"), TlEncodeError);
    expect(e.path.join(".")).toBe("InputPhoto.fileReference");
    expect(e.message).toContain("detached");
  });
});

describe("limits that stop hostile values early", () => {
  it("refuses JSONValue nested deeper than 64 with a TlEncodeError, and what is refused writes nothing", () => {
    const deepest = encodeWith(writeTypeJSONValue, loose(nestedJson(64)), "JSONValue");
    expect(decodeWith(readTypeJSONValue, deepest)).toEqual(nestedJson(64));
    for (const levels of [65, 1000]) {
      const e = thrown(() => encodeWith(writeTypeJSONValue, loose(nestedJson(levels)), "JSONValue"), TlEncodeError);
      expect(e.message).toContain("deeper than 64 levels");
    }
    const w = new TlWriter();
    const first = new Api.messages.ImportChatInvite({ hash: "kept" });
    first.encodeTo(w);
    const refused = new Api.InitConnection({
      apiId: 1,
      deviceModel: "d",
      systemVersion: "s",
      appVersion: "a",
      systemLangCode: "en",
      langPack: "",
      langCode: "en",
      params: loose(nestedJson(1000)),
      query: first,
    });
    expect(() => refused.encodeTo(w)).toThrow(TlEncodeError);
    expect(hex(w.finish())).toBe(hex(first.serialize()));
  });

  it("fails fast on a cyclic value, with a path no longer than the depth limit", () => {
    for (const branches of [1, 2]) {
      const cycle = countedCycle(branches);
      const e = thrown(() => encodeWith(writeTypeJSONValue, loose(cycle.value), "JSONValue"), TlEncodeError);
      expect(e.message).toContain("deeper than 64 levels");
      expect(e.path.length).toBeLessThanOrEqual(2 * 64 + 1);
      // Two runs (the encode and its trace) of 64 levels, a few reads each: not thousands.
      expect(cycle.reads()).toBeLessThan(1000);
    }
    const loop = new Api.InvokeWithLayer({ layer: 227, query: new Api.messages.ImportChatInvite({ hash: "x" }) });
    (loop as { query: unknown }).query = loop;
    expect(thrown(() => loop.serialize(), TlEncodeError).message).toContain("deeper than 64 levels");
  });

  it("fails fast on a query whose encodeTo serializes the request that holds it", () => {
    // Each serialize() gets a writer of its own, so only a limit on nested encodes stops this.
    let calls = 0;
    const query = {
      encodeTo: (w: TlWriter) => {
        if (++calls > 100_000) throw new RunawayRead("encodeTo ran 100000 times");
        w.raw(outer.serialize());
      },
    };
    const outer = new Api.InvokeWithLayer({ layer: 227, query: loose(query) });
    const e = thrown(() => outer.serialize(), TlEncodeError);
    expect(e.message).toContain("encodes nest deeper than 64 levels");
    // The encode, then one trace per level of what it nests: about 64 * 64 / 2 calls, not 2^64.
    expect(calls).toBeLessThan(64 * 64);
    expect(hex(new Api.messages.ImportChatInvite({ hash: "after" }).serialize())).toBe("6e4391de0561667465720000");
  });

  it("refuses a 20-million-character string before the writer grows for it", () => {
    const huge = "a".repeat(20_000_000);
    const wide = "€".repeat(5_600_000); // fewer than 16 M characters, 16.8 MB of UTF-8
    for (const hash of [huge, wide]) {
      const w = new TlWriter(64);
      const e = thrown(() => new Api.messages.ImportChatInvite({ hash }).encodeTo(w), TlEncodeError);
      expect(e.message).toContain("at most 16777215 bytes");
      expect(w.buf.byteLength).toBeLessThanOrEqual(1024);
      expect(w.length).toBe(0);
    }
    const before = process.memoryUsage().arrayBuffers;
    expect(() => new Api.messages.ImportChatInvite({ hash: huge }).serialize()).toThrow(TlEncodeError);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(8 * 2 ** 20);
  });

  it("still encodes a string of exactly 16777215 bytes, the longest TL can carry", () => {
    const out = new Api.messages.ImportChatInvite({ hash: "b".repeat(0xffffff) }).serialize();
    expect(hex(out.subarray(0, 8))).toBe("6e4391defeffffff");
    expect(out.length).toBe(4 + 4 + 0xffffff + 1);
  });
});
