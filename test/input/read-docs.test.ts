// The docs data is checked before any of it reaches generated code: a value of the wrong kind is
// an input error naming the file and the path to it, and the tables it gives have no prototype.
import { describe, expect, it } from "vitest";
import { DocsError, parseDocs } from "../../generator/input/read-docs.ts";
import { entryDocs, paramDocs, typeDocs } from "../../generator/model/schema-docs.ts";

const entry = (over: object) => JSON.stringify({ entries: { getThing: { kind: "function", description: "d", params: {}, throws: [], available: "both", ...over } } });

describe("parseDocs", () => {
  it.each([
    ["an error code that is code", entry({ throws: [{ code: "400); evil(", name: "X" }] }), 'entries["getThing"].throws[0].code must be a whole number'],
    ["an error without a name", entry({ throws: [{ code: 400, name: "" }] }), 'entries["getThing"].throws[0].name must be a text'],
    ["an availability of its own", entry({ available: "everyone" }), 'entries["getThing"].available must be "user", "bot" or "both"'],
    ["a description that is not text", entry({ description: { html: "x" } }), 'entries["getThing"].description must be a text or null'],
    ["a parameter description that is not text", entry({ params: { x: 1 } }), 'entries["getThing"].params["x"] must be a text'],
    ["a type description that is not text", JSON.stringify({ types: { Thing: ["x"] } }), 'types["Thing"] must be a text'],
    ["a list instead of an object", "[]", "the file must be an object"],
  ])("refuses %s, naming where", (_, text, where) => {
    expect(() => parseDocs(text, "docs.json")).toThrow(DocsError);
    expect(() => parseDocs(text, "docs.json")).toThrow(`docs.json: ${where} (the shape is that of tlgen's schema/api-docs.json)`);
  });

  it("says when the file is not JSON", () => {
    expect(() => parseDocs("{", "docs.json")).toThrow(/^docs\.json is not valid JSON: /);
  });

  it("gives tables where a TL name like constructor or toString finds only its own entry", () => {
    const docs = parseDocs(JSON.stringify({ types: {}, entries: { a: { kind: "constructor", description: null, params: {}, throws: [] } } }), "docs.json");
    expect(entryDocs(docs, "constructor")).toBeNull();
    expect(entryDocs(docs, "toString")).toBeNull();
    expect(typeDocs(docs, "constructor")).toBeNull();
    expect(paramDocs(entryDocs(docs, "a"), "valueOf")).toBeNull();
    expect(entryDocs(docs, "a")).toMatchObject({ available: "both", throws: [] });
  });
});
