// Example parameters for the reference pages: every parameter set, peers as names, values that
// read as what they are, and a wrapper's query one of the package's own requests.
import { beforeAll, describe, expect, it } from "vitest";
import { exampleParams, exampleQuery } from "../../generator/emit/doc-examples.ts";
import type { PackagePlan } from "../../generator/plan/plan.ts";
import { BUILTINS, casesPlan, planFromTl } from "../support/small-schema.ts";

let plan: PackagePlan;
beforeAll(() => {
  plan = casesPlan();
});

const fn = (name: string, from = plan) => from.functionByName.get(name)!;

describe("exampleParams", () => {
  it("is empty for a method without parameters", () => {
    expect(exampleParams(fn("ping"))).toBe("");
  });

  it("sets every parameter, one per line: flags true, peers as names, vectors of peers as lists of names", () => {
    expect(exampleParams(fn("messages.invite"))).toBe('{\n  peer: "@mychannel",\n  users: ["@username"],\n  title: "Friends and family",\n}');
    expect(exampleParams(fn("messages.getLinks"))).toBe(
      '{\n  revoked: true,\n  offsetDate: Math.floor(Date.now() / 1000) + 86400,\n  offsetLink: "https://t.me/+AbCdEfGhIjKl",\n  limit: 10,\n}',
    );
  });

  it("builds objects with their required fields, fixed sizes as zeroed bytes, nested vectors nested", () => {
    const text = exampleParams(fn("useAll"));
    expect(text).toContain('  a: { _: "noParams" },\n');
    expect(text).toContain('  d: { _: "vectors", ids: [1234567890n], names: ["Friends and family"], nested: [[42]] },\n');
    expect(text).toContain('  f: { _: "fixedSizes", nonce: new Uint8Array(16), key: new Uint8Array(32) },\n');
    expect(text).toContain('  h: { _: "bareHolder", one: { _: "pair", a: 42, b: "Some text" }, many: [{ _: "pair", a: 42, b: "Some text" }] },\n');
  });

  it("picks a union's constructor that is not an Empty placeholder, with the fewest fields", () => {
    const tl = `${BUILTINS}\nthingEmpty = Thing;\nthingBig a:int b:int = Thing;\nthingSmall a:int = Thing;\n---functions---\nf t:Thing h:long = Bool;\n`;
    expect(exampleParams(fn("f", planFromTl(tl)))).toBe('{\n  t: { _: "thingSmall", a: 42 },\n  h: 1234567890n,\n}');
  });

  it("stops showing fields two levels down", () => {
    const tl = `${BUILTINS}\nc x:int = C;\nb c:C = B;\na b:B = A;\n---functions---\nf a:A = Bool;\n`;
    expect(exampleParams(fn("f", planFromTl(tl)))).toBe('{\n  a: { _: "a", b: { _: "b", c: { _: "c" } } },\n}');
  });

  it("puts the given query in a wrapper's `!X` parameter", () => {
    expect(exampleParams(fn("wrap"), "new Api.Ping()")).toBe("{\n  layer: 42,\n  query: new Api.Ping(),\n}");
  });
});

describe("exampleQuery", () => {
  it("is the package's simplest request that is not a wrapper", () => {
    expect(exampleQuery(plan.functions)).toBe("new Api.Ping()");
    expect(exampleQuery([fn("messages.invite"), fn("wrap")])).toBe('new Api.messages.Invite({\n    peer: "@mychannel",\n    users: ["@username"],\n    title: "Friends and family",\n  })');
    expect(exampleQuery([fn("wrap")])).toBe("query /* a request */");
  });
});
