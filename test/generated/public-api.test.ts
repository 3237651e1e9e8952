// The package's public API is what its entry points export, the same in both builds: the
// module-per-file build bundlers get (`module` condition) and the bundled build Node gets
// (`default`, dist/node/). The root has the runtime's public names (runtime/index.ts), never
// its internals.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";

const PKG = join(PROJECT_ROOT, "generated");
const exportsMap = (): Record<string, { module: string; default: string }> => JSON.parse(readFileSync(join(PKG, "package.json"), "utf8")).exports;
const namesOf = async (file: string) => Object.keys(await import(pathToFileURL(join(PKG, file)).href)).sort();

describe("the generated package's entry points", () => {
  it("export the same names from the module build and the Node build, for every subpath", async () => {
    const entries = Object.entries(exportsMap()).filter(([, v]) => typeof v === "object");
    expect(entries.map(([k]) => k)).toEqual(expect.arrayContaining([".", "./types", "./codecs", "./readers", "./writers", "./guards", "./messages"]));
    for (const [subpath, target] of entries) {
      expect([subpath, await namesOf(target.default)]).toEqual([subpath, await namesOf(target.module)]);
    }
  });

  it("export from the root the runtime's public names and none of its internals", async () => {
    const root = new Set(await namesOf("dist/node/index.js"));
    for (const name of ["Api", "TlDecodeError", "TlEncodeError", "encodeWith", "decodeWith", "TlReader", "TlWriter", "LAYER", "BotApiClient", "GramjsLayerError", "readTypeExportedChatInvite", "isTypeExportedChatInvite"]) {
      expect([name, root.has(name)]).toEqual([name, true]);
    }
    for (const internal of ["notInUnion", "partialGroup", "derivedFlag", "writeIntItem", "readWithGramjsReader", "toGramjsBytes", "fromGramjsObject", "describe", "hex", "checkString", "traceEncode", "TracingReader", "ownCopy", "checkParams"]) {
      expect([internal, root.has(internal)]).toEqual([internal, false]);
    }
    const runtimePublic = await namesOf("dist/runtime/index.js");
    for (const name of runtimePublic) expect([name, root.has(name)]).toEqual([name, true]);
  });
});
