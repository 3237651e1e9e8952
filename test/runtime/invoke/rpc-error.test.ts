// RpcError decoded from rpc_error bytes, with the message's number as a typed parameter.
import { describe, expect, it } from "vitest";
import { TlWriter } from "../../../generator/runtime/wire/writer.ts";
import { RpcError, decodeRpcError, isRpcErrorOf, parseRpcErrorMessage } from "../../../generator/runtime/invoke/rpc-error.ts";
import { TlDecodeError } from "../../../generator/runtime/wire/errors.ts";

function rpcErrorBytes(code: number, message: string): Uint8Array {
  const w = new TlWriter();
  w.id(0x2144ca19);
  w.int(code);
  w.string(message);
  return w.finish();
}

describe("RpcError", () => {
  it("decodes FLOOD_WAIT_42 from bytes with its seconds", () => {
    const bytes = rpcErrorBytes(420, "FLOOD_WAIT_42");
    expect(Buffer.from(bytes).toString("hex")).toBe("19ca4421a40100000d464c4f4f445f574149545f34320000");
    const e = decodeRpcError(bytes);
    expect(e).toBeInstanceOf(RpcError);
    expect([e.code, e.type, e.raw, e.params]).toEqual([420, "FLOOD_WAIT_%d", "FLOOD_WAIT_42", { seconds: 42 }]);
    expect(e.message).toBe("420 FLOOD_WAIT_42");
  });

  it("decodes an unknown error name as it is", () => {
    const e = decodeRpcError(rpcErrorBytes(400, "SOMETHING_NEW_AND_STRANGE"));
    expect([e.code, e.type, e.params]).toEqual([400, "SOMETHING_NEW_AND_STRANGE", {}]);
  });

  it.each([
    ["FLOOD_PREMIUM_WAIT_7", "FLOOD_PREMIUM_WAIT_%d", { seconds: 7 }],
    ["SLOWMODE_WAIT_30", "SLOWMODE_WAIT_%d", { seconds: 30 }],
    ["PHONE_MIGRATE_2", "PHONE_MIGRATE_%d", { dc: 2 }],
    ["USER_MIGRATE_4", "USER_MIGRATE_%d", { dc: 4 }],
    ["FILE_PART_3_MISSING", "FILE_PART_%d_MISSING", { part: 3 }],
    ["PREVIOUS_CHAT_IMPORT_ACTIVE_WAIT_5MIN", "PREVIOUS_CHAT_IMPORT_ACTIVE_WAIT_%dMIN", { minutes: 5 }],
    ["2FA_CONFIRM_WAIT_60", "2FA_CONFIRM_WAIT_%d", { seconds: 60 }],
    ["INVITE_HASH_EXPIRED", "INVITE_HASH_EXPIRED", {}],
  ])("parses %s as %s", (raw, type, params) => {
    expect(parseRpcErrorMessage(raw)).toEqual({ type, params });
  });

  it("rejects bytes that are not an rpc_error", () => {
    expect(() => decodeRpcError(new Uint8Array([1, 2, 3, 4]))).toThrow(TlDecodeError);
    expect(() => decodeRpcError(rpcErrorBytes(400, "X").subarray(0, 9))).toThrow(TlDecodeError);
  });

  it("refuses trailing bytes after the rpc_error", () => {
    const bytes = new Uint8Array([...rpcErrorBytes(420, "FLOOD_WAIT_42"), 0, 0, 0, 0]);
    expect(() => decodeRpcError(bytes)).toThrow(TlDecodeError);
    expect(() => decodeRpcError(bytes)).toThrow("4 trailing bytes after a complete value (offset 24; expected the end of the input)");
  });

  it("refuses FLOOD_WAIT_ followed by 400 digits instead of reading seconds: Infinity", () => {
    const raw = `FLOOD_WAIT_${"9".repeat(400)}`;
    const error = (() => {
      try {
        decodeRpcError(rpcErrorBytes(420, raw));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(TlDecodeError);
    expect((error as TlDecodeError).message).toBe(
      `the number in error message "FLOOD_WAIT_${"9".repeat(53)}..." is out of range (at most 2147483647) at rpc_error.error_message (offset 8; expected a number up to 2147483647)`,
    );
    expect(() => new RpcError(420, raw)).toThrow(RangeError);
  });

  it("takes parameters up to 2^31 - 1 and refuses the next number", () => {
    expect(decodeRpcError(rpcErrorBytes(420, "FLOOD_WAIT_2147483647")).params).toEqual({ seconds: 2147483647 });
    expect(decodeRpcError(rpcErrorBytes(303, "USER_MIGRATE_0000000004")).params).toEqual({ dc: 4 });
    expect(() => decodeRpcError(rpcErrorBytes(420, "FLOOD_WAIT_2147483648"))).toThrow(/out of range/);
    expect(() => parseRpcErrorMessage("FILE_PART_99999999999_MISSING")).toThrow(RangeError);
  });

  it("narrows to a request's known errors and the generic ones", () => {
    const request = { ERRORS: ["INVITE_HASH_EXPIRED", "INVITE_HASH_INVALID"] as const };
    expect(isRpcErrorOf(new RpcError(406, "INVITE_HASH_EXPIRED"), request)).toBe(true);
    expect(isRpcErrorOf(new RpcError(420, "FLOOD_WAIT_3"), request)).toBe(true);
    expect(isRpcErrorOf(new RpcError(400, "SOMETHING_ELSE"), request)).toBe(false);
    expect(isRpcErrorOf(new Error("INVITE_HASH_EXPIRED"), request)).toBe(false);
  });
});

describe("the hand-written rpc_error decoder", () => {
  // The runtime cannot import generated code, so it reads rpc_error itself: it must read what
  // the bundled schema declares.
  it("reads the id and fields schema/mtproto.tl declares for rpc_error", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { PROJECT_ROOT } = await import("../../../generator/input/project-files.ts");
    const { RPC_ERROR_ID } = await import("../../../generator/runtime/invoke/rpc-error.ts");
    const line = readFileSync(join(PROJECT_ROOT, "schema", "mtproto.tl"), "utf8").split("\n").find((l) => l.startsWith("rpc_error#"));
    expect(line).toBe(`rpc_error#${RPC_ERROR_ID.toString(16)} error_code:int error_message:string = RpcError;`);
  });
});
