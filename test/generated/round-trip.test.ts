// Property-based round trips for every constructor in the generated closure:
// random value -> encode -> decode -> deep-equal, and decode -> encode gives the same bytes.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as root from "tl-invite";
import * as codecs from "tl-invite/codecs";

/** The root and every codec (the writers of result types are in the codecs subpath). */
const pkg = { ...root, ...codecs };
import { testSchema } from "../support/schema-model.ts";
import { objectArbitrary } from "../support/arbitraries.ts";
import { unionTypeName } from "../../generator/plan/names.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const api = pkg as any;
const RUNS = Number(process.env.TLGEN_PROPERTY_RUNS ?? 25);

describe("round trip of every constructor in the closure", () => {
  const { closure } = testSchema();

  it("covers the whole closure (hundreds of constructors)", () => {
    expect(closure.constructors.length).toBeGreaterThan(800);
  });

  it.each(closure.constructors.map((c) => [c.name, c] as const))("%s", (name, c) => {
    const union = c.result.kind === "union" ? c.result.name : "";
    const write = api[`write${unionTypeName(union)}`];
    const read = api[`read${unionTypeName(union)}`];
    fc.assert(
      fc.property(objectArbitrary(name), (value) => {
        const bytes: Uint8Array = api.encodeWith(write, value, union);
        expect(bytes.length % 4).toBe(0);
        const decoded = api.decodeWith(read, bytes);
        expect(decoded).toEqual(value);
        expect(api.encodeWith(write, decoded, union)).toEqual(bytes);
      }),
      { numRuns: RUNS, seed: 42 },
    );
  });
});
