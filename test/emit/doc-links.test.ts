// linksFor: a mention in a doc comment becomes a `{@link}` to one of the package's declarations,
// importing it type-only where the module does not have it in scope.
import { beforeAll, describe, expect, it } from "vitest";
import { linksFor } from "../../generator/emit/doc-links.ts";
import { tsModule } from "../../generator/emit/module.ts";
import type { PackagePlan } from "../../generator/plan/plan.ts";
import { casesPlan, importsOf } from "../support/small-schema.ts";

let plan: PackagePlan;
beforeAll(() => {
  plan = casesPlan();
});

describe("linksFor", () => {
  it("links a constructor by its type name, importing nothing inside types.ts", () => {
    const types = tsModule("types.ts");
    expect(linksFor(plan, types)("inputPeerUser", "constructor")).toBe("{@link InputPeerUser}");
    expect(importsOf(types)).toEqual([]);
  });

  it("imports a linked constructor's type from types.js elsewhere, by the way back to src/", () => {
    const requests = tsModule("requests/messages.ts");
    expect(linksFor(plan, requests)("pair", "constructor")).toBe("{@link Pair}");
    expect(importsOf(requests)).toEqual(["type ../types.js: Pair"]);
    const top = tsModule("readers.ts");
    linksFor(plan, top)("pair", "constructor");
    expect(importsOf(top)).toEqual(["type ./types.js: Pair"]);
  });

  it("links a method of the same module by its class name, and another module's through a namespace import", () => {
    const messages = tsModule("requests/messages.ts");
    const link = linksFor(plan, messages);
    expect(link("messages.invite", "function")).toBe("{@link Invite}");
    expect(importsOf(messages)).toEqual([]);
    expect(link("ping", "function")).toBe("{@link rootRequests.Ping}");
    expect(importsOf(messages)).toEqual(["type ../requests/root.js: * as rootRequests"]);
    const types = tsModule("types.ts");
    expect(linksFor(plan, types)("messages.getLinks", "function")).toBe("{@link messagesRequests.GetLinks}");
    expect(importsOf(types)).toEqual(["type ./requests/messages.js: * as messagesRequests"]);
  });

  it("gives no link, and imports nothing, for what the package does not have", () => {
    const m = tsModule("requests/messages.ts");
    const link = linksFor(plan, m);
    expect(link("channelFull", "constructor")).toBeNull();
    expect(link("messages.sendMessage", "function")).toBeNull();
    expect(link("pair", "function")).toBeNull();
    expect(importsOf(m)).toEqual([]);
  });
});
