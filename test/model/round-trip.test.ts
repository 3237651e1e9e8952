// parse -> print -> parse is the identity on the IR, for every declaration of every schema file.
import { describe, expect, it } from "vitest";
import { HAS_SHARED, readSchema, readShared } from "../helpers.ts";
import { parseSchemaText } from "../../generator/parse/parse.ts";
import { buildModel } from "../../generator/model/build-model.ts";
import { printBuiltin, printCombinator, printSchema } from "../../generator/model/canonical.ts";

/** Deep copy without locations (`span`, and the model's `typeSpan` and `resultSpan`). */
function withoutSpans<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === "span" || k.endsWith("Span") ? undefined : v))) as T;
}

function modelOf(text: string, file: string) {
  const parsed = parseSchemaText(text, file);
  expect(parsed.diagnostics).toEqual([]);
  return buildModel([parsed.ast]);
}

function expectRoundTrip(text: string, file: string) {
  const first = modelOf(text, file);
  const second = modelOf(printSchema(first), "printed.tl");
  // Compare declaration by declaration, so a failure names the line that changed.
  const lines = (m: typeof first) => [...m.builtins.map(printBuiltin), ...m.constructors.map(printCombinator), ...m.functions.map(printCombinator)];
  expect(lines(second)).toEqual(lines(first));
  expect(withoutSpans(second)).toEqual(withoutSpans(first));
  return first.constructors.length + first.functions.length + first.builtins.length;
}

describe("round trip through the canonical printer", () => {
  it("holds for every declaration of schema/api.tl and schema/mtproto.tl", () => {
    expect(expectRoundTrip(readSchema("api.tl"), "api.tl")).toBeGreaterThan(2400);
    expect(expectRoundTrip(readSchema("mtproto.tl"), "mtproto.tl")).toBeGreaterThan(40);
  });

  it.skipIf(!HAS_SHARED)("holds for every declaration of ../shared/tl (layer 228, layer 223, mtproto.tl)", () => {
    expect(expectRoundTrip(readShared("api.tl"), "api.tl")).toBe(1642 + 806 + 1);
    expect(expectRoundTrip(readShared("api-layer223.tl"), "api-layer223.tl")).toBe(1545 + 757 + 1);
    expect(expectRoundTrip(readShared("mtproto.tl"), "mtproto.tl")).toBe(52 + 10 + 7);
  });

  it("prints a line in canonical form: padded id, single spaces, generics first", () => {
    const m = modelOf("invokeWithLayer#da9b0d0d  {X:Type}\n layer:int  query:!X = X;\nx#37c9330 a:flags.0?Vector<bytes> flags:# = X;", "t.tl");
    expect(m.functions.length + m.constructors.length).toBe(2);
    expect(printCombinator(m.constructors[0])).toBe("invokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X;");
    expect(printCombinator(m.constructors[1])).toBe("x#037c9330 a:flags.0?Vector<bytes> flags:# = X;");
  });
});
