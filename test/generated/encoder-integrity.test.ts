// Writers that never mix messages: a serialize() nested in another encode gets a writer of its
// own, a failed encodeTo(writer) rolls the writer back (bytes and nesting depth), and
// every serialize() output has memory of its own, which a clone or a transfer carries alone.
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
  // Outputs past 64 bytes: the sizes a pooled slab used to serve.
  const request = (hash: string) => new Api.messages.ImportChatInvite({ hash: hash.padEnd(70, ".") });
  const small = (hash: string) => new Api.messages.ImportChatInvite({ hash });
  /** What a worker receives of `b`: a structured clone, which copies the whole buffer. */
  const cloned = (b: Uint8Array): Uint8Array => {
    const copy = structuredClone(b);
    return new Uint8Array(copy.buffer);
  };

  it("gives every output memory of its own: a clone carries its bytes and no other request's", () => {
    const secret = request("code-31337-phone-15550001234").serialize();
    const mine = request("mine").serialize();
    const photo = { _: "inputPhoto", id: 1n, accessHash: 2n, fileReference: new Uint8Array(60).fill(9) } as const;
    const codec = encodeWith(writeTypeInputPhoto, photo, "InputPhoto");
    for (const out of [secret, mine, codec]) {
      expect(out.length).toBeGreaterThan(64);
      expect([out.byteOffset, out.buffer.byteLength]).toEqual([0, out.length]);
      expect(hex(cloned(out))).toBe(hex(out));
    }
    expect(mine.buffer).not.toBe(secret.buffer);
    expect(Buffer.from(cloned(mine)).includes("31337")).toBe(false);
  });

  it("lets any output be transferred without touching another, at every size", () => {
    const outputs = ["a", "bb", "c".repeat(56), "d".repeat(70), "f".repeat(70), "e".repeat(5000)].map((h) => small(h).serialize());
    expect(outputs.map((o) => o.length)).toEqual([8, 8, 64, 76, 76, 5008]);
    const saved = outputs.map(hex);
    for (const [i, out] of outputs.entries()) {
      transfer(out);
      expect(out.length).toBe(0);
      outputs.slice(i + 1).forEach((rest, j) => expect(hex(rest)).toBe(saved[i + 1 + j]));
    }
  });

  it("still takes { copy: true }, which changes nothing", () => {
    const own = request("own").serialize({ copy: true });
    expect(hex(own)).toBe(hex(request("own").serialize()));
    expect([own.byteOffset, own.buffer.byteLength]).toEqual([0, own.length]);
  });

  it("gives an empty output memory of its own, even after the first (empty) output was transferred", () => {
    // In a fresh process: nothing encoded before may matter.
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
