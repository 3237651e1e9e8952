// Decoding hostile bytes: only TlDecodeError, with the offset, the path of constructors and
// fields being read, what was expected, and for an unknown constructor its id and our layer.
import { thrown } from "../helpers.ts";
import { beforeAll, describe, expect, it } from "vitest";
import {
  Api,
  LAYER,
  OLDEST_LAYER,
  TlDecodeError,
  decodeWith,
  encodeWith,
  readTypeJSONValue,
  readTypeMessagesExportedChatInvites,
  writeTypeJSONValue,
  type TypeMessagesExportedChatInvites,
} from "tl-invite";
import { writeTypeMessagesExportedChatInvites } from "tl-invite/codecs";

const decodeError = (f: () => unknown): TlDecodeError => thrown(f, TlDecodeError);

const invite = (i: number) => ({
  _: "chatInviteExported" as const,
  link: `https://t.me/+invite${i}`,
  adminId: BigInt(i),
  date: 1700000000 + i,
  title: `title ${i}`,
});
const list: TypeMessagesExportedChatInvites = {
  _: "messages.exportedChatInvites",
  count: 5,
  invites: [0, 1, 2, 3, 4].map(invite),
  users: [{ _: "userEmpty", id: 1n }],
};
// Encoded before the tests run, not while they are collected.
let listBytes: Uint8Array;
beforeAll(() => {
  listBytes = encodeWith(writeTypeMessagesExportedChatInvites, list, "messages.ExportedChatInvites");
});
const read = (bytes: Uint8Array) => decodeWith(readTypeMessagesExportedChatInvites, bytes);

/** Offset of the n-th occurrence of an ASCII string in the bytes. */
function offsetOf(bytes: Uint8Array, text: string): number {
  return Buffer.from(bytes).indexOf(Buffer.from(text));
}

describe("decoding hostile bytes", () => {
  it("names an unknown constructor's id in hex, the expected type, the offset and the layers the package reads", () => {
    const e = decodeError(() =>
      new Api.messages.ExportChatInvite({ peer: { _: "inputPeerSelf" } }).decodeResult(
        new Uint8Array([0xde, 0xad, 0xbe, 0xef]),
      ),
    );
    expect(e.offset).toBe(0);
    expect(e.expected).toBe("a constructor of ExportedChatInvite");
    expect(e.message).toBe(
      `unknown constructor 0xefbeadde for ExportedChatInvite (this package reads layers ${OLDEST_LAYER} to ${LAYER}; a newer layer or corrupt input) (offset 0; expected a constructor of ExportedChatInvite)`,
    );
  });

  it("says fromBytes was handed another request's bytes, with both ids, rather than an unknown constructor", () => {
    const other = new Api.messages.ImportChatInvite({ hash: "abc" }).serialize();
    const e = decodeError(() => Api.messages.ExportChatInvite.fromBytes(other));
    expect([e.offset, e.expected]).toEqual([0, "messages.exportChatInvite#a455de90"]);
    expect(e.message).toBe(
      `not a messages.exportChatInvite (layer ${LAYER}): its constructor id is 0xde91436e, not 0xa455de90 (offset 0; expected messages.exportChatInvite#a455de90)`,
    );
  });

  it("gives the path to an unknown constructor deep inside: invites[3]", () => {
    const bytes = listBytes.slice();
    const at = offsetOf(bytes, "https://t.me/+invite3") - 1 - 4 - 4; // id, flags, then the link's length byte
    bytes.set([1, 2, 3, 4], at);
    const e = decodeError(() => read(bytes));
    expect(e.path.join(".").replace(/\.\[/g, "[")).toBe("messages.exportedChatInvites.invites[3]");
    expect(e.offset).toBe(at);
    expect(e.message).toMatch(
      /^unknown constructor 0x04030201 for ExportedChatInvite .* at messages\.exportedChatInvites\.invites\[3\] \(offset \d+;/,
    );
  });

  it("names the field being read when a string runs past the end: invites[3].title", () => {
    const at = offsetOf(listBytes, "title 3") - 1;
    const bytes = listBytes.slice(0, at + 4);
    const e = decodeError(() => read(bytes));
    expect(e.message).toBe(
      `string of 7 bytes runs past the end of the input at messages.exportedChatInvites.invites[3].title (offset ${at}; expected 8 bytes, 4 left)`,
    );
  });

  it("throws only TlDecodeError for every truncation of a valid encoding", () => {
    for (let n = 0; n < listBytes.length; n++) decodeError(() => read(listBytes.subarray(0, n)));
    expect(read(listBytes)).toEqual(expect.objectContaining({ count: 5 }));
  });

  it("rejects an inflated vector count before allocating", () => {
    const bytes = listBytes.slice();
    bytes.set([0xff, 0xff, 0xff, 0x7f], 4 + 4 + 4); // id, count, vector id, then the invites count
    const e = decodeError(() => read(bytes));
    expect(e.message).toMatch(
      /^vector count 2147483647 does not fit in the \d+ bytes left at messages\.exportedChatInvites\.invites/,
    );
  });

  it("reports trailing bytes after a complete result", () => {
    const e = decodeError(() => read(new Uint8Array([...listBytes, 0, 0, 0, 0])));
    expect(e.message).toBe(
      `4 trailing bytes after a complete value (offset ${listBytes.length}; expected the end of the input)`,
    );
  });

  it("limits nesting depth (a 100-deep JSON array)", () => {
    // Built by hand: the encoder refuses to write what the decoder would refuse to read.
    const level = encodeWith(writeTypeJSONValue, { _: "jsonArray", value: [] }, "JSONValue").subarray(0, 8); // jsonArray id, vector id
    const parts = Array.from({ length: 100 }, () => [...level, 1, 0, 0, 0]);
    const bytes = new Uint8Array([...parts.flat(), ...encodeWith(writeTypeJSONValue, { _: "jsonNull" }, "JSONValue")]);
    const e = decodeError(() => decodeWith(readTypeJSONValue, bytes));
    expect(e.message).toMatch(/^objects nest deeper than 64 levels at jsonArray\.value\[0\]\.value\[0\]/);
  });
});
