// GramJS's layer-198 results, read by the default package (layer 227): GramJS writes them with
// its own classes at its own layer (user#4b46c37e, channel#e00998b7, ...), and the readers'
// earlier forms read them into today's types. Every value a layer-198 field gives comes back
// equal wherever the field exists at both layers (same name, same TL type).
import { beforeAll, describe, expect, it } from "vitest";
import * as ours from "tl-invite";
import { printTypeRef } from "../../generator/model/canonical.ts";
import type { Combinator, TypeRef } from "../../generator/model/ir.ts";
import { decoderName, unionTypeName } from "../../generator/plan/names.ts";
import { SchemaValues } from "./gramjs-schema.ts";
import { testSchema } from "../support/schema-model.ts";
import { isDeepStrictEqual } from "node:util";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const api = ours as Any;
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

let values: SchemaValues;
beforeAll(() => {
  values = SchemaValues.gramjs();
});

/** The layer-198 results of the issue: union, and the value GramJS writes. */
function vectors(): [string, Record<string, unknown>][] {
  const user = (seed: number) => values.object("user", seed, 1, true);
  const channel = (seed: number) => values.object("channel", seed, 1, true);
  const invite = (seed: number) => values.object("chatInviteExported", seed, 1, true);
  return [
    ["ChatInvite", { ...values.object("chatInvite", 0, 0, true), participants: [user(1), user(2), { _: "userEmpty", id: 5n }] }],
    ["ChatInvite", { _: "chatInviteAlready", chat: channel(0) }],
    ["ChatInvite", { _: "chatInvitePeek", chat: channel(1), expires: 1700000000 }],
    ["messages.ExportedChatInvites", { _: "messages.exportedChatInvites", count: 2, invites: [invite(0), invite(1)], users: [user(0), user(3)] }],
    ["messages.ExportedChatInvite", { _: "messages.exportedChatInvite", invite: invite(2), users: [user(4)] }],
    ["messages.ExportedChatInvite", { _: "messages.exportedChatInviteReplaced", invite: invite(3), newInvite: invite(4), users: [user(5), user(6)] }],
    ["messages.ChatInviteImporters", { ...values.object("messages.chatInviteImporters", 0, 0, true), users: [user(7)] }],
    ["messages.ChatAdminsWithInvites", { ...values.object("messages.chatAdminsWithInvites", 0, 0, true), users: [user(8), user(9)] }],
  ];
}

/**
 * Compares a layer-198 value (as a decoder of that layer returns it) with what the layer-227
 * package decoded: the same constructor names, and equal values on every field both layers
 * have with one TL type. Returns how many fields were compared; mismatches go to `problems`.
 */
function compareShared(old: unknown, now: unknown, t: TypeRef, path: string, problems: string[]): number {
  if (t.kind === "vector") {
    const a = old as unknown[];
    const b = now as unknown[];
    if (!Array.isArray(b) || a.length !== b.length) return problems.push(`${path}: ${b?.length} elements, not ${a.length}`), 0;
    return a.reduce<number>((n, x, i) => n + compareShared(x, b[i], t.element, `${path}[${i}]`, problems), 0);
  }
  if ((t.kind === "union" && t.name !== "Bool") || t.kind === "bare") {
    const a = old as Record<string, unknown>;
    const b = now as Record<string, unknown>;
    if (a._ !== b?._) return problems.push(`${path}: ${String(b?._)}, not ${String(a._)}`), 0;
    const then: Combinator = values.ctor.get(a._ as string)!;
    const today: Combinator = testSchema().ctor.get(a._ as string)!;
    let n = 0;
    for (const p of then.params) {
      if (p.kind !== "value") continue;
      const q = today.params.find((x) => x.kind === "value" && x.name === p.name);
      if (!q || q.kind !== "value" || printTypeRef(q.type) !== printTypeRef(p.type)) continue;
      const prop = p.name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
      if (a[prop] === undefined || p.type.kind === "bare") {
        if (!isDeepStrictEqual(a[prop] ?? undefined, b[prop] ?? undefined) && !(p.type.kind === "bare" && (a[prop] ?? false) === b[prop])) problems.push(`${path}.${prop}: ${String(b[prop])}, not ${String(a[prop])}`);
        n++;
      } else n += compareShared(a[prop], b[prop], p.type, `${path}.${prop}`, problems);
    }
    return n;
  }
  if (!isDeepStrictEqual(old, now)) problems.push(`${path}: ${String(now)}, not ${String(old)}`);
  return 1;
}

describe("GramJS's layer-198 results, read by the layer-227 package", () => {
  it("decode, with every field both layers have equal", () => {
    let compared = 0;
    for (const [union, value] of vectors()) {
      const t: TypeRef = { kind: "union", name: union };
      const bytes = new Uint8Array(values.toGramjs(value, t).getBytes());
      const decoded = api[decoderName(unionTypeName(union))](new ours.TlReader(bytes));
      const problems: string[] = [];
      compared += compareShared(values.asDecoded(value, t), decoded, t, value._ as string, problems);
      expect(problems, value._ as string).toEqual([]);
    }
    expect(compared).toBeGreaterThan(300);
  });

  it("carry layer-198 users and channels, whose ids the package's own layer does not have", () => {
    const all = vectors().map(([union, value]) => hex(new Uint8Array(values.toGramjs(value, { kind: "union", name: union }).getBytes()))).join("");
    expect(all).toContain("7ec3464b"); // user#4b46c37e
    expect(all).toContain("b79809e0"); // channel#e00998b7
    const [union, value] = vectors()[1];
    const decoded = ours.decodeWith(api[decoderName(unionTypeName(union))], new Uint8Array(values.toGramjs(value, { kind: "union", name: union }).getBytes()));
    expect(ours.olderLayerOf(decoded)).toBeUndefined();
    expect(ours.olderLayerOf((decoded as Any).chat)).toBe(198);
  });
});
