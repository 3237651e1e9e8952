// Property-based round trips for every constructor in the generated closure:
// random value -> encode -> decode -> deep-equal, and decode -> encode gives the same bytes.
import { beforeAll, describe, expect, it } from "vitest";
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

// The closure comes from the schema, read when the tests run (not when they are collected).
let closure: ReturnType<typeof testSchema>["closure"];
beforeAll(() => {
  closure = testSchema().closure;
});

describe("round trip of every constructor in the closure", () => {
  it("covers the whole closure (hundreds of constructors)", () => {
    expect(closure.constructors.length).toBeGreaterThan(800);
  });

  it("encodes and decodes random values of every constructor back to themselves, and the bytes again", () => {
    const failed: string[] = [];
    for (const c of closure.constructors) {
      const union = c.result.kind === "union" ? c.result.name : "";
      const write = api[`write${unionTypeName(union)}`];
      const read = api[`read${unionTypeName(union)}`];
      try {
        fc.assert(
          fc.property(objectArbitrary(c.name), (value) => {
            const bytes: Uint8Array = api.encodeWith(write, value, union);
            expect(bytes.length % 4).toBe(0);
            const decoded = api.decodeWith(read, bytes);
            expect(decoded).toEqual(value);
            expect(api.encodeWith(write, decoded, union)).toEqual(bytes);
          }),
          { numRuns: RUNS, seed: 42 },
        );
      } catch (e) {
        failed.push(`${c.name}: ${(e as Error).message.split("\n").slice(0, 6).join("\n")}`);
      }
    }
    expect(failed.slice(0, 5)).toEqual([]);
  });
});
