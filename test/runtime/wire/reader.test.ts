// TlReader: reads what the writer writes, and rejects hostile input with a TlDecodeError that
// gives the offset and what was expected.
import { thrown } from "../../helpers.ts";
import { describe, expect, it } from "vitest";
import { TlReader, MAX_DEPTH } from "../../../generator/runtime/wire/reader.ts";
import { TlWriter } from "../../../generator/runtime/wire/writer.ts";
import { TlDecodeError } from "../../../generator/runtime/wire/errors.ts";

const bytes = (hex: string) => new Uint8Array(Buffer.from(hex, "hex"));

const decodeError = (f: () => unknown): TlDecodeError => thrown(f, TlDecodeError);

describe("TlReader", () => {
  it("reads back every primitive the writer wrote", () => {
    const w = new TlWriter();
    w.int(-5);
    w.long(-(2n ** 63n));
    w.double(-0.5);
    w.string("héllo 🎉");
    w.string("x".repeat(300));
    w.bytes(new Uint8Array([9, 8, 7]));
    w.bool(true);
    w.fixed(new Uint8Array(16).fill(3), 16);
    const r = new TlReader(w.finish());
    expect([r.int(), r.long(), r.double(), r.string(), r.string(), r.bytesValue(), r.bool(), r.fixed(16)]).toEqual([
      -5,
      -(2n ** 63n),
      -0.5,
      "héllo 🎉",
      "x".repeat(300),
      new Uint8Array([9, 8, 7]),
      true,
      new Uint8Array(16).fill(3),
    ]);
    expect(() => r.end()).not.toThrow();
  });

  it("rejects a truncated int with the offset and what it expected", () => {
    const e = decodeError(() => new TlReader(bytes("0102")).int());
    expect(e.message).toBe("input ends after 2 of 4 bytes (offset 0; expected 4 bytes of int)");
  });

  it("rejects a string whose length runs past the end", () => {
    const e = decodeError(() => new TlReader(bytes("0a616263")).string());
    expect(e.message).toBe("string of 10 bytes runs past the end of the input (offset 0; expected 12 bytes, 4 left)");
  });

  it("rejects the 0xff length prefix", () => {
    expect(decodeError(() => new TlReader(bytes("ff000000")).string()).message).toMatch(/invalid length prefix 0xff/);
  });

  it("checks a vector count against the bytes left before allocating anything", () => {
    const e = decodeError(() => new TlReader(bytes("15c4b51cffffff7f00000000")).vector(true, 4));
    expect(e.message).toBe("vector count 2147483647 does not fit in the 4 bytes left (offset 4; expected at most 1 elements)");
  });

  it("rejects a Bool that is neither boolTrue nor boolFalse", () => {
    expect(decodeError(() => new TlReader(bytes("01020304")).bool()).message).toBe(
      "unknown constructor 0x04030201 for Bool (offset 0; expected boolTrue#997275b5 or boolFalse#bc799737)",
    );
  });

  it("limits nesting depth", () => {
    const r = new TlReader(new Uint8Array(4));
    for (let i = 0; i < MAX_DEPTH; i++) r.enter();
    expect(decodeError(() => r.enter()).message).toMatch(/objects nest deeper than 64 levels/);
  });

  it("reports trailing bytes after a complete value", () => {
    const r = new TlReader(bytes("0100000002"));
    r.int();
    expect(decodeError(() => r.end()).message).toBe("1 trailing bytes after a complete value (offset 4; expected the end of the input)");
  });

  it("rejects input that is not a Uint8Array", () => {
    expect(decodeError(() => new TlReader("abc" as unknown as Uint8Array)).message).toMatch(/^input must be a Uint8Array, got a string \(offset 0/);
    expect(decodeError(() => new TlReader(new Uint16Array(2) as unknown as Uint8Array)).message).toMatch(
      /^input must be a Uint8Array, got a Uint16Array \(view its bytes: new Uint8Array\(x\.buffer, x\.byteOffset, x\.byteLength\), or new Uint8Array\(buffer\)\)/,
    );
    expect(decodeError(() => new TlReader(new ArrayBuffer(4) as unknown as Uint8Array)).message).toMatch(/^input must be a Uint8Array, got an ArrayBuffer /);
  });
});
