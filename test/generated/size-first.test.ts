// The size-first path: every method's free function (`exportChatInvite({ ... })`) gives the bytes
// its class's serialize() gives, and refuses a bad value with the same TlEncodeError (message and
// path), an unknown parameter with the same did-you-mean; its result reader reads what the class's
// decodeResult reads; and the invoker sends its bytes and types its result.
import { beforeAll, describe, expect, it } from "vitest";
import * as pkg from "tl-invite";
import { TlEncodeError, createInvoker, decodeWith, encodeWith, type Read, type TlBody } from "tl-invite";
import { exportChatInvite, readExportChatInviteResult, ExportChatInvite } from "tl-invite/messages";
import { writeTypeExportedChatInvite } from "tl-invite/codecs";
import { testSchema } from "../support/schema-model.ts";
import { requestVariants } from "../support/sample-values.ts";
import { hex } from "../support/reference-libs.ts";
import { namespaceOf, requestClassName, requestFunctionName, resultReaderName } from "../../generator/plan/names.ts";
import type { Combinator } from "../../generator/model/ir.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

/** The class, the function and the result reader of a method, from the package's namespaces. */
function methodOf(tlName: string): { Class: Any; fn: (params?: unknown) => Uint8Array; read: Read<unknown> | undefined } {
  const ns = namespaceOf(tlName);
  const space: Any = ns ? (pkg.Api as Any)[ns] : pkg.Api;
  return { Class: space[requestClassName(tlName)], fn: space[requestFunctionName(tlName)], read: space[resultReaderName(tlName)] };
}

/** What a throw was: its class, message and path, or "no error". */
function failure(run: () => unknown): string {
  try {
    run();
    return "no error";
  } catch (e) {
    return e instanceof TlEncodeError ? `TlEncodeError ${e.message} @ ${e.path.join("/")}` : `${(e as Error)?.name}: ${(e as Error)?.message}`;
  }
}

let methods: Combinator[];
beforeAll(() => {
  // Every method of the bundled selection but the generic wrappers (their query is tested below).
  methods = testSchema().closure.functions.filter((f) => f.result.kind !== "typeParam");
});

describe("every method's size-first function", () => {
  it("exists beside its class, with the reader of its result", () => {
    expect(methods.length).toBeGreaterThanOrEqual(25);
    for (const f of methods) {
      const { Class, fn, read } = methodOf(f.name);
      expect(typeof Class, f.name).toBe("function");
      expect(typeof fn, f.name).toBe("function");
      expect(typeof read, f.name).toBe("function");
    }
  });

  it("gives the bytes its class's serialize() gives, for every variant of its parameters", () => {
    let compared = 0;
    for (const f of methods) {
      const { Class, fn } = methodOf(f.name);
      for (const v of requestVariants(f)) {
        expect(hex(fn(v.params)), `${f.name}, ${v.label}`).toBe(hex(new Class(v.params).serialize()));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it("refuses a bad value with the class's TlEncodeError: the same message and path", () => {
    for (const f of methods) {
      const { Class, fn } = methodOf(f.name);
      const [variant] = requestVariants(f).filter((v) => v.label.startsWith("all"));
      const fields = Object.keys(variant.params);
      for (const field of fields) {
        // A symbol is no TL value of any type: every field refuses it.
        const bad = { ...variant.params, [field]: Symbol("bad") };
        const viaClass = failure(() => new Class(bad).serialize());
        expect(viaClass, `${f.name}.${field}`).toMatch(/^TlEncodeError /);
        expect(failure(() => fn(bad)), `${f.name}.${field}`).toBe(viaClass);
      }
    }
  });

  it("refuses an unknown parameter with the class's did-you-mean, and a missing params object alike", () => {
    const params = { peer: { _: "inputPeerSelf" }, usageLimt: 10 };
    const viaClass = failure(() => new ExportChatInvite(params as never));
    expect(viaClass).toContain('unknown parameter "usageLimt" (did you mean "usageLimit"?)');
    expect(failure(() => exportChatInvite(params as never))).toBe(viaClass);
    expect(failure(() => exportChatInvite(undefined as never))).toBe(failure(() => new (ExportChatInvite as Any)()));
    expect(failure(() => exportChatInvite("peer" as never))).toBe(failure(() => new ExportChatInvite("peer" as never)));
  });

  it("refuses a peer given by name or id (a type error too), which only an invoker or a GramJS client can resolve", () => {
    // @ts-expect-error a name needs the invoker's resolver
    expect(failure(() => exportChatInvite({ peer: "@durov" }))).toMatch(/TlEncodeError .*resolved first/);
    // @ts-expect-error an id needs the invoker's peer cache
    expect(failure(() => exportChatInvite({ peer: -1001234567890 }))).toBe(failure(() => new ExportChatInvite({ peer: -1001234567890 }).serialize()));
  });

  it("reads its result as the class's decodeResult does", () => {
    const invite = { _: "chatInvitePublicJoinRequests" } as const;
    const bytes = encodeWith(writeTypeExportedChatInvite, invite);
    const request = new ExportChatInvite({ peer: { _: "inputPeerSelf" } });
    expect(decodeWith(readExportChatInviteResult, bytes)).toEqual(request.decodeResult(bytes));
  });
});

describe("a wrapper's size-first function", () => {
  const { invokeWithLayer } = pkg.Api;
  it("takes another function's bytes as its query, and writes them whole", () => {
    const inner = { peer: { _: "inputPeerSelf" }, title: "Team invite ✨" } as const;
    const viaFunctions = invokeWithLayer({ layer: 227, query: exportChatInvite(inner) });
    const viaClasses = new pkg.Api.InvokeWithLayer({ layer: 227, query: new ExportChatInvite(inner) }).serialize();
    expect(hex(viaFunctions)).toBe(hex(viaClasses));
    expect(hex(invokeWithLayer({ layer: 227, query: new ExportChatInvite(inner) }))).toBe(hex(viaClasses));
    expect(failure(() => invokeWithLayer({ layer: 227, query: new Uint8Array(2) as TlBody<unknown> }))).toMatch(/TlEncodeError invokeWithLayer.query: query must be a whole request/);
  });
});

describe("the invoker, given a size-first body", () => {
  it("sends its bytes as they are and reads the answer with the reader it is given", async () => {
    const sent: Uint8Array[] = [];
    const answer = encodeWith(writeTypeExportedChatInvite, { _: "chatInvitePublicJoinRequests" });
    const invoker = createInvoker(async (body) => (sent.push(body), answer));
    const body = exportChatInvite({ peer: { _: "inputPeerSelf" }, usageLimit: 5 });
    const result = await invoker.invoke(body, readExportChatInviteResult);
    expect(result).toEqual({ _: "chatInvitePublicJoinRequests" });
    expect(hex(sent[0])).toBe(hex(body));
  });

  it("says what it needs when the reader is missing or the body is not a request", async () => {
    const invoker = createInvoker(async () => new Uint8Array(0));
    await expect(invoker.invoke(exportChatInvite({ peer: { _: "inputPeerSelf" } }), undefined as never)).rejects.toThrow(/needs the reader of the method's result/);
    await expect(invoker.invoke(new Uint8Array(2) as TlBody<never>, readExportChatInviteResult)).rejects.toThrow(/at least its 4-byte constructor id/);
  });
});
