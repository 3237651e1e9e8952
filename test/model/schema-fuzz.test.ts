// Broken schemas: lines of the real schema files mutated (tokens deleted, duplicated and
// swapped, lines cut, junk inserted). Parsing and checking must only produce diagnostics with
// locations: never an exception or a hang, each input under 1 s. The interesting cases are
// kept as fixtures in test/fixtures/schema-fuzz/.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeSchema } from "../../generator/model/analyze.ts";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { prng } from "../support/prng.ts";
import { HAS_SHARED, readSchema, readShared } from "../helpers.ts";

const JUNK = ["#", ":", "?", "<", ">", "{", "}", "%", "!", "=", ";", ".", "[", "]", "*", "/*", "//", "---", "x", "9", "é", "\u0000", " ", "\n"];

function mutateLine(line: string, rand: () => number): string {
  const tokens = line.split(/(\s+|[#:?<>{}=;.%!])/).filter((t) => t !== "");
  const at = () => Math.floor(rand() * Math.max(1, tokens.length));
  switch (Math.floor(rand() * 5)) {
    case 0:
      tokens.splice(at(), 1);
      break;
    case 1: {
      const i = at();
      tokens.splice(i, 0, tokens[i] ?? "x");
      break;
    }
    case 2: {
      const i = at();
      const j = at();
      [tokens[i], tokens[j]] = [tokens[j], tokens[i]];
      break;
    }
    case 3:
      return line.slice(0, Math.floor(rand() * line.length));
    default:
      tokens.splice(at(), 0, JUNK[Math.floor(rand() * JUNK.length)]);
  }
  return tokens.join("");
}

function expectOnlyLocatedDiagnostics(text: string, file: string) {
  const started = performance.now();
  const analysis = analyzeSchema([{ file, text }]);
  const ms = performance.now() - started;
  // A guard against a pathological blow-up (seconds), not a speed target.
  expect(ms, `${file} took ${ms} ms`).toBeLessThan(5000);
  const lines = text.split("\n").length;
  for (const d of analysis.diagnostics) {
    expect(d.span.file).toBe(file);
    expect(d.span.line, d.message).toBeGreaterThanOrEqual(1);
    expect(d.span.line, d.message).toBeLessThanOrEqual(lines);
    expect(d.span.column, d.message).toBeGreaterThanOrEqual(1);
    expect(d.code).toMatch(/^TL0\d\d$/);
  }
  return analysis;
}

function fuzzWindows(name: string, text: string): void {
  const rand = prng(0x5eed + name.length);
  const all = text.split("\n");
  let broken = 0;
  for (let i = 0; i < 300; i++) {
    const start = Math.floor(rand() * Math.max(1, all.length - 30));
    const window = all.slice(start, start + 30);
    const k = Math.floor(rand() * window.length);
    window[k] = mutateLine(window[k], rand);
    if (rand() < 0.3) window[(k + 1) % window.length] = mutateLine(window[(k + 1) % window.length], rand);
    const analysis = expectOnlyLocatedDiagnostics(window.join("\n"), `${name}@${start + 1}`);
    if (analysis.failed) broken++;
  }
  expect(broken).toBeGreaterThan(100);
}

/** The files to mutate, by name; read inside the tests, not while they are collected. */
const OWN = ["schema/api.tl", "schema/mtproto.tl"];
const SHARED = ["api.tl", "mtproto.tl"];

describe("schema fuzzing", () => {
  it.each(OWN)("mutated windows of %s give located diagnostics only", (name) => fuzzWindows(name, readSchema(name.slice("schema/".length))));
  it.skipIf(!HAS_SHARED).each(SHARED)("mutated windows of ../shared/tl/%s give located diagnostics only", (name) => fuzzWindows(name, readShared(name)));

  it.each(readdirSync(join(PROJECT_ROOT, "test", "fixtures", "schema-fuzz")))("corpus case %s gives located diagnostics only", (file) => {
    const text = readFileSync(join(PROJECT_ROOT, "test", "fixtures", "schema-fuzz", file), "latin1");
    const analysis = expectOnlyLocatedDiagnostics(text, file);
    expect(analysis.failed).toBe(true);
  });
});
