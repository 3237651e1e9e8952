// Earlier forms end to end on a small schema: which forms a package reads (select-forms.ts), how
// each field maps (older-form-plan.ts), what the generated readers return, and what an id of
// another layer says when it is not read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { analyzeSchema } from "../../generator/model/analyze.ts";
import { computeClosure } from "../../generator/model/closure.ts";
import { selectForms } from "../../generator/layers/select-forms.ts";
import { generate, type GenerateResult } from "../../generator/pipeline.ts";
import { loadHelpers, loadIdAllowlist, loadRuntime } from "../../generator/input/project-files.ts";
import { EMPTY_DOCS } from "../../generator/model/schema-docs.ts";
import type { LayerHistory } from "../../generator/layers/history.ts";
import { writeFixture } from "../support/generate-fixture.ts";
import { TODAY_TL, USER_1, USER_5, USER_7, USER_8, USER_12, idOf, smallHistory, withId } from "./history-fixture.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function run(history: LayerHistory | null, olderLayers: number | false | null): Promise<GenerateResult> {
  return generate({
    sources: [{ file: "today.tl", text: TODAY_TL }],
    selection: [{ pattern: "users.get", span: { file: "test", line: 1, column: 1, offset: 0, end: 0 } }],
    all: false,
    docs: EMPTY_DOCS,
    idAllowlist: loadIdAllowlist(),
    runtime: loadRuntime(),
    helpers: loadHelpers(),
    packageName: "tl-small",
    history,
    olderLayers,
  });
}

const folders: string[] = [];
async function load(olderLayers: number | false | null): Promise<Any> {
  const result = await run(smallHistory(), olderLayers);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const dir = writeFixture(result);
  folders.push(dirname(dir));
  const root = await import(pathToFileURL(join(dir, "dist", "index.js")).href);
  return { ...root, ...(await import(pathToFileURL(join(dir, "dist", "codecs.js")).href)) };
}

/** The bytes of a value written by hand: words of 4 bytes, little-endian, and TL strings. */
function bytes(...parts: (number | bigint | string)[]): Uint8Array {
  const out: number[] = [];
  for (const p of parts) {
    if (typeof p === "bigint") for (let i = 0n; i < 8n; i++) out.push(Number((BigInt.asUintN(64, p) >> (8n * i)) & 0xffn));
    else if (typeof p === "number") for (let i = 0; i < 4; i++) out.push((p >>> (8 * i)) & 0xff);
    else {
      const b = Buffer.from(p, "utf8");
      out.push(b.length, ...b);
      while (out.length % 4) out.push(0);
    }
  }
  return Uint8Array.from(out);
}
const id = (line: string) => parseInt(idOf(line), 16);

let all: Any;
beforeAll(async () => {
  all = await load(null);
});
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

describe("which earlier forms a package reads", () => {
  it("warns (TL025) when olderLayers reaches past the history, and reads back to its oldest layer", async () => {
    const past = await run(smallHistory(), 0);
    expect(past.diagnostics.map((d) => [d.severity, d.code, d.message])).toEqual([
      ["warning", "TL025", "olderLayers is 0, but the shipped layer history starts at layer 1: the readers read back to layer 1"],
    ]);
    expect((await run(smallHistory(), 5)).diagnostics.filter((d) => d.code === "TL025")).toEqual([]);
  });

  const model = () => analyzeSchema([{ file: "today.tl", text: TODAY_TL }]).model;
  const closure = () => computeClosure(model(), model().functions).constructors;

  it("reads the forms of its own layer and below, back to the history's oldest; names newer ones", () => {
    const forms = selectForms(smallHistory(), 10, null, closure(), model());
    expect(forms.oldest).toBe(1);
    expect(forms.older.get("inputThing")!.map((f) => f.layers[1])).toEqual([5]); // selected, but only results read it (below)
    expect(forms.older.get("user")!.map((f) => f.layers[1])).toEqual([1, 5, 7, 8]);
    expect(forms.known).toEqual([{ name: "user", id: id(USER_12), layers: [12, 12], why: "newer" }]);
  });

  it("reads back to olderLayers only, naming the older forms, and none with false or at layer 0", () => {
    const from4 = selectForms(smallHistory(), 10, 4, closure(), model());
    expect([from4.oldest, from4.older.get("user")!.map((f) => f.layers[1])]).toEqual([4, [5, 7, 8]]);
    expect(from4.known.map((k) => [k.layers[1], k.why])).toEqual([[1, "older"], [12, "newer"]]);
    const none = selectForms(smallHistory(), 10, false, closure(), model());
    expect([none.oldest, none.older.size, none.known.map((k) => k.why)]).toEqual([10, 0, ["older", "older", "older", "older", "older", "newer"]]);
    expect(selectForms(smallHistory(), 0, null, closure(), model()).older.size).toBe(0);
  });

  it("refuses a line whose CRC32 is not its id, a line that is not one constructor, and an old id that is another constructor's id", () => {
    const broken = smallHistory();
    broken.constructors.user[1].line = withId(USER_5).replace("id:int", "id:long");
    const forms = selectForms(broken, 10, null, closure(), model());
    expect(forms.diagnostics.map((d) => [d.code, d.message.split(":")[0]])).toEqual([["TL030", `the line of user#${idOf(USER_5)} hashes to #${idOf(USER_5.replace("id:int", "id:long"))}, not its id`]]);
    const two = smallHistory();
    two.constructors.user[1].line = `${withId(USER_5)} other x:int = Other;`;
    expect(selectForms(two, 10, null, closure(), model()).diagnostics.map((d) => d.message)).toEqual([`a line does not parse as one constructor: ${two.constructors.user[1].line}`]);
    // A schema where another constructor has the old id (declared, not computed): refused.
    const text = TODAY_TL.replace("---functions---", `other#${idOf(USER_5)} a:int = Other;\n---functions---`);
    const clashing = analyzeSchema([{ file: "today.tl", text }]).model;
    const clash = selectForms(smallHistory(), 10, null, computeClosure(clashing, clashing.functions).constructors, clashing);
    expect(clash.diagnostics.map((d) => d.message)).toEqual([`#${idOf(USER_5)}, an earlier id of user (layers 5 to 5), is also other's id: a reader would take one for the other`]);
    expect(clash.older.get("user")!.map((f) => f.layers[1])).toEqual([1, 7, 8]);
  });

  it("stops generation on a history problem, with a TL030 error naming the file", async () => {
    const broken = smallHistory();
    broken.constructors.user[1].line = withId(USER_5).replace("id:int", "id:long");
    const result = await run(broken, null);
    expect(result.files).toEqual([]);
    expect(result.diagnostics.find((d) => d.code === "TL030")).toMatchObject({ severity: "error", span: { file: "schema/layer-history.json" } });
  });
});

describe("a reader of an earlier form", () => {
  it("maps fields across, widens an int to a long, wraps a value in the constructor carrying it, and fills what the form lacks", () => {
    // layer 5: flags (name, stories, pair_a), id:int 7, name "Ann", stories 41, pair_a 3
    const user = all.decodeWith(all.readTypeUser, bytes(id(USER_5), 0b1110, 7, "Ann", 41, 3));
    expect(user).toEqual({ _: "user", bot: false, id: 7n, name: "Ann", stories: { _: "story", live: false, maxId: 41 }, count: 0 });
    // pair_a comes without pair_b, which shares its bit today: both left out.
    expect(user.pairA).toBeUndefined();
    expect(all.olderLayerOf(user)).toBe(5);
  });

  it("reads a form that today's reader can read through it, marked with its layer", () => {
    const user = all.decodeWith(all.readTypeUser, bytes(id(USER_8), 0b11, 7n, "Bo", 4));
    expect(user).toEqual({ _: "user", bot: true, id: 7n, name: "Bo", count: 4 });
    expect(all.olderLayerOf(user)).toBe(8);
  });

  it("builds the same keys, in the same order, as today's reader", () => {
    const today = all.decodeWith(all.readTypeUser, all.encodeWith(all.writeTypeUser, { _: "user", id: 1n, count: 2 }, "User"));
    const old = all.decodeWith(all.readTypeUser, bytes(id(USER_5), 0, 7));
    expect(Object.keys(old)).toEqual(Object.keys(today));
    expect(all.olderLayerOf(today)).toBeUndefined();
  });

  it("is reached from the union's switch only, in a module of its own", async () => {
    const result = await run(smallHistory(), null);
    const older = result.files.find((f) => f.path === "src/older-readers.ts")!.content;
    expect(older).toContain("export function readUserLayer5(r: TlReader): User");
    expect(older).toContain("export function readUserLayer1(r: TlReader): User");
    expect(older).not.toContain("readUserLayer7"); // extra:Unknown cannot be read
    expect(older).not.toContain("InputThing"); // requests stay at the package's layer
    const readers = result.files.find((f) => f.path === "src/readers.ts")!.content;
    expect(readers).toContain(`case 0x${idOf(USER_5)}:\n      return r.leave(readUserLayer5(r));`);
    // Layer 8's form is today's minus optional fields on bits of their own: today's reader reads it.
    expect(older).not.toContain("readUserLayer8");
    expect(readers).toContain(`case 0x${idOf(USER_8)}:\n      return r.leave(fromOlderLayer(readUser(r), 8));`);
    const none = await run(smallHistory(), false);
    expect(none.files.some((f) => f.path === "src/older-readers.ts")).toBe(false);
  });
});

describe("an id of another layer the package does not read", () => {
  const user7 = () => bytes(id(USER_7), 0, 1n, 0);
  it("names the form and why: newer than the package, or a form it cannot read", () => {
    expect(() => all.decodeWith(all.readTypeUser, bytes(id(USER_12), 0, 1n, 0))).toThrow(
      `constructor 0x${idOf(USER_12)} for User is user of layer 12, newer than this package's layer 10: regenerate from a newer schema`,
    );
    expect(() => all.decodeWith(all.readTypeUser, user7())).toThrow(`constructor 0x${idOf(USER_7)} for User is user of layer 7, a form this package cannot read into today's user (it reads layers 1 to 10)`);
  });

  it("says when it is older than the package reads, and which layers it reads", async () => {
    const from4 = await load(4);
    expect(() => from4.decodeWith(from4.readTypeUser, bytes(id(USER_1), 1n, "x"))).toThrow(
      `constructor 0x${idOf(USER_1)} for User is user of layer 1, older than this package reads (layers 4 to 10): regenerate it with olderLayers (--older-layers) reaching layer 1`,
    );
    expect(() => from4.decodeWith(from4.readTypeUser, bytes(0x12345678))).toThrow("unknown constructor 0x12345678 for User (this package reads layers 4 to 10; a newer layer or corrupt input)");
    const own = await load(false);
    expect(() => own.decodeWith(own.readTypeUser, bytes(0x12345678))).toThrow("unknown constructor 0x12345678 for User (this package reads layer 10; a newer layer or corrupt input)");
  });
});
