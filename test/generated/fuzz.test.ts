// CI's seeded fuzz run over every decoder (npm run fuzz --quick does the same from the shell),
// and the regression corpus in test/fixtures/fuzz/ (one decoder name and one hex input a file).
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as root from "tl-invite";
import * as codecs from "tl-invite/codecs";

/** The root and every codec (the writers of result types are in the codecs subpath). */
const pkg = { ...root, ...codecs };
import { fuzzDecoders } from "../support/fuzz-decoders.ts";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const api = pkg as any;
const CORPUS = join(PROJECT_ROOT, "test", "fixtures", "fuzz");

describe("decoder fuzzing", () => {
  it("feeds at least 50,000 seeded inputs to every decoder with no failure", () => {
    const reports = fuzzDecoders(20261123, 270);
    const total = reports.reduce((n, r) => n + r.inputs, 0);
    const failures = reports.flatMap((r) => r.failures);
    expect(failures.slice(0, 3)).toEqual([]);
    expect(reports.length).toBeGreaterThan(150);
    expect(total).toBeGreaterThanOrEqual(50_000);
  });

  it("rejects every input of the regression corpus with a TlDecodeError", () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith(".hex"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const [decoder, hex] = readFileSync(join(CORPUS, file), "utf8").trim().split("\n");
      expect(typeof api[decoder], file).toBe("function");
      expect(() => api.decodeWith(api[decoder], new Uint8Array(Buffer.from(hex, "hex"))), file).toThrow(api.TlDecodeError);
    }
  });
});
