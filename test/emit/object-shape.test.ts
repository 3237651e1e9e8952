// The TS shape of a combinator's fields: members outside groups, type-literal text with docs,
// all-or-none alternatives, and property signatures.
import { beforeAll, describe, expect, it } from "vitest";
import { StructureKind } from "ts-morph";
import { groupAlternatives, groupedShape, plainMembers, propertySignatures, typeLiteral, type Member } from "../../generator/emit/object-shape.ts";
import { NO_LINKS } from "../../generator/emit/doc-text.ts";
import { formatTypeScript } from "../../generator/render/format.ts";
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
    const [[all, none]] = groupAlternatives(plan.constructorByName.get("sharedBit")!, typeOf, NO_LINKS);
    expect(all.map((m) => `${m.name}${m.optional ? "?" : ""}: ${m.type}`)).toEqual(["offsetDate: int", "offsetLink: string"]);
    expect(none.map((m) => `${m.name}${m.optional ? "?" : ""}: ${m.type}`)).toEqual(["offsetDate?: undefined", "offsetLink?: undefined"]);
    expect(none[1].doc).toBe("Given together with `offsetDate`, or not at all.");
  });

  it("is empty without typed groups", () => {
    expect(groupAlternatives(plan.constructorByName.get("sharedTrue")!, typeOf, NO_LINKS)).toEqual([]);
    expect(groupAlternatives(plan.constructorByName.get("pair")!, typeOf, NO_LINKS)).toEqual([]);
  });
});

describe("groupedShape", () => {
  const m = (name: string, type: string, optional = false): Member => ({ name, type, optional, doc: name });
  it("lays out the plain members, then each group's alternatives as prettier does", () => {
    const groups = [
      [[m("a", "A")], [m("a", "undefined", true)]],
      [[m("b", "B")], [m("b", "undefined", true)]],
    ];
    expect(groupedShape([m("x", "X")], groups)).toBe(
      [
        "{",
        "  /** x */",
        "  x: X;",
        "} & (",
        "  | {",
        "      /** a */",
        "      a: A;",
        "    }",
        "  | {",
        "      /** a */",
        "      a?: undefined;",
        "    }",
        ") &",
        "  (",
        "    | {",
        "        /** b */",
        "        b: B;",
        "      }",
        "    | {",
        "        /** b */",
        "        b?: undefined;",
        "      }",
        "  )",
      ].join("\n"),
    );
  });

  it("is what prettier prints for it, so prettier changes nothing", async () => {
    const groups = [
      [[m("a", "A")], [m("a", "undefined", true)]],
      [[m("b", "B"), m("c", "C")], [m("b", "undefined", true), m("c", "undefined", true)]],
    ];
    for (const plain of [[m("x", "X")], []]) {
      const text = `export type P = ${groupedShape(plain, groups)};\n`;
      expect(await formatTypeScript(text, "p.ts")).toBe(text);
    }
  });

  it("writes an empty literal when every member is in a group", () => {
    expect(groupedShape([], [[[m("a", "A")], [m("a", "undefined", true)]]]).startsWith("{} & (\n  | {")).toBe(true);
  });
});

describe("propertySignatures", () => {
  it("turns members into property signature structures", () => {
    expect(propertySignatures([{ name: "a", type: "number", optional: true, doc: "d" }])).toEqual([{ kind: StructureKind.PropertySignature, name: "a", type: "number", hasQuestionToken: true, docs: ["d"] }]);
  });
});
