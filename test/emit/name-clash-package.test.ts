// A package generated from schema/fixtures/name-clash.tl (reserved words, globals, user/User)
// type-checks and round-trips its values.
import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { generateFixture, writeFixture } from "../support/generate-fixture.ts";
import { runTsc } from "../support/tsc.ts";

let dir: string;
beforeAll(async () => {
  const result = await generateFixture(["schema/fixtures/builtins.tl", "schema/fixtures/name-clash.tl"]);
  expect(result.diagnostics).toEqual([]);
  dir = writeFixture(result);
});

describe("a package with clashing and reserved names", () => {
  it("type-checks its sources with tsc --strict", () => {
    const r = runTsc(["--ignoreConfig", "--noEmit", "--strict", "--target", "ES2022", "--module", "NodeNext", "--moduleResolution", "NodeNext", "--types", "node", join(dir, "src", "index.ts")]);
    expect(r.output).toBe("");
  });

  it("encodes and decodes fields named type, default, delete, private, static, long, constructor", async () => {
    const root = await import(pathToFileURL(join(dir, "dist", "index.js")).href);
    const pkg = { ...root, ...(await import(pathToFileURL(join(dir, "dist", "codecs.js")).href)) };
    const message = { _: "message", out: true, type: 1, default: "d", delete: false, private: 5n, static: "s", long: 1.5, constructor_: 7 };
    const bytes = pkg.encodeWith(pkg.writeTypeMessage, message, "Message");
    expect(pkg.decodeWith(pkg.readTypeMessage, bytes)).toEqual(message);
    const request = new pkg.Api.Default({ type: 3, constructor_: "c" });
    expect(request.constructor_).toBe("c");
    expect(request.serialize().length).toBe(12);
    expect(typeof pkg.isTypeError_).toBe("function");
    expect(typeof pkg.writeTypeError_).toBe("function");
    expect(new pkg.Api.ns.Delete({ private: { _: "user", id: 1n } }).tlName).toBe("ns.delete");
    expect(new pkg.Api.ns.Serialize({ encodeTo_: 1 }).serialize().length).toBe(8);
  });
});
