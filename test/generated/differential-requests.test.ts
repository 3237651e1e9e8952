// Requests: our bytes equal GramJS's (layer 198) and mtcute's (layer 227) for the same input,
// for every chat-invite method, with flags in several combinations and edge-case values.
import { beforeAll, describe, expect, it } from "vitest";
import * as pkg from "tl-invite";
import { inviteRoots } from "../support/schema-model.ts";
import { requestVariants } from "../support/sample-values.ts";
import { NotInReference, gramObject, hex, mtcuteObject, mtcuteSerialize } from "../support/reference-libs.ts";
import { namespaceOf, requestClassName } from "../../generator/plan/names.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function ourRequest(tlName: string, params: Record<string, unknown>): any {
  const ns = namespaceOf(tlName);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const space: any = ns ? (pkg.Api as any)[ns] : pkg.Api;
  return new space[requestClassName(tlName)](params);
}

// The roots come from the schema, read when the tests run (not when they are collected).
let roots: ReturnType<typeof inviteRoots>;
beforeAll(() => {
  roots = inviteRoots();
});

describe("request bytes against GramJS and mtcute", () => {
  it("covers the 25 chat-invite methods", () => {
    expect(roots.map((f) => f.name).sort()).toHaveLength(25);
  });

  const tally = { gramjs: 0, mtcute: 0, gramjsSkipped: 0, mtcuteSkipped: 0 };

  it("gives the same bytes for every variant of every chat-invite method", () => {
    for (const f of roots) {
      for (const v of requestVariants(f)) {
        const ours = hex(ourRequest(f.name, v.params).serialize());
        try {
          expect(hex(mtcuteSerialize(mtcuteObject(v.params, f.name))), `${f.name}: mtcute, ${v.label}`).toBe(ours);
          tally.mtcute++;
        } catch (e) {
          if (!(e instanceof NotInReference)) throw e;
          tally.mtcuteSkipped++;
        }
        try {
          const gram = gramObject(v.params, f.name);
          expect(hex(gram.getBytes()), `${f.name}: GramJS, ${v.label}`).toBe(ours);
          tally.gramjs++;
        } catch (e) {
          if (!(e instanceof NotInReference)) throw e;
          tally.gramjsSkipped++;
        }
      }
    }
  });

  it("compared a substantial number of cases with each library", () => {
    console.log("request cases compared:", tally);
    expect(tally.mtcute).toBeGreaterThan(350);
    expect(tally.gramjs).toBeGreaterThan(150);
  });

  it("serializes the README example exactly as GramJS does", () => {
    const request = new pkg.Api.messages.ExportChatInvite({
      peer: { _: "inputPeerSelf" },
      legacyRevokePermanent: true,
      requestNeeded: true,
      expireDate: 43,
      usageLimit: 43,
      title: "My very normal title",
    });
    expect(hex(request.serialize())).toBe("90de55a41f000000c97ea07d2b0000002b000000144d792076657279206e6f726d616c207469746c65000000");
  });
});
