// Only own properties reach the wire: values inherited from a polluted Object.prototype
// (`Object.prototype.title = "x"`, `Object.prototype._ = ...`, an index) are never encoded, for
// requests built before or after the pollution, for nested plain objects, at any depth, and a
// cyclic value is still refused fast while the prototype is polluted. Each case pollutes inside
// withPollutedPrototype (which always cleans up) and asserts after it.
import { describe, expect, it } from "vitest";
import { Api, TlEncodeError, encodeWith } from "tl-invite";
import { writeTypeExportedChatInvite, writeTypeInputPeer, writeTypeJSONValue } from "tl-invite/codecs";
import {
  countedCycle,
  hex,
  loose,
  nestedJson,
  withPollutedPrototype,
  type Outcome,
} from "../support/hostile-values.ts";

const peer = { _: "inputPeerSelf" } as const;
const invite = { _: "chatInviteExported", link: "https://t.me/+abc", adminId: 42n, date: 1700000000 } as const;

/** The bytes of a successful outcome, as hex; fails the test for a refusal. */
const bytesOf = (o: Outcome<Uint8Array>): string => {
  if (!o.ok) throw new Error(`expected bytes, got ${String(o.error)}`);
  return hex(o.value);
};

/** The TlEncodeError of a refused outcome; fails the test for bytes or another error. */
const refusalOf = (o: Outcome<unknown>): TlEncodeError => {
  if (o.ok) throw new Error("expected a TlEncodeError, the value was encoded");
  if (!(o.error instanceof TlEncodeError)) throw new Error(`expected a TlEncodeError, got ${String(o.error)}`);
  return o.error;
};

describe("a polluted Object.prototype never reaches the wire", () => {
  it("sends no inherited title for a request built before the pollution", () => {
    const request = new Api.messages.ExportChatInvite({ peer, usageLimit: 3 });
    const clean = hex(request.serialize());
    const copy = new Api.messages.ExportChatInvite({ peer, usageLimit: 3 }).serialize({ copy: true });
    expect(bytesOf(withPollutedPrototype({ title: "x" }, () => request.serialize()))).toBe(clean);
    expect(hex(copy)).toBe(clean);
  });

  it("sends no inherited title for a request built after the pollution", () => {
    const clean = hex(new Api.messages.ExportChatInvite({ peer, usageLimit: 3 }).serialize());
    const polluted = withPollutedPrototype({ title: "x" }, () =>
      new Api.messages.ExportChatInvite({ peer, usageLimit: 3 }).serialize(),
    );
    expect(bytesOf(polluted)).toBe(clean);
  });

  it("sends no inherited field of nested plain objects, in requests and in codecs", () => {
    const cleanInvite = hex(encodeWith(writeTypeExportedChatInvite, invite, "ExportedChatInvite"));
    const polluted = withPollutedPrototype({ title: "x", usage: 5 }, () =>
      encodeWith(writeTypeExportedChatInvite, invite, "ExportedChatInvite"),
    );
    expect(bytesOf(polluted)).toBe(cleanInvite);
    // A required field missing from a nested peer stays missing: inherited accessHash is refused.
    const user = loose({ _: "inputPeerUser", userId: 1n });
    const before = new Api.messages.ExportChatInvite({ peer: user });
    const refusedBefore = withPollutedPrototype({ accessHash: 5n }, () => before.serialize());
    const refusedAfter = withPollutedPrototype({ accessHash: 5n }, () =>
      new Api.messages.ExportChatInvite({ peer: user }).serialize(),
    );
    for (const o of [refusedBefore, refusedAfter])
      expect(refusalOf(o).path.join(".")).toBe("messages.exportChatInvite.peer.accessHash");
  });

  it("never picks a constructor from an inherited `_`", () => {
    const before = new Api.messages.ExportChatInvite({ peer: loose({}) });
    const outcomes = withPollutedPrototype({ _: "inputPeerSelf" }, () => [
      withOutcome(() => before.serialize()),
      withOutcome(() => new Api.messages.ExportChatInvite({ peer: loose({}) }).serialize()),
      withOutcome(() => encodeWith(writeTypeInputPeer, loose({}), "InputPeer")),
      withOutcome(() => new Api.messages.ExportChatInvite({ peer }).serialize()),
    ]);
    if (!outcomes.ok) throw outcomes.error;
    const [a, b, c, own] = outcomes.value;
    for (const o of [a, b, c]) expect(refusalOf(o).message).toContain("expected a constructor of InputPeer");
    expect(bytesOf(own)).toBe(hex(new Api.messages.ExportChatInvite({ peer }).serialize()));
  });

  it("never fills a hole in a vector from an inherited index", () => {
    const users = loose([, { _: "inputUserSelf" }]); // eslint-disable-line no-sparse-arrays
    const channel = { _: "inputChannelEmpty" } as const;
    const o = withPollutedPrototype({ 0: { _: "inputUserSelf" } }, () =>
      new Api.channels.InviteToChannel({ channel, users }).serialize(),
    );
    expect(refusalOf(o).message).toBe("channels.inviteToChannel.users[0]: InputUser is required, got undefined");
  });

  it("never fills a hole in a vector from an index added to Array.prototype", () => {
    const users = loose([, { _: "inputUserSelf" }]); // eslint-disable-line no-sparse-arrays
    const channel = { _: "inputChannelEmpty" } as const;
    const o = withPollutedPrototype(
      { 0: { _: "inputUserSelf" } },
      () => new Api.channels.InviteToChannel({ channel, users }).serialize(),
      Array.prototype,
    );
    expect(refusalOf(o).message).toBe("channels.inviteToChannel.users[0]: InputUser is required, got undefined");
    const whole = new Api.channels.InviteToChannel({ channel, users: [{ _: "inputUserSelf" }] });
    const clean = hex(whole.serialize());
    expect(bytesOf(withPollutedPrototype({ 1: { _: "inputUserEmpty" } }, () => whole.serialize(), Array.prototype))).toBe(clean);
  });

  it("copies own values as deep as the writer goes: no inherited `_` at JSONValue level 40", () => {
    const deep = loose(nestedJson(40, {}));
    const o = withPollutedPrototype({ _: "jsonNull" }, () => encodeWith(writeTypeJSONValue, deep, "JSONValue"));
    expect(refusalOf(o).message).toContain("expected a constructor of JSONValue");
    const fine = loose(nestedJson(64));
    expect(
      bytesOf(withPollutedPrototype({ _: "jsonNull" }, () => encodeWith(writeTypeJSONValue, fine, "JSONValue"))),
    ).toBe(hex(encodeWith(writeTypeJSONValue, fine, "JSONValue")));
  });

  it("refuses a cyclic value fast while the prototype is polluted, even one that branches", () => {
    for (const branches of [1, 2]) {
      const cycle = countedCycle(branches);
      const o = withPollutedPrototype({ polluted: true }, () =>
        encodeWith(writeTypeJSONValue, loose(cycle.value), "JSONValue"),
      );
      expect(refusalOf(o).message).toContain("deeper than 64 levels");
      expect(cycle.reads()).toBeLessThan(1000);
    }
  });
});

/** What `f` gave, its value or its error (to collect several outcomes under one pollution). */
function withOutcome<T>(f: () => T): Outcome<T> {
  try {
    return { ok: true, value: f() };
  } catch (error) {
    return { ok: false, error };
  }
}
