// Constructor ids: CRC32 of the normalized line, computed == declared on every real line.
import { beforeAll, describe, expect, it } from "vitest";
import { crc32, normalizedLine } from "../../generator/model/ctor-id.ts";
import { analyzeSchema } from "../../generator/model/analyze.ts";
import { loadIdAllowlist } from "../../generator/input/project-files.ts";
import { HAS_SHARED, analyze, readSchema, readShared } from "../helpers.ts";

const check = (files: [string, string][]) =>
  analyzeSchema(files.map(([file, text]) => ({ file, text })), loadIdAllowlist());

describe("crc32", () => {
  it("matches the IEEE CRC32 check value", () => {
    expect(crc32("123456789")).toBe(0xcbf43926);
    expect(crc32("")).toBe(0);
  });
});

describe("normalized line", () => {
  let model: ReturnType<typeof analyze>["model"];
  beforeAll(() => {
    model = analyze(
      "messages.exportChatInvite#a455de90 flags:# legacy_revoke_permanent:flags.2?true request_needed:flags.3?true peer:InputPeer expire_date:flags.0?int usage_limit:flags.1?int title:flags.4?string subscription_pricing:flags.5?StarsSubscriptionPricing = ExportedChatInvite;",
    ).model;
  });
  it("drops ?true fields, the id and the ;", () => {
    const c = model.constructors[0];
    expect(normalizedLine({ ...c, result: "ExportedChatInvite" })).toBe(
      "messages.exportChatInvite flags:# peer:InputPeer expire_date:flags.0?int usage_limit:flags.1?int title:flags.4?string subscription_pricing:flags.5?StarsSubscriptionPricing = ExportedChatInvite",
    );
  });
  it("counts a field's own bytes as string but keeps Vector<bytes>", () => {
    const c = analyze("a#1 x:bytes y:flags.0?bytes z:Vector<bytes> flags:# = A;").model.constructors[0];
    expect(normalizedLine({ ...c, result: "A" })).toBe("a x:string y:flags.0?string z:Vector bytes flags:# = A");
  });
  it("turns < into a space and removes >, { and }", () => {
    const c = analyze("invokeWithLayer#1 {X:Type} layer:int query:!X = X;").model.constructors[0];
    expect(normalizedLine({ ...c, result: "X" })).toBe("invokeWithLayer X:Type layer:int query:!X = X");
  });
  it("computes the id of a line that has none", () => {
    const c = analyze("inputPeerEmpty = InputPeer;").model.constructors[0];
    expect(c.declaredId).toBeNull();
    expect(c.id).toBe(0x7f3b18ea);
  });
  it("verifies builtins with an id: vector#1cb5c415", () => {
    const { model, diagnostics } = analyze("vector#1cb5c415 {t:Type} # [ t ] = Vector t;");
    expect(diagnostics).toEqual([]);
    expect(model.builtins[0].computedId).toBe(0x1cb5c415);
  });
});

describe("ids of the real schema files", () => {
  it("verifies every line of schema/api.tl and schema/mtproto.tl", () => {
    const a = check([["schema/api.tl", readSchema("api.tl")], ["schema/mtproto.tl", readSchema("mtproto.tl")]]);
    expect(a.diagnostics).toEqual([]);
    expect(a.ids.checked).toBe(a.model.constructors.length + a.model.functions.length + 1);
    expect(a.ids.mismatched).toEqual([]);
  });

  it.skipIf(!HAS_SHARED)("verifies all 2449 ids of layer 228 and all of layer 223 with no mismatch", () => {
    const l228 = check([["api.tl", readShared("api.tl")]]);
    expect([l228.ids.checked, l228.ids.mismatched, l228.model.functions.length, l228.failed]).toEqual([2449, [], 806, false]);
    const l223 = check([["api-layer223.tl", readShared("api-layer223.tl")]]);
    expect([l223.ids.mismatched, l223.failed]).toEqual([[], false]);
  });

  it.skipIf(!HAS_SHARED)("finds in mtproto.tl only the three allowlisted mismatches", () => {
    const a = check([["mtproto.tl", readShared("mtproto.tl")]]);
    expect(a.diagnostics).toEqual([]);
    expect(a.ids.mismatched.sort()).toEqual(["accessPointRule", "help.configSimple", "ipPortSecret"]);
    expect(a.ids.allowlisted.sort()).toEqual(a.ids.mismatched.sort());
  });

  it.skipIf(!HAS_SHARED)("reports an allowlisted name as an error when its declared id changes", () => {
    const text = readShared("mtproto.tl").replace("ipPortSecret#37982646", "ipPortSecret#37982647");
    const a = check([["mtproto.tl", text]]);
    expect(a.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["TL016", "ipPortSecret declares id #37982647, but its line computes to #402d9b47"],
    ]);
  });
});
