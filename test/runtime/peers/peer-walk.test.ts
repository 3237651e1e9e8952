// The fields the peer walk follows, checked against the schemas: every field whose TL type can
// hold a User or a Chat (through any chain of constructors and vectors) is in PEER_PATH_KEYS, in
// the bundled schema and in GramJS's, so that no answer hides a peer from the cache. A layer bump
// that adds such a field fails here, naming it.
import { describe, expect, it } from "vitest";
import { PEER_PATH_KEYS } from "../../../generator/runtime/peers/peer-walk.ts";
import { propertyName } from "../../../generator/plan/names.ts";
import { analyzeSchema, type SchemaSource } from "../../../generator/model/analyze.ts";
import type { SchemaModel, TypeRef } from "../../../generator/model/ir.ts";
import { readSchema } from "../../helpers.ts";
import { gramjsSources } from "../../interop/gramjs-schema.ts";

/** The type a reference names, through vectors: `Vector<User>` -> `User`; null for primitives. */
function named(t: TypeRef, model: SchemaModel): string | null {
  if (t.kind === "vector") return named(t.element, model);
  if (t.kind === "union") return t.name;
  if (t.kind === "bare") {
    const ctor = model.constructors.find((c) => c.name === t.name);
    return ctor && ctor.result.kind === "union" ? ctor.result.name : t.name;
  }
  return null;
}

/** The property names of the constructor fields whose type can hold a User or a Chat. */
function peerPathKeys(sources: SchemaSource[]): Set<string> {
  const { model } = analyzeSchema(sources);
  const fields = model.constructors.flatMap((c) =>
    c.params.flatMap((p) => (p.kind === "value" ? [{ owner: c.result.kind === "union" ? c.result.name : c.name, name: p.name, type: named(p.type, model) }] : [])),
  );
  const holding = new Set(["User", "Chat"]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const f of fields)
      if (f.type && holding.has(f.type) && !holding.has(f.owner)) {
        holding.add(f.owner);
        grew = true;
      }
  }
  return new Set(fields.filter((f) => f.type && holding.has(f.type)).map((f) => propertyName(f.name)));
}

describe("PEER_PATH_KEYS", () => {
  it("holds every field of the bundled schema whose type can hold a user or chat", () => {
    const keys = peerPathKeys([{ file: "api.tl", text: readSchema("api.tl") }]);
    expect(keys.has("users") && keys.has("chats") && keys.has("updates")).toBe(true);
    expect([...keys].filter((k) => !PEER_PATH_KEYS.has(k)).sort()).toEqual([]);
  });

  it("holds every such field of GramJS's schema too", () => {
    const keys = peerPathKeys(gramjsSources());
    expect(keys.size).toBeGreaterThan(20);
    expect([...keys].filter((k) => !PEER_PATH_KEYS.has(k)).sort()).toEqual([]);
  });
});
