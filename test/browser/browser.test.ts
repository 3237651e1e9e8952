// The generated package runs where its README says it runs: a consumer bundled by esbuild for
// the browser (test/browser/consumer.ts) runs in headless Chromium, and what the page encoded
// and decoded equals what mtcute and GramJS (and, for one request, a hand count) say.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Api, TlDecodeError } from "tl-invite";
import { bundleForBrowser, findChromium, runPage, withoutComments, CHROMIUM_PATH } from "./chromium.ts";
import { exportParams, fromHex, importParams, invite, toHex, type PageInput, type Tagged } from "./vectors.ts";

const here = dirname(fileURLToPath(import.meta.url));
const chromium = findChromium();
const title = chromium
  ? "the generated package in headless Chromium"
  : `the generated package in headless Chromium (skipped: no browser at ${CHROMIUM_PATH}; scripts/install-chromium.sh installs Debian's chromium)`;

/** Undoes the page's tagging: `{ $bigint }` to bigint, `{ $bytes }` to Uint8Array. */
function untag(v: Tagged): unknown {
  if (Array.isArray(v)) return v.map(untag);
  if (v !== null && typeof v === "object") {
    if (typeof v.$bigint === "string") return BigInt(v.$bigint);
    if (typeof v.$bytes === "string") return fromHex(v.$bytes);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, untag(x)]));
  }
  return v;
}

/** Each match of `re` in `code` with a little context, so a failure shows where (not the whole bundle). */
function excerpts(code: string, re: RegExp): { before: string; match: string; after: string }[] {
  return [...code.matchAll(re)].map((m) => ({
    before: code.slice(Math.max(0, m.index - 60), m.index),
    match: m[0],
    after: code.slice(m.index + m[0].length, m.index + m[0].length + 30),
  }));
}

/** The same values encoded by the reference libraries, as hex. */
interface Reference {
  exportChatInvite: { mtcute: string; gramjs: string };
  importChatInvite: { mtcute: string };
  invite: { mtcute: string; gramjs: string };
}

/** Loads GramJS and mtcute (only when the tests run, not when they are collected) and encodes with both. */
async function encodeWithReferences(): Promise<Reference> {
  const { gramObject, mtcuteObject, mtcuteSerialize } = await import("../support/reference-libs.ts");
  const mtcute = (value: object, tlName?: string) => toHex(mtcuteSerialize(mtcuteObject(value, tlName)));
  const gramjs = (value: object, tlName?: string) => toHex(gramObject(value, tlName).getBytes());
  return {
    exportChatInvite: {
      mtcute: mtcute(exportParams, "messages.exportChatInvite"),
      gramjs: gramjs(exportParams, "messages.exportChatInvite"),
    },
    // GramJS's layer has another importChatInvite (another id and result), so only mtcute here.
    importChatInvite: { mtcute: mtcute(importParams, "messages.importChatInvite") },
    invite: { mtcute: mtcute(invite), gramjs: gramjs(invite) },
  };
}

/** What decoding the truncated answer throws in Node, for comparison with the page. */
function nodeError(truncated: Uint8Array): TlDecodeError {
  try {
    new Api.messages.ExportChatInvite(exportParams).decodeResult(truncated);
  } catch (e) {
    if (e instanceof TlDecodeError) return e;
    throw e;
  }
  throw new Error("decoding the truncated answer succeeded in Node");
}

describe.skipIf(!chromium)(title, () => {
  let dir: string;
  let bundle: string;
  let input: PageInput;
  let reference: Reference;
  let report: Record<string, Tagged>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "tlgen-browser-"));
    bundle = await bundleForBrowser(join(here, "consumer.ts"));
    reference = await encodeWithReferences();
    const answer = reference.invite.mtcute;
    input = { answerHex: answer, truncatedHex: answer.slice(0, answer.length - 12) }; // 6 bytes short
    report = await runPage(chromium!, dir, bundle, input);
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("bundles the consumer for the browser with no Buffer, process, node: import or require in its code", async () => {
    const code = await withoutComments(bundle);
    expect(code.includes("TlDecodeError"), "the package is in the bundle").toBe(true);
    // globalThis.Buffer and globalThis.process are feature checks (GramJS interop hands Node a
    // Buffer, and looks for the loaded GramJS, when there are such things); a bare Buffer or
    // process would be a ReferenceError in a browser.
    const bare = (name: RegExp) => excerpts(code, name).filter((e) => !e.before.endsWith("globalThis."));
    expect(bare(/\bBuffer\b/g)).toEqual([]);
    expect(bare(/\bprocess\b/g)).toEqual([]);
    expect(excerpts(code, /node:/g)).toEqual([]);
    expect(excerpts(code, /\brequire\b/g)).toEqual([]);
  });

  it("runs the whole consumer in Chromium, where Buffer and process do not exist", () => {
    expect(report.error).toBeUndefined();
    expect(report.done).toBe(true);
    expect(report.userAgent).toMatch(/HeadlessChrome\//);
    expect(report.globals).toEqual({ Buffer: "undefined", process: "undefined" });
  });

  it("serializes new Api.messages.ExportChatInvite({...}) to the bytes mtcute and GramJS give", () => {
    const { mtcute, gramjs } = reference.exportChatInvite;
    expect(mtcute).toBe(gramjs);
    expect(report.exportChatInvite).toMatch(/^90de55a4/); // 0xa455de90, little-endian
    expect(report.exportChatInvite).toBe(mtcute);
  });

  it("serializes ImportChatInvite from tl-invite/messages to mtcute's bytes and the hand-counted ones", () => {
    // 0xde91436e little-endian, then the 12-byte string: length byte, bytes, 3 bytes of padding.
    const byHand = "6e4391de" + "0c" + toHex(new TextEncoder().encode(importParams.hash)) + "000000";
    expect(reference.importChatInvite.mtcute).toBe(byHand);
    expect(report.importChatInvite).toBe(byHand);
  });

  it("decodes mtcute's chatInviteExported answer with request.decodeResult to the invite it encoded", () => {
    expect(reference.invite.mtcute).toBe(reference.invite.gramjs);
    expect(untag(report.decoded)).toEqual(invite);
  });

  it("encodes the invite with encodeWith to mtcute's bytes and decodes them back with decodeWith", () => {
    expect(report.encodedInvite).toBe(input.answerHex);
    expect(untag(report.decodedWith)).toEqual(invite);
  });

  it("throws a TlDecodeError for a truncated answer, with the message and offset Node gives", () => {
    const expected = nodeError(fromHex(input.truncatedHex));
    expect(expected.message).toContain(`offset ${expected.offset}`);
    expect(expected.message).toContain("amount"); // the field being read when the input ran out
    expect(report.truncated).toEqual({
      name: "TlDecodeError",
      isTlDecodeError: true,
      message: expected.message,
      offset: expected.offset,
    });
  });
});
