// The history tlgen ships (schema/layer-history.json): every old line hashes to its id, no old id
// is another constructor's id in the bundled schema, and it stays small.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { analyzeSchema } from "../../generator/model/analyze.ts";
import { parseSchemaText } from "../../generator/parse/parse.ts";
import { buildModel } from "../../generator/model/build-model.ts";
import { formatId } from "../../generator/model/canonical.ts";
import { findCollisions } from "../../generator/layers/build-history.ts";
import { historyFloor, validateHistory } from "../../generator/layers/history.ts";
import { BUNDLED, loadIdAllowlist } from "../../generator/input/project-files.ts";

describe("the shipped layer history", () => {
  it("reaches back to layer 160 or older, up to the bundled schema's layer, in under 160 KB", () => {
    const text = readFileSync(BUNDLED.layerHistory, "utf8");
    const history = validateHistory(JSON.parse(text), BUNDLED.layerHistory);
    expect(historyFloor(history)).toBeLessThanOrEqual(160);
    expect(history.layer).toBe(227);
    expect(Buffer.byteLength(text)).toBeLessThan(160_000);
  });

  it("has only lines whose CRC32 is their id, of constructors the bundled schema has, whose last form is today's", () => {
    const history = validateHistory(JSON.parse(readFileSync(BUNDLED.layerHistory, "utf8")), BUNDLED.layerHistory);
    const model = analyzeSchema(BUNDLED.schema.map((file) => ({ file, text: readFileSync(file, "utf8") })), loadIdAllowlist()).model;
    const today = new Map(model.constructors.map((c) => [c.name, c]));
    let lines = 0;
    for (const [name, forms] of Object.entries(history.constructors)) {
      expect(forms.at(-1), name).toEqual({ id: formatId(today.get(name)!.id), layers: [expect.any(Number), 227] });
      for (const f of forms.slice(0, -1)) {
        const c = buildModel([parseSchemaText(f.line!, "history").ast]).constructors[0];
        expect([c.name, formatId(c.computedId)], f.line).toEqual([name, f.id]);
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(250);
    expect(findCollisions(history.constructors, model)).toEqual([]);
  });
});
