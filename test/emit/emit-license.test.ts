// Every generated package carries tlgen's MIT license: the emitter's text is the repository's
// LICENSE byte for byte, package.json says "MIT", and generated/ holds both.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LICENSE_TEXT, emitLicense } from "../../generator/emit/emit-license.ts";
import { emitPackage } from "../../generator/emit/emit-package.ts";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { casesPlan } from "../support/small-schema.ts";

const read = (...path: string[]) => readFileSync(join(PROJECT_ROOT, ...path), "utf8");

describe("the generated package's LICENSE", () => {
  it("is the repository's LICENSE, word for word, an MIT license", () => {
    expect(LICENSE_TEXT).toBe(read("LICENSE"));
    expect(LICENSE_TEXT.startsWith("MIT License\n")).toBe(true);
    expect(emitLicense()).toEqual([{ kind: "text", path: "LICENSE", content: LICENSE_TEXT }]);
  });

  it("is emitted with every package, whose package.json names the license", () => {
    const files = emitPackage(casesPlan(), { modules: [], dependencies: null, stats: {} });
    const license = files.find((f) => f.path === "LICENSE");
    expect(license?.kind === "text" && license.content).toBe(LICENSE_TEXT);
    const pkg = files.find((f) => f.path === "package.json");
    expect(pkg?.kind === "text" && JSON.parse(pkg.content).license).toBe("MIT");
  });

  it("is in generated/, and tlgen's own package.json says MIT too", () => {
    expect(read("generated", "LICENSE")).toBe(read("LICENSE"));
    expect(JSON.parse(read("generated", "package.json")).license).toBe("MIT");
    expect(JSON.parse(read("package.json")).license).toBe("MIT");
  });
});
