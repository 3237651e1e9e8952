// The TS shape of a combinator's fields: members outside groups, type-literal text with docs,
// all-or-none alternatives, and property signatures.
import { beforeAll, describe, expect, it } from "vitest";
import { StructureKind } from "ts-morph";
import { groupAlternatives, plainMembers, propertySignatures, typeLiteral, type Member } from "../../generator/emit/object-shape.ts";
import { NO_LINKS } from "../../generator/emit/doc-text.ts";
import type { FieldPlan, PackagePlan } from "../../generator/plan/plan.ts";
import { casesPlan } from "../support/small-schema.ts";

let plan: PackagePlan;
beforeAll(() => {
  plan = casesPlan();
});

const typeOf = (f: FieldPlan) => (f.role === "flag" ? "boolean" : f.wire.kind === "primitive" ? f.wire.name : f.wire.kind);

describe("plainMembers", () => {
  it("lists the leading members, then each field outside a typed group in wire order, optional unless required", () => {
    const tag: Member = { name: "_", type: '"x"', optional: false, doc: "tag" };
    const links = plan.functionByName.get("messages.getLinks")!;
    expect(plainMembers(links, typeOf, NO_LINKS, [tag]).map((m) => `${m.name}${m.optional ? "?" : ""}: ${m.type}`)).toEqual(['_: "x"', "revoked?: boolean", "limit: int"]);
  });

  it("keeps a field whose group is not typed (a value with a `?true`)", () => {
    expect(plainMembers(plan.constructorByName.get("sharedTrue")!, typeOf, NO_LINKS).map((m) => m.name)).toEqual(["pinned", "until"]);
  });
});

describe("typeLiteral", () => {
  it("prints members with their docs, one-line docs on one line and longer ones as blocks", () => {
    const members: Member[] = [
      { name: "a", type: "number", optional: false, doc: "One line." },
      { name: "b", type: "string", optional: true, doc: "First.\n\nSecond." },
    ];
    expect(typeLiteral(members)).toBe("{\n  /** One line. */\n  a: number;\n  /**\n   * First.\n   *\n   * Second.\n   */\n  b?: string;\n}");
    expect(typeLiteral([], "  ")).toBe("{\n  }");
  });
});

describe("groupAlternatives", () => {
  it("gives each typed group all its values or none of them, documented", () => {
    const [alt] = groupAlternatives(plan.constructorByName.get("sharedBit")!, typeOf, NO_LINKS);
    const squashed = alt.replace(/\/\*\*[\s\S]*?\*\//g, "").replace(/\s+/g, " ");
    expect(squashed).toBe("({ offsetDate: int; offsetLink: string; } | { offsetDate?: undefined; offsetLink?: undefined; })");
    expect(alt).toContain("/** Given together with `offsetDate`, or not at all. */");
  });

  it("is empty without typed groups", () => {
    expect(groupAlternatives(plan.constructorByName.get("sharedTrue")!, typeOf, NO_LINKS)).toEqual([]);
    expect(groupAlternatives(plan.constructorByName.get("pair")!, typeOf, NO_LINKS)).toEqual([]);
  });
});

describe("propertySignatures", () => {
  it("turns members into property signature structures", () => {
    expect(propertySignatures([{ name: "a", type: "number", optional: true, doc: "d" }])).toEqual([{ kind: StructureKind.PropertySignature, name: "a", type: "number", hasQuestionToken: true, docs: ["d"] }]);
  });
});
