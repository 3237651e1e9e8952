// TlWriter byte vectors, as hex: int edges, long as bigint, string padding around the 253/254
// header switch, Bool ids, vector headers; and its validation.
import { describe, expect, it } from "vitest";
import { TlWriter } from "../../../generator/runtime/wire/writer.ts";
import { TlEncodeError } from "../../../generator/runtime/wire/errors.ts";

const hex = (write: (w: TlWriter) => void): string => {
  const w = new TlWriter(4);
  write(w);
  return Buffer.from(w.finish()).toString("hex");
};

describe("TlWriter", () => {
  it.each([
    [0, "00000000"],
    [1, "01000000"],
    [-1, "ffffffff"],
    [2147483647, "ffffff7f"],
    [-2147483648, "00000080"],
  ])("writes int %d as %s", (v, expected) => expect(hex((w) => w.int(v))).toBe(expected));

  it.each([
    [0n, "0000000000000000"],
    [-1n, "ffffffffffffffff"],
    [2n ** 63n - 1n, "ffffffffffffff7f"],
    [-(2n ** 63n), "0000000000000080"],
    [0x0102030405060708n, "0807060504030201"],
  ])("writes long %s exactly, little-endian", (v, expected) => expect(hex((w) => w.long(v))).toBe(expected));

  it("accepts a safe-integer number for a long", () => {
    expect(hex((w) => w.long(5 as unknown as bigint))).toBe("0500000000000000");
  });

  it.each([
    [0, "00000000"],
    [1, "0161" + "0000"],
    [3, "03616161"],
    [4, "04616161" + "61000000"],
    [253, "fd" + "61".repeat(253) + "0000"],
    [254, "fefe0000" + "61".repeat(254) + "0000"],
    [255, "feff0000" + "61".repeat(255) + "00"],
    [1000, "fee80300" + "61".repeat(1000)],
  ])("writes a string of %d bytes with its header and padding to 4", (n, expected) => {
    const out = hex((w) => w.string("a".repeat(n)));
    expect(out).toBe(expected);
    expect((out.length / 2) % 4).toBe(0);
  });

  it("writes multi-byte UTF-8 near the header switch with the right length (84 and 85 three-byte chars)", () => {
    expect(hex((w) => w.string("€".repeat(84))).slice(0, 2)).toBe("fc"); // 252 bytes: short header
    expect(hex((w) => w.string("€".repeat(85))).slice(0, 8)).toBe("feff0000"); // 255 bytes: long header
  });

  it("encodes a lone surrogate as U+FFFD, as TextEncoder does", () => {
    expect(hex((w) => w.string("a\ud800b"))).toBe("0561efbfbd620000");
  });

  it("writes Bool as boolTrue#997275b5 / boolFalse#bc799737", () => {
    expect(hex((w) => w.bool(true))).toBe("b5757299");
    expect(hex((w) => w.bool(false))).toBe("379779bc");
  });

  it("writes a boxed vector header (vector#1cb5c415, count) and a bare one (count)", () => {
    expect(hex((w) => w.vector([1, 2], true))).toBe("15c4b51c02000000");
    expect(hex((w) => w.vector([], false))).toBe("00000000");
  });

  it("writes bytes with the same header rules as strings", () => {
    expect(hex((w) => w.bytes(new Uint8Array([1, 2, 3])))).toBe("03010203");
    expect(hex((w) => w.bytes(new Uint8Array(254))).slice(0, 8)).toBe("fefe0000");
  });

  it("grows its buffer as needed", () => {
    const w = new TlWriter(4);
    for (let i = 0; i < 1000; i++) w.int(i);
    expect(w.finish().length).toBe(4000);
  });

  it.each([
    ["int 2^31", (w: TlWriter) => w.int(2 ** 31), "int must be an integer in int32 range (-2147483648..2147483647), got 2147483648"],
    ["int 1.5", (w: TlWriter) => w.int(1.5), "int must be an integer in int32 range (-2147483648..2147483647), got 1.5"],
    ["long 2^63", (w: TlWriter) => w.long(2n ** 63n), "long must be a bigint in int64 range, got 9223372036854775808n"],
    ["long as string", (w: TlWriter) => w.long("5" as unknown as bigint), 'long must be a bigint in int64 range (or a safe integer number), got "5"'],
    ["double as string", (w: TlWriter) => w.double("1" as unknown as number), 'double must be a number, got "1"'],
    ["bytes as array", (w: TlWriter) => w.bytes([1] as unknown as Uint8Array), "bytes must be a Uint8Array, got array(1)"],
    ["int128 of 15 bytes", (w: TlWriter) => w.fixed(new Uint8Array(15), 16), "int128 must be a Uint8Array of exactly 16 bytes, got Uint8Array(15)"],
    ["Bool as 1", (w: TlWriter) => w.bool(1 as unknown as boolean), "Bool must be a boolean, got 1"],
  ])("rejects %s with a TlEncodeError naming the rule", (_, write, message) => {
    expect(() => write(new TlWriter())).toThrow(new TlEncodeError(message));
  });
});
