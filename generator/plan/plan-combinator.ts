// Laying out one combinator's parameters for the plan: flag words, fields with their roles and
// wire types, all-or-none groups, and which request fields take peer-like values. Shared by
// today's constructors and functions (build-plan.ts) and the earlier forms (older-form-plan.ts).
import { isTrueFlag, type Combinator, type TypeRef, type ValueParam } from "../model/ir.ts";
import { entryDocs, paramDocs, type SchemaDocs } from "../model/schema-docs.ts";
import { formatId } from "../model/canonical.ts";
import { PEER_KINDS, type PeerKind } from "../runtime/peers/peer-like.ts";
import type { CombinatorPlan, FieldPlan, FlagGroup, FlagWordPlan, Resolve } from "./plan.ts";

export function emptyCombinator(c: Combinator, docs: SchemaDocs): CombinatorPlan {
  return { tl: c, tlName: c.name, id: c.id, idHex: formatId(c.id), layout: [], fields: [], words: [], groups: [], typedGroups: [], docs: entryDocs(docs, c.name) };
}

/** Lays out a combinator's parameters: flag words, fields with roles, and all-or-none groups. */
export function fillCombinator(plan: CombinatorPlan, c: Combinator, resolve: Resolve, prop: (tl: string) => string, forRequest: boolean): void {
  const words = new Map<string, FlagWordPlan>();
  for (const p of c.params) {
    if (p.kind === "flags") {
      const word: FlagWordPlan = { tlName: p.name, index: words.size };
      words.set(p.name, word);
      plan.words.push(word);
      plan.layout.push({ kind: "word", word });
      continue;
    }
    const field = planField(p, resolve, prop, words, forRequest, paramDocs(plan.docs, p.name));
    plan.fields.push(field);
    plan.layout.push({ kind: "field", field });
  }
  plan.groups = groupsOf(plan.fields);
  plan.typedGroups = plan.groups.filter((g) => g.values.length >= 2);
}

function planField(
  p: ValueParam,
  resolve: Resolve,
  prop: (tl: string) => string,
  words: ReadonlyMap<string, FlagWordPlan>,
  forRequest: boolean,
  description: string | null,
): FieldPlan {
  const condition = p.condition ? { word: words.get(p.condition.flags)!, bit: p.condition.bit } : null;
  const wire = resolve(p.type);
  return {
    param: p,
    tlName: p.name,
    prop: prop(p.name),
    role: condition === null ? "required" : isTrueFlag(p) ? "flag" : "optional",
    wire,
    condition,
    group: null,
    peer: forRequest ? peerOf(p.type) : null,
    description,
  };
}

/** Fields sharing one bit: a group when there are two value fields, or one with `?true` fields. */
function groupsOf(fields: FieldPlan[]): FlagGroup[] {
  const byBit = new Map<string, FieldPlan[]>();
  for (const f of fields) {
    if (!f.condition) continue;
    const key = `${f.condition.word.index}.${f.condition.bit}`;
    byBit.set(key, [...(byBit.get(key) ?? []), f]);
  }
  const groups: FlagGroup[] = [];
  for (const members of byBit.values()) {
    const values = members.filter((m) => m.role === "optional");
    const derived = members.filter((m) => m.role === "flag");
    if (values.length === 0 || values.length + derived.length < 2) continue;
    const group: FlagGroup = { word: members[0].condition!.word, bit: members[0].condition!.bit, values, derived };
    for (const m of members) m.group = group;
    groups.push(group);
  }
  return groups;
}

/** An InputPeer / InputUser / InputChannel field, or a vector of them. */
function peerOf(t: TypeRef): { kind: PeerKind; vector: boolean } | null {
  const isPeer = (x: TypeRef): x is TypeRef & { kind: "union"; name: PeerKind } => x.kind === "union" && (PEER_KINDS as readonly string[]).includes(x.name);
  if (isPeer(t)) return { kind: t.name, vector: false };
  if (t.kind === "vector" && isPeer(t.element)) return { kind: t.element.name, vector: true };
  return null;
}
