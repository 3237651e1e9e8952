// Building the layer history from past schemas (build-history.ts), and reading it back
// (history.ts): only what differs, each line's CRC32 checked, colliding ids reported, the file's
// shape checked with where and why.
import { describe, expect, it } from "vitest";
import { analyzeSchema } from "../../generator/model/analyze.ts";
import { buildLayerHistory } from "../../generator/layers/build-history.ts";
import { LayerHistoryError, formatHistory, historyFloor, validateHistory } from "../../generator/layers/history.ts";
import { BUILTINS } from "../support/small-schema.ts";
import { TODAY_TL, USER_1, USER_5, idOf, withId } from "./history-fixture.ts";

const today = () => analyzeSchema([{ file: "today.tl", text: TODAY_TL }]).model;
const schemaOf = (layer: number, ...lines: string[]) => ({ layer, from: `pkg@${layer}`, text: `${BUILTINS}\n${lines.join("\n")}\n` });
const STORY = "story flags:# live:flags.0?true max_id:flags.1?int = Story;";
const TODAY_USER = TODAY_TL.split("\n").find((l) => l.startsWith("user "))!;

describe("buildLayerHistory", () => {
  it("keeps the constructors whose id changed, each form with the layers that used it, today's without its line", () => {
    const past = [schemaOf(1, withId(USER_1), withId(STORY)), schemaOf(3, withId(USER_1), withId(STORY)), schemaOf(5, withId(USER_5), withId(STORY)), schemaOf(7, withId(TODAY_USER))];
    const { history, unverified, collisions } = buildLayerHistory(past, today(), 10);
    expect([unverified, collisions]).toEqual([[], []]);
    expect(Object.keys(history.constructors)).toEqual(["user"]); // story never changed
    expect(history.constructors.user).toEqual([
      { id: idOf(USER_1), layers: [1, 3], line: withId(USER_1) },
      { id: idOf(USER_5), layers: [5, 5], line: withId(USER_5) },
      { id: idOf(TODAY_USER), layers: [7, 10] },
    ]);
    expect(history.sources.map((s) => s.layer)).toEqual([1, 3, 5, 7, 10]);
    expect(historyFloor(history)).toBe(1);
  });

  it("leaves out a line whose CRC32 is not its id, and a constructor gone by today's layer", () => {
    const wrong = withId(USER_1).replace(/#[0-9a-f]{8}/, "#12345678");
    const { history, unverified } = buildLayerHistory([schemaOf(1, wrong, withId("gone x:int = Gone;"))], today(), 10);
    expect(unverified).toEqual([`layer 1: user#12345678 (computed #${idOf(USER_1)})`]);
    expect(history.constructors).toEqual({});
  });

  it("reports an old id that is another constructor's id today", () => {
    const model = today();
    const story = model.constructors.find((c) => c.name === "story")!;
    story.id = parseInt(idOf(USER_1), 16); // as if story had come to have that id
    const { collisions } = buildLayerHistory([schemaOf(1, withId(USER_1))], model, 10);
    expect(collisions).toEqual([`#${idOf(USER_1)}, an earlier id of user, is story's id today`]);
  });
});

describe("the history file", () => {
  it("reads back what formatHistory wrote, one form per line", () => {
    const { history } = buildLayerHistory([schemaOf(1, withId(USER_1))], today(), 10);
    const text = formatHistory(history);
    expect(validateHistory(JSON.parse(text), "h.json")).toEqual(history);
    expect(text.split("\n").filter((l) => l.includes(`"id":"${idOf(USER_1)}"`))).toHaveLength(1);
  });

  it("is refused with where and why when its shape is wrong", () => {
    const { history } = buildLayerHistory([schemaOf(1, withId(USER_1))], today(), 10);
    const bad = (change: (h: Record<string, unknown>) => void) => {
      const h = structuredClone(history) as unknown as Record<string, unknown>;
      change(h);
      try {
        validateHistory(h, "h.json");
      } catch (e) {
        expect(e).toBeInstanceOf(LayerHistoryError);
        return (e as Error).message;
      }
      return "accepted";
    };
    expect(bad((h) => (h.layer = "227"))).toBe("h.json: layer: not a layer number");
    expect(bad((h) => ((h.constructors as Record<string, { id: string }[]>).user[0].id = "XYZ"))).toBe("h.json: constructors.user[0].id: not eight lowercase hex digits");
    expect(bad((h) => ((h.constructors as Record<string, { layers: number[] }[]>).user[0].layers = [5, 1]))).toBe("h.json: constructors.user[0].layers: not [first, last] layer numbers");
    expect(bad((h) => ((h.constructors as Record<string, { line: string }[]>).user[0].line = "channel#00000000 = Chat;"))).toBe(`h.json: constructors.user[0].line: not a TL line starting "user#${idOf(USER_1)} "`);
    expect(bad((h) => (h.constructors = []))).toBe("h.json: constructors: not an object");
  });
});
