// schema:import's renderer: mtcute JSON entries -> TL lines whose ids verify.
import { describe, expect, it } from "vitest";
import { renderEntry } from "../../generator/import/render-mtcute-schema.ts";
import { analyze, readSchema } from "../helpers.ts";

describe("rendering mtcute entries as TL", () => {
  it("renders int53 as long, isVector as Vector<...> and predicates as flags.N?", () => {
    const line = renderEntry({
      kind: "method",
      name: "messages.getExportedChatInvites",
      type: "messages.ExportedChatInvites",
      id: 0xa2b5a3f6,
      arguments: [
        { name: "flags", type: "#" },
        { name: "revoked", type: "true", typeModifiers: { predicate: "flags.3" } },
        { name: "peer", type: "InputPeer" },
        { name: "admin_id", type: "InputUser" },
        { name: "offset_date", type: "int", typeModifiers: { predicate: "flags.2" } },
        { name: "offset_link", type: "string", typeModifiers: { predicate: "flags.2" } },
        { name: "limit", type: "int" },
        { name: "ids", type: "int53", typeModifiers: { isVector: true } },
      ],
    });
    expect(line).toBe(
      "messages.getExportedChatInvites#a2b5a3f6 flags:# revoked:flags.3?true peer:InputPeer admin_id:InputUser offset_date:flags.2?int offset_link:flags.2?string limit:int ids:Vector<long> = messages.ExportedChatInvites;",
    );
  });
  it("renders mtproto's bare vectors and strips the mt_ prefix", () => {
    const line = renderEntry({
      kind: "class",
      name: "mt_future_salts",
      type: "FutureSalts",
      id: 0xae500895,
      arguments: [
        { name: "req_msg_id", type: "long" },
        { name: "now", type: "int" },
        { name: "salts", type: "mt_future_salt", typeModifiers: { isBareVector: true, isBareType: true } },
      ],
    });
    expect(line).toBe("future_salts#ae500895 req_msg_id:long now:int salts:vector<future_salt> = FutureSalts;");
    expect(analyze("future_salt#0949d9dc valid_since:int valid_until:int salt:long = FutureSalt;\n" + line).ids.mismatched).toEqual([]);
  });
  it("produced schema/api.tl with a header naming the package, version and layer", () => {
    const text = readSchema("api.tl");
    expect(text.split("\n")[0]).toBe('// Rendered by "npm run schema:import" from @mtcute/core@0.30.3 tl/api-schema.json, layer 227.');
    expect(text.trimEnd().endsWith("// LAYER 227")).toBe(true);
    expect(text).not.toContain("mtcute.");
  });
});
