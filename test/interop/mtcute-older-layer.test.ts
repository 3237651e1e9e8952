// mtcute's layer-223 encodings (@mtcute/tl 223.0.0's own writers, through @mtcute/core's binary
// writer) decode with the default package: a user and a channel (whose ids 223 already shares
// with 227), and values of every constructor whose layer-223 form the package reads as an older
// form, equal on every field both layers have.
import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import fc from "fast-check";
import * as ours from "tl-invite";
import { printTypeRef } from "../../generator/model/canonical.ts";
import { NotInReference, mtcuteUtils, toMtcute } from "../support/reference-libs.ts";
import { olderArbitrary, olderCases } from "../support/older-forms.ts";

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const Long: Any = require("long");
const api = ours as Any;

function mtcute223(obj: Any): Uint8Array {
  const { __tlWriterMap } = require("mtcute-tl-223/binary/writer.js");
  return mtcuteUtils.TlBinaryWriter.serializeObject(__tlWriterMap, obj);
}

/**
 * A value with nested objects cut down to their constructor names: a nested object of a type that
 * changed by layer 223 is written by mtcute in its 223 form, read back as an older form itself.
 */
function outline(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(outline);
  if (v && typeof v === "object" && "_" in v) return { _: (v as { _: unknown })._ };
  return v;
}

describe("mtcute's layer-223 encodings", () => {
  it("of a user and a channel decode into today's types with every field equal", () => {
    const user = {
      _: "user",
      id: 123456,
      accessHash: Long.fromString("-7788990011"),
      firstName: "Some",
      lastName: "Body",
      username: "username",
      premium: true,
      bot: true,
      botInfoVersion: 3,
      color: { _: "peerColor", color: 3 },
      usernames: [{ _: "username", editable: true, active: true, username: "other" }],
    };
    const channel = { _: "channel", id: 777000, accessHash: Long.fromString("-99999"), title: "Invite channel", photo: { _: "chatPhotoEmpty" }, date: 1700000000, megagroup: true, participantsCount: 12, username: "chan" };
    expect(ours.decodeWith(ours.readTypeUser, mtcute223(user))).toMatchObject({ ...user, id: 123456n, accessHash: -7788990011n });
    expect(ours.decodeWith(ours.readTypeChat, mtcute223(channel))).toMatchObject({ ...channel, id: 777000n, accessHash: -99999n });
  });

  it("of the constructors whose layer-223 form is an older form decode with every shared field equal", () => {
    const at223 = olderCases().filter((c) => c.form.layers[0] <= 223 && c.form.layers[1] >= 223);
    expect(at223.length).toBeGreaterThan(3);
    let decoded = 0;
    for (const { today, form } of at223) {
      for (const old of fc.sample(olderArbitrary(form), { numRuns: 10, seed: 223 })) {
        const obj: Record<string, unknown> = { _: form.tl.name };
        let bytes: Uint8Array;
        try {
          for (const f of form.fields) if (old[f.prop] !== undefined) obj[f.prop] = f.role === "flag" ? old[f.prop] : toMtcute(old[f.prop], f.param.type, `${form.tl.name}.${f.tlName}`);
          bytes = mtcute223(obj);
        } catch (e) {
          // A nested value of a constructor layer 223 does not have, or a long past mtcute's int53.
          if (e instanceof NotInReference || /unknown|int53|missing/i.test(String(e))) continue;
          throw e;
        }
        expect(new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true), form.reader).toBe(form.id);
        const value = api.decodeWith(api[`read${today.union!.typeName}`], bytes);
        for (const f of today.fields) {
          const o = form.fields.find((x) => x.tlName === f.tlName);
          if (!o || f.group || printTypeRef(o.param.type) !== printTypeRef(f.param.type) || old[o.prop] === undefined) continue;
          const expected = o.role === "flag" ? old[o.prop] === true : old[o.prop];
          // mtcute leaves an empty optional vector out, as if it were absent.
          if (Array.isArray(expected) && expected.length === 0 && o.role === "optional" && value[f.prop] === undefined) continue;
          expect(outline(value[f.prop]), `${form.reader}: ${f.prop}`).toEqual(outline(expected));
        }
        decoded++;
      }
    }
    expect(decoded).toBeGreaterThan(20);
  });
});
