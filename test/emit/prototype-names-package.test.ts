// TL names that are members of Object.prototype (a constructor named `constructor`, fields named
// `toString`, `valueOf`, `hasOwnProperty`), described by docs data: the package generates (no
// docs lookup finds Object.prototype's members), type-checks, and encodes a value that leaves
// such a field out without reading the inherited member.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { generateFiles, type GeneratedPackage } from "../../generator/index.ts";
import { writeTreeAtomically } from "../../generator/output/write.ts";
import { BUILTINS } from "../support/small-schema.ts";
import { runTsc } from "../support/tsc.ts";

const TL = `// LAYER 1
${BUILTINS}
constructor flags:# toString:flags.0?string valueOf:int = Thing;
---functions---
getThing flags:# constructor:flags.0?int hasOwnProperty:flags.1?true = Thing;
`;

const DOCS = {
  types: { Thing: "A thing." },
  entries: {
    constructor: { kind: "constructor", description: "The constructor named constructor.", params: { toString: "Its text." }, throws: [], available: "both" },
    getThing: { kind: "function", description: "Gets a thing.", params: { constructor: "Which one." }, throws: [], available: "both" },
  },
};

let dir: string;
let pkg: GeneratedPackage;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tlgen-proto-names-"));
  writeFileSync(join(dir, "docs.json"), JSON.stringify(DOCS));
  pkg = await generateFiles({ schema: [{ file: "proto.tl", text: TL }], all: true, docs: join(dir, "docs.json"), name: "tl-proto" });
  writeTreeAtomically(join(dir, "pkg"), pkg.files);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a schema whose names are Object.prototype's members", () => {
  it("generates with its docs, each where it belongs", () => {
    const types = pkg.files.find((f) => f.path === "src/types.ts")!.content;
    expect(types).toContain("The constructor named constructor.");
    expect(types).toMatch(/\/\*\* Its text\. \*\/\n {2}toString_\?: string;/);
    expect(pkg.stats).toMatchObject({ declarations: 2, documented: 2 });
  });

  it("type-checks with tsc --strict", () => {
    const r = runTsc(["--ignoreConfig", "--noEmit", "--strict", "--target", "ES2022", "--module", "NodeNext", "--moduleResolution", "NodeNext", "--types", "node", join(dir, "pkg", "src", "index.ts")]);
    expect(r.output).toBe("");
  }, 120_000);

  it("leaves out an absent field instead of reading Object.prototype's member, and round-trips", async () => {
    const root = await import(pathToFileURL(join(dir, "pkg", "dist", "node", "index.js")).href);
    const codecs = await import(pathToFileURL(join(dir, "pkg", "dist", "node", "codecs.js")).href);
    const value = { _: "constructor", valueOf_: 7 };
    const bytes: Uint8Array = codecs.encodeWith(codecs.writeTypeThing, value, "Thing");
    // id, flags 0 (no toString), valueOf
    expect(bytes.length).toBe(12);
    expect(codecs.decodeWith(codecs.readTypeThing, bytes)).toEqual({ _: "constructor", toString_: undefined, valueOf_: 7 });
    const request = new root.Api.GetThing({});
    expect(request.serialize().length).toBe(8);
    expect(new root.Api.GetThing({ constructor_: 5, hasOwnProperty_: true }).serialize().length).toBe(12);
  });
});
