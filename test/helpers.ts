// Shared test helpers: the reference schema folder, parsing shortcuts, span stripping.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../generator/input/project-files.ts";
import { parseSchemaText } from "../generator/parse/parse.ts";
import { analyzeSchema } from "../generator/model/analyze.ts";

/** ../shared/tl: official schema files, present in CI; tests that need them skip without. */
export const SHARED_TL = join(PROJECT_ROOT, "..", "shared", "tl");

/**
 * TLGEN_HIDE_SHARED=1 runs the suite as a fresh clone without ../shared would (.ci/run does, as a
 * second pass): the reference files count as absent, and reading one fails the test.
 */
export const SHARED_HIDDEN = !!process.env.TLGEN_HIDE_SHARED && process.env.TLGEN_HIDE_SHARED !== "0";
export const HAS_SHARED = !SHARED_HIDDEN && existsSync(join(SHARED_TL, "api.tl"));

/** Reads a reference file; only call it from a test that skips without HAS_SHARED. */
export function readShared(name: string): string {
  if (!HAS_SHARED) throw new Error(`../shared/tl/${name} is not available${SHARED_HIDDEN ? " (hidden by TLGEN_HIDE_SHARED)" : ""}: this test should skip without HAS_SHARED`);
  return readFileSync(join(SHARED_TL, name), "utf8");
}

export function readSchema(name: string): string {
  return readFileSync(join(PROJECT_ROOT, "schema", name), "utf8");
}

/** Parses a snippet; fails the test on any diagnostic. */
export function parseOk(text: string) {
  const r = parseSchemaText(text, "t.tl");
  if (r.diagnostics.length) throw new Error(r.diagnostics.map((d) => d.message).join("\n"));
  return r.ast;
}

/** Analyzes a snippet (parse + model + checks). */
export function analyze(text: string) {
  return analyzeSchema([{ file: "t.tl", text }]);
}

/** Deep copy without `span` keys, to compare trees by content. */
export function stripSpans<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === "span" ? undefined : v))) as T;
}

/** The error `f` throws, which must be an instance of `type`; fails the test otherwise. */
export function thrown<E extends Error>(f: () => unknown, type: abstract new (...args: never[]) => E): E {
  try {
    f();
  } catch (e) {
    if (e instanceof type) return e;
    throw new Error(`expected a ${type.name}, got ${String(e)}`);
  }
  throw new Error(`expected a ${type.name}, nothing was thrown`);
}
