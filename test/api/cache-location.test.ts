// Where the generate cache lives (the consumer's project, never tlgen's install) and what its
// key covers: every input of the run, as read.
import { describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { resolveGenerate, type RawInputs } from "../../generator/api/resolve.ts";
import { cacheKey } from "../../generator/output/cache.ts";
import { tempDir } from "../support/temp-dir.ts";

function project(): string {
  const dir = tempDir("tlgen-cache-");
  writeFileSync(join(dir, "package.json"), '{ "name": "consumer", "private": true }\n');
  mkdirSync(join(dir, "src", "deep"), { recursive: true });
  return dir;
}

describe("the generate cache", () => {
  it("lives in node_modules/.cache/tlgen of the project the run belongs to, or where it is told", () => {
    const dir = project();
    expect(resolveGenerate({ include: "help.getInviteText", cwd: join(dir, "src", "deep") }).cacheDir).toBe(join(dir, "node_modules", ".cache", "tlgen"));
    expect(resolveGenerate({ include: "help.getInviteText", cwd: join(dir, "src"), cacheDir: "../.tlgen" }).cacheDir).toBe(join(dir, ".tlgen"));
    expect(resolveGenerate({ include: "help.getInviteText", cwd: dir, cacheDir: false }).cacheDir).toBeNull();
  });

  it("keys a run by every input: schema, selection, docs, id allowlist, Bot API rules, layer history, runtime, helpers and options", () => {
    const raw = resolveGenerate({ include: "help.getInviteText", cwd: project() }).raw;
    expect(raw.idAllowlistText.length).toBeGreaterThan(0);
    expect(raw.botApiText?.length).toBeGreaterThan(0);
    expect(raw.runtime.length).toBeGreaterThan(5);
    expect(raw.helpers.length).toBeGreaterThan(0);
    const key = cacheKey(raw);
    expect(cacheKey(structuredClone(raw))).toBe(key);
    const changes: Record<keyof RawInputs, (r: RawInputs) => void> = {
      sources: (r) => (r.sources[0].text += "\n"),
      selection: (r) => (r.selection[0].pattern += "*"),
      all: (r) => (r.all = !r.all),
      docs: (r) => (r.docs!.text += " "),
      docsIds: (r) => (r.docsIds = { x: 1 }),
      idAllowlistText: (r) => (r.idAllowlistText += " "),
      botApiText: (r) => (r.botApiText += " "),
      runtime: (r) => (r.runtime[0].text += "\n"),
      helpers: (r) => (r.helpers[0].text += "\n"),
      packageName: (r) => (r.packageName += "x"),
      layer: (r) => (r.layer = 1),
      command: (r) => (r.command += " --all"),
      historyText: (r) => (r.historyText += " "),
      olderLayers: (r) => (r.olderLayers = 200),
    };
    expect(Object.keys(changes).sort()).toEqual(Object.keys(raw).sort());
    for (const [field, change] of Object.entries(changes)) {
      const changed = structuredClone(raw);
      change(changed);
      expect(cacheKey(changed), field).not.toBe(key);
    }
  });
});
