// Writers that never mix messages: a serialize() nested in another encode gets a writer of its
// own, a failed encodeTo(writer) rolls the writer back (bytes and nesting depth), and
// serialize()'s memory is what the README says: pooled views, or memory of its own on request
// that transfers without touching any other output; a transferred slab is never written again.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { Api, TlEncodeError, TlWriter, encodeWith } from "tl-invite";
import { writeTypeInputPhoto } from "tl-invite/codecs";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { hex, loose, nestedJson } from "../support/hostile-values.ts";

const peer = { _: "inputPeerSelf" } as const;
const connection = {
  apiId: 1,
  deviceModel: "d",
  systemVersion: "s",
  appVersion: "a",
  systemLangCode: "en",
  langPack: "",
  langCode: "en",
};
const transfer = (b: Uint8Array): void => void structuredClone(b.buffer, { transfer: [b.buffer] });

describe("writers that never mix messages", () => {
  it("gives a serialize() run inside a query's encodeTo the issue's exact bytes", () => {
    const out = new Api.InvokeWithLayer({
      layer: 227,
      query: loose({
        encodeTo: (w: TlWriter) => w.raw(new Api.messages.ImportChatInvite({ hash: "AbCdEf" }).serialize()),
      }),
    }).serialize();
    expect(hex(out)).toBe("0d0d9bdae30000006e4391de0641624364456600");
  });

  it("keeps both outputs whole when a getter serializes another request mid-encode", () => {
    const outer = new Api.messages.ExportChatInvite({ peer, usageLimit: 7, title: "t" });
    const expected = hex(outer.serialize());
    let inner = "";
    Object.defineProperty(outer, "title", {
      get: () => {
        inner = hex(new Api.messages.ImportChatInvite({ hash: "AbCdEf" }).serialize());
        return "t";
      },
    });
    expect(hex(outer.serialize())).toBe(expected);
    expect(inner).toBe("6e4391de0641624364456600");
  });

  it("leaves a reused writer holding exactly the messages that succeeded, after failures at any depth", () => {
    const good = [
      new Api.messages.ImportChatInvite({ hash: "a" }),
      new Api.messages.ExportChatInvite({ peer, usageLimit: 5, title: "ok" }),
      new Api.InvokeWithLayer({ layer: 227, query: new Api.messages.CheckChatInvite({ hash: "h" }) }),
      new Api.messages.ImportChatInvite({ hash: "last" }),
    ];
    const bad = [
      // fails after its id, flags, peer and usageLimit are written
      new Api.messages.ExportChatInvite(loose({ peer, usageLimit: 1, title: 5 })),
      // fails inside the nested query, after the wrapper's id and layer
      new Api.InvokeWithLayer({ layer: 227, query: new Api.messages.ExportChatInvite(loose({ peer, title: 5 })) }),
      // a hand-written query that writes, then throws something that is not a TlEncodeError
      new Api.InvokeWithLayer({
        layer: 227,
        query: loose({
          encodeTo: (w: TlWriter) => {
            w.int(7);
            throw new Error("boom");
          },
        }),
      }),
    ];
    const w = new TlWriter();
    good.forEach((request, i) => {
      request.encodeTo(w);
      if (i >= bad.length) return;
      const before = w.length;
      expect(() => bad[i].encodeTo(w)).toThrow();
      expect(w.length).toBe(before);
    });
    expect(hex(w.finish())).toBe(good.map((r) => hex(r.serialize())).join(""));
  });

  it("restores a reused writer's nesting depth after a failed encodeTo, so it still takes 64 levels", () => {
    const w = new TlWriter();
    const failing = new Api.InitConnection({
      ...connection,
      params: loose(nestedJson(60, { _: "jsonNumber", value: "not a number" })),
      query: new Api.messages.ImportChatInvite({ hash: "x" }),
    });
    for (let i = 0; i < 100; i++) expect(() => failing.encodeTo(w)).toThrow(TlEncodeError);
    const deepest = new Api.InitConnection({
      ...connection,
      params: loose(nestedJson(64)),
      query: new Api.messages.ImportChatInvite({ hash: "x" }),
    });
    deepest.encodeTo(w);
    expect(hex(w.finish())).toBe(hex(deepest.serialize()));
  });
});

describe("serialize()'s memory", () => {
  // Hashes long enough for outputs past 64 bytes, the ones the pool serves.
  const request = (hash: string) => new Api.messages.ImportChatInvite({ hash: hash.padEnd(70, ".") });
  const small = (hash: string) => new Api.messages.ImportChatInvite({ hash });

  it("returns pooled views, and { copy: true } gives memory of its own that transfers without touching other outputs", () => {
    const a = request("first").serialize();
    const b = request("second").serialize();
    // The README's promise: a view into a shared slab, like Node's Buffer.allocUnsafe.
    expect(a.length).toBeGreaterThan(64);
    expect(a.buffer).toBe(b.buffer);
    expect(a.buffer.byteLength).toBeGreaterThan(a.length);
    const photo = { _: "inputPhoto", id: 1n, accessHash: 2n, fileReference: new Uint8Array([9]) } as const;
    const own = request("own").serialize({ copy: true });
    const ownCodec = encodeWith(writeTypeInputPhoto, photo, "InputPhoto", { copy: true });
    expect(hex(own)).toBe(hex(request("own").serialize()));
    expect(hex(ownCodec)).toBe(hex(encodeWith(writeTypeInputPhoto, photo, "InputPhoto")));
    const saved = [hex(a), hex(b)];
    for (const out of [own, ownCodec]) {
      expect(out.byteOffset).toBe(0);
      expect(out.buffer.byteLength).toBe(out.length);
      transfer(out);
      expect(out.length).toBe(0);
    }
    expect([hex(a), hex(b)]).toEqual(saved);
  });

  it("gives outputs of up to 64 bytes memory of their own: transferring one empties no other", () => {
    const outputs = ["a", "bb", "c".repeat(56)].map((h) => small(h).serialize());
    expect(outputs.map((o) => o.length)).toEqual([8, 8, 64]);
    const saved = outputs.map(hex);
    for (const out of outputs) expect(out.buffer.byteLength).toBe(out.length);
    transfer(outputs[1]);
    expect([hex(outputs[0]), hex(outputs[2])]).toEqual([saved[0], saved[2]]);
  });

  it("hands out whole, correct outputs after the pool's current slab was transferred", () => {
    const expected = (i: number) => hex(request(`hash-${i}`).serialize({ copy: true }));
    let round: Uint8Array[] = [];
    for (let r = 0; r < 5; r++) {
      round = Array.from({ length: 200 }, (_, i) => request(`hash-${i}`).serialize());
      round.forEach((out, i) => expect(hex(out)).toBe(expected(i)));
      if (r < 4) transfer(round[199]); // the newest output: its slab is the one the pool carves from
    }
    // The last round, carved from a fresh slab after the last transfer, is still whole.
    round.forEach((out, i) => expect(hex(out)).toBe(expected(i)));
  });

  it("gives an empty output memory of its own, even after the first (empty) output was transferred", () => {
    // In a fresh process: the pool's state before its first output is what this is about.
    const script = `
      import { encodeWith } from "tl-invite";
      const nothing = () => {};
      const a = encodeWith(nothing, null, "nothing");
      structuredClone(a.buffer, { transfer: [a.buffer] });
      const b = encodeWith(nothing, null, "nothing");
      const c = encodeWith(nothing, null, "nothing");
      console.log(JSON.stringify([b.length, b.buffer === c.buffer]));
    `;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
    });
    expect(JSON.parse(out)).toEqual([0, false]);
  });
});
