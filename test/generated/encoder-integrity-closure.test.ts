// Every generated writer reads each value once: every constructor of the closure and every
// chat-invite request, encoded from sample values behind Proxies that answer differently from
// the second read on, gives the bytes of the plain value and reads nothing twice.
import { describe, expect, it } from "vitest";
import * as root from "tl-invite";
import * as codecs from "tl-invite/codecs";
import { testSchema, inviteRoots } from "../support/schema-model.ts";
import { requestVariants, sampleObject } from "../support/sample-values.ts";
import { namespaceOf, requestClassName, unionTypeName } from "../../generator/plan/names.ts";
import { hex } from "../support/hostile-values.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const api: any = { ...root, ...codecs };
const SEEDS = [0, 1, 2, 3, 4, 5];

/**
 * `value` with every object and array in it behind a Proxy: the first read of a property gives
 * the real value (itself wrapped), a later one a different value, and is logged in `twice`.
 */
function liarAfterFirstRead(value: unknown, twice: string[], path: string): unknown {
  if (typeof value !== "object" || value === null || value instanceof Uint8Array) return value;
  const seen = new Set<string>();
  return new Proxy(value, {
    get(target, key, receiver) {
      const v: unknown = Reflect.get(target, key, receiver);
      if (typeof key === "symbol" || typeof v === "function") return v;
      if (seen.has(key)) {
        twice.push(`${path}.${key}`);
        return typeof v === "number" ? v + 3 : v == null ? 1 : undefined;
      }
      seen.add(key);
      return liarAfterFirstRead(v, twice, `${path}.${key}`);
    },
  });
}

/** The hex `f` gives, or "threw: " and its message. */
function attempt(f: () => string): string {
  try {
    return f();
  } catch (e) {
    return `threw: ${e instanceof Error ? e.message : String(e)}`;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function request(tlName: string, params: Record<string, unknown>): any {
  const ns = namespaceOf(tlName);
  const space = ns ? api.Api[ns] : api.Api;
  return new space[requestClassName(tlName)](params);
}

describe("every generated writer reads each value once", () => {
  it("encodes every constructor of the closure from lying Proxies as from the plain value", () => {
    const problems: string[] = [];
    let cases = 0;
    for (const c of testSchema().closure.constructors) {
      const union = c.result.kind === "union" ? c.result.name : "";
      const write = api[`write${unionTypeName(union)}`];
      for (const seed of SEEDS) {
        const value = sampleObject(c.name, seed, 0);
        const twice: string[] = [];
        const plain = hex(api.encodeWith(write, value, union));
        const lied = attempt(() => hex(api.encodeWith(write, liarAfterFirstRead(value, twice, c.name), union)));
        if (twice.length) problems.push(`${c.name} (seed ${seed}) read twice: ${twice.join(", ")}`);
        if (lied !== plain)
          problems.push(`${c.name} (seed ${seed}) gave ${lied.startsWith("threw") ? lied : "other bytes"}`);
        cases++;
      }
    }
    expect(problems).toEqual([]);
    expect(cases).toBeGreaterThan(800 * SEEDS.length);
  });

  it("encodes every chat-invite request from a lying Proxy as from the plain request", () => {
    const problems: string[] = [];
    let cases = 0;
    for (const f of inviteRoots()) {
      for (const v of requestVariants(f)) {
        const twice: string[] = [];
        const plain = hex(request(f.name, v.params).serialize());
        const lied = attempt(() =>
          hex(
            (liarAfterFirstRead(request(f.name, v.params), twice, f.name) as { serialize(): Uint8Array }).serialize(),
          ),
        );
        if (twice.length) problems.push(`${f.name} (${v.label}) read twice: ${twice.join(", ")}`);
        if (lied !== plain)
          problems.push(`${f.name} (${v.label}) gave ${lied.startsWith("threw") ? lied : "other bytes"}`);
        cases++;
      }
    }
    expect(problems).toEqual([]);
    expect(cases).toBeGreaterThan(300);
  });
});
