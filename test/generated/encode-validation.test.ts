// Every encoder validates before writing and throws a TlEncodeError naming the path and the
// rule; no partial output is ever returned. One test per rule.
import { thrown } from "../helpers.ts";
import { describe, expect, it, beforeAll } from "vitest";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Api, TlEncodeError, encodeWith } from "tl-invite";
import { writeTypeInputGeoPoint, writeTypeInputPhoto } from "tl-invite/codecs";
import { generateFixture, writeFixture } from "../support/generate-fixture.ts";

/** The error a call throws; fails when it throws nothing or something else. */
const encodeError = (f: () => unknown, errorClass: typeof TlEncodeError = TlEncodeError): TlEncodeError =>
  thrown(f, errorClass);

const peer = { _: "inputPeerSelf" } as const;
// Plain-JS callers: values the types would reject.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const loose = (v: unknown): any => v;

describe("encoder validation", () => {
  it("int: an integer in int32 range", () => {
    const e = encodeError(() => new Api.messages.ExportChatInvite({ peer, usageLimit: 2 ** 31 }).serialize());
    expect(e.path.join(".")).toBe("messages.exportChatInvite.usageLimit");
    expect(e.message).toBe(
      "messages.exportChatInvite.usageLimit: int must be an integer in int32 range (-2147483648..2147483647), got 2147483648",
    );
  });

  it("long: a bigint in int64 range (a safe-integer number is accepted, a string is not)", () => {
    const e = encodeError(() =>
      new Api.messages.ExportChatInvite({
        peer: loose({ _: "inputPeerChannel", channelId: "12", accessHash: 1n }),
      }).serialize(),
    );
    expect(e.message).toBe(
      'messages.exportChatInvite.peer.channelId: long must be a bigint in int64 range (or a safe integer number), got "12"',
    );
    const big = encodeError(() =>
      new Api.messages.ExportChatInvite({
        peer: { _: "inputPeerChannel", channelId: 2n ** 63n, accessHash: 1n },
      }).serialize(),
    );
    expect(big.message).toBe(
      "messages.exportChatInvite.peer.channelId: long must be a bigint in int64 range, got 9223372036854775808n",
    );
    const asNumber = new Api.messages.ExportChatInvite({
      peer: loose({ _: "inputPeerChannel", channelId: 12, accessHash: 1 }),
    }).serialize();
    expect(asNumber).toEqual(
      new Api.messages.ExportChatInvite({
        peer: { _: "inputPeerChannel", channelId: 12n, accessHash: 1n },
      }).serialize(),
    );
  });

  it("double: a number", () => {
    const e = encodeError(() =>
      encodeWith(writeTypeInputGeoPoint, loose({ _: "inputGeoPoint", lat: "1.5", long: 2 }), "InputGeoPoint"),
    );
    expect(e.message).toBe('InputGeoPoint.lat: double must be a number, got "1.5"');
  });

  it("bytes: a Uint8Array", () => {
    const e = encodeError(() =>
      encodeWith(
        writeTypeInputPhoto,
        loose({ _: "inputPhoto", id: 1n, accessHash: 2n, fileReference: [1, 2] }),
        "InputPhoto",
      ),
    );
    expect(e.message).toBe("InputPhoto.fileReference: bytes must be a Uint8Array, got array(2)");
  });

  it("Bool: a boolean", () => {
    const e = encodeError(() =>
      new Api.channels.ToggleJoinRequest(loose({ channel: { _: "inputChannelEmpty" }, enabled: "yes" })).serialize(),
    );
    expect(e.message).toBe('channels.toggleJoinRequest.enabled: Bool must be a boolean, got "yes"');
  });

  it("a ?true flag: a boolean", () => {
    const e = encodeError(() => new Api.messages.ExportChatInvite(loose({ peer, requestNeeded: "no" })).serialize());
    expect(e.message).toBe('messages.exportChatInvite.requestNeeded: a flag (?true) field must be a boolean, got "no"');
  });

  it("required fields are present", () => {
    const e = encodeError(() => new Api.messages.ImportChatInvite(loose({})).serialize());
    expect(e.message).toBe("messages.importChatInvite.hash: string is required, got undefined");
    const p = encodeError(() => new Api.messages.ExportChatInvite(loose({ usageLimit: 1 })).serialize());
    expect(p.message).toBe("messages.exportChatInvite.peer: InputPeer is required, got undefined");
  });

  it("a union field has a constructor of that union", () => {
    const e = encodeError(() => new Api.messages.ExportChatInvite(loose({ peer: { _: "inputUserSelf" } })).serialize());
    expect(e.message).toBe(
      'messages.exportChatInvite.peer: expected a constructor of InputPeer (an object whose _ names one), got _: "inputUserSelf"',
    );
  });

  it("a shared-bit group is all-or-none", () => {
    const e = encodeError(() =>
      new Api.messages.GetExportedChatInvites(
        loose({ peer, adminId: { _: "inputUserSelf" }, limit: 10, offsetDate: 5 }),
      ).serialize(),
    );
    expect(e.path.join(".")).toBe("messages.getExportedChatInvites.offsetLink");
    expect(e.message).toBe(
      "messages.getExportedChatInvites.offsetLink: offsetDate and offsetLink share flag bit flags.2: give all of them or none (missing: offsetLink)",
    );
  });

  it("null counts as absent: no flag bit, no bytes", () => {
    const withNull = new Api.messages.ExportChatInvite(loose({ peer, title: null, expireDate: null })).serialize();
    expect(withNull).toEqual(new Api.messages.ExportChatInvite({ peer }).serialize());
  });

  it("a vector is an array, and its bad element is named by index", () => {
    const e = encodeError(() =>
      new Api.channels.InviteToChannel(
        loose({
          channel: { _: "inputChannelEmpty" },
          users: [{ _: "inputUserSelf" }, { _: "inputUser", userId: 1n, accessHash: 1.5 }],
        }),
      ).serialize(),
    );
    expect(e.message).toBe(
      "channels.inviteToChannel.users[1].accessHash: long must be a bigint in int64 range (or a safe integer number), got 1.5",
    );
    const notArray = encodeError(() =>
      new Api.channels.InviteToChannel(loose({ channel: { _: "inputChannelEmpty" }, users: "me" })).serialize(),
    );
    expect(notArray.message).toBe('channels.inviteToChannel.users: Vector must be an array, got "me"');
  });

  it("returns no partial output: a failed call throws, and the next call is whole", () => {
    expect(() => new Api.messages.ExportChatInvite(loose({ peer, usageLimit: 1, title: 5 })).serialize()).toThrow(
      TlEncodeError,
    );
    const ok = new Api.messages.ImportChatInvite({ hash: "abc" }).serialize();
    expect(Buffer.from(ok).toString("hex")).toBe("6e4391de03616263");
  });

  describe("int128 and int256 (in a fixture package: the invite closure has none)", () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let pkg: any;
    beforeAll(async () => {
      const dir = writeFixture(
        await generateFixture(["schema/fixtures/builtins.tl", "schema/fixtures/emitter-cases.tl"]),
      );
      pkg = await import(pathToFileURL(join(dir, "dist", "index.js")).href);
    });
    it("int128 has exactly 16 bytes and int256 exactly 32", () => {
      const write = (v: unknown) => () => pkg.encodeWith(pkg.writeTypeFixedSizes, v, "FixedSizes");
      const e128 = encodeError(
        write({ _: "fixedSizes", nonce: new Uint8Array(15), key: new Uint8Array(32) }),
        pkg.TlEncodeError,
      );
      expect(e128.message).toBe(
        "FixedSizes.nonce: int128 must be a Uint8Array of exactly 16 bytes, got Uint8Array(15)",
      );
      const e256 = encodeError(
        write({ _: "fixedSizes", nonce: new Uint8Array(16), key: new Uint8Array(33) }),
        pkg.TlEncodeError,
      );
      expect(e256.message).toBe("FixedSizes.key: int256 must be a Uint8Array of exactly 32 bytes, got Uint8Array(33)");
      expect(write({ _: "fixedSizes", nonce: new Uint8Array(16), key: new Uint8Array(32) })().length).toBe(4 + 48);
    });
  });
});
