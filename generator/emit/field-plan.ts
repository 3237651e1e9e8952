// How a combinator's parameters become TS properties and wire operations: which are required,
// which are `?true` booleans, which are optional, and which share a flag bit (all-or-none
// groups). Flags words never become properties: they are derived from what is present.
import type { Combinator, FlagsParam, ValueParam } from "../model/ir.ts";
import { isTrueFlag } from "./type-map.ts";
import { propertyName, requestPropertyName } from "./names.ts";

export interface FieldPlan {
  param: ValueParam;
  /** The property name on objects, or on request classes when planned for a request. */
  prop: string;
  /** required: always written; flag: a `?true` boolean; optional: conditional on its bit. */
  role: "required" | "flag" | "optional";
  /** Set when this field shares its flag bit with another value field. */
  group: FlagGroup | null;
}

/** Fields on one flag bit: the value fields come all together or not at all. */
export interface FlagGroup {
  flags: string;
  bit: number;
  /** Value fields on the bit (two or more, or one plus `?true` fields). */
  values: FieldPlan[];
  /** `?true` fields on the same bit: set exactly when the values are given. */
  derived: FieldPlan[];
}

export interface CombinatorPlan {
  flagsWords: FlagsParam[];
  fields: FieldPlan[];
  groups: FlagGroup[];
}

export function planCombinator(c: Combinator, forRequest: boolean): CombinatorPlan {
  const name = forRequest ? requestPropertyName : propertyName;
  const fields: FieldPlan[] = c.params
    .filter((p): p is ValueParam => p.kind === "value")
    .map((param) => ({
      param,
      prop: name(param.name),
      role: param.condition === null ? "required" : isTrueFlag(param) ? "flag" : "optional",
      group: null,
    }));
  const byBit = new Map<string, FieldPlan[]>();
  for (const f of fields) {
    if (!f.param.condition) continue;
    const key = `${f.param.condition.flags}.${f.param.condition.bit}`;
    byBit.set(key, [...(byBit.get(key) ?? []), f]);
  }
  const groups: FlagGroup[] = [];
  for (const members of byBit.values()) {
    const values = members.filter((m) => m.role === "optional");
    const derived = members.filter((m) => m.role === "flag");
    if (values.length === 0 || values.length + derived.length < 2) continue;
    const { flags, bit } = members[0].param.condition!;
    const group: FlagGroup = { flags, bit, values, derived };
    for (const m of members) m.group = group;
    groups.push(group);
  }
  return { flagsWords: c.params.filter((p): p is FlagsParam => p.kind === "flags"), fields, groups };
}

/** Groups whose value fields must be typed all-or-none (two or more value fields). */
export function typedGroups(plan: CombinatorPlan): FlagGroup[] {
  return plan.groups.filter((g) => g.values.length >= 2);
}
