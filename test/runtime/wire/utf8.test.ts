// TlWriter.string and TlReader.string against TextEncoder and TextDecoder, whose behaviour they
// copy by hand for short strings: every length across the switch-overs (the writer's hand loop
// up to 40 ASCII or 24 other code units, the reader's up to 64 bytes for ASCII-led text and 255
// for the rest),
// every plane, lone surrogates, and bytes that are not UTF-8 (overlong forms, encoded
// surrogates, past U+10FFFF, truncated sequences, stray continuation bytes).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TlReader } from "../../../generator/runtime/wire/reader.ts";
import { TlWriter } from "../../../generator/runtime/wire/writer.ts";

const encoder = new TextEncoder();
// As the reader's own decoder is configured: replacement, not errors; a BOM is text.
const decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

/** `data` as a TL string or bytes field: the length prefix, the data, zeros to a multiple of 4. */
function framed(data: Uint8Array): Uint8Array {
  const n = data.length;
  const header = n <= 253 ? [n] : [254, n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff];
  const out = new Uint8Array((header.length + n + 3) & ~3);
  out.set(header);
  out.set(data, header.length);
  return out;
}

/** What TlWriter.string must write: TextEncoder's bytes, framed. */
const expectedWrite = (s: string) => hex(framed(encoder.encode(s)));

function written(s: string, prefix = 0): string {
  const w = new TlWriter(4); // small, so long strings also take the buffer's growth
  for (let i = 0; i < prefix; i++) w.int(i);
  w.string(s);
  return hex(w.finish().subarray(prefix * 4));
}

/** TlReader.string over `data` framed, checking it ends at the padded end. */
function read(data: Uint8Array): string {
  const input = framed(data);
  const r = new TlReader(input);
  const s = r.string();
  expect(r.pos).toBe(input.length);
  return s;
}

/** One piece of text of each kind the writer meets, as UTF-16. */
const piece = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x80, max: 0x7ff }).map((c) => String.fromCharCode(c)),
  fc
    .integer({ min: 0x800, max: 0xffff })
    .filter((c) => (c & 0xf800) !== 0xd800)
    .map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0xd800, max: 0xdbff }).map((c) => String.fromCharCode(c)), // lone high surrogate
  fc.integer({ min: 0xdc00, max: 0xdfff }).map((c) => String.fromCharCode(c)), // lone low surrogate
);
const text = (maxLength: number) => fc.array(piece, { maxLength }).map((p) => p.join(""));

const cont = fc.integer({ min: 0x80, max: 0xbf });
const bytesOf = (...parts: fc.Arbitrary<number>[]) => fc.tuple(...parts).map((b) => Uint8Array.from(b));
/** One piece of input of each kind the reader meets, valid UTF-8 or not. */
const bytePiece = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }).map((b) => Uint8Array.of(b)),
  piece.map((s) => encoder.encode(s)), // valid UTF-8 of any plane
  piece.map((s) => encoder.encode(s).subarray(0, -1)), // truncated (or empty, for ASCII)
  bytesOf(fc.integer({ min: 0xc0, max: 0xc1 }), cont), // overlong 2-byte
  bytesOf(fc.constant(0xe0), fc.integer({ min: 0x80, max: 0x9f }), cont), // overlong 3-byte
  bytesOf(fc.constant(0xf0), fc.integer({ min: 0x80, max: 0x8f }), cont, cont), // overlong 4-byte
  bytesOf(fc.constant(0xed), fc.integer({ min: 0xa0, max: 0xbf }), cont), // a surrogate, encoded
  bytesOf(fc.constant(0xf4), fc.integer({ min: 0x90, max: 0xbf }), cont, cont), // past U+10FFFF
  bytesOf(fc.integer({ min: 0xf5, max: 0xff }), cont, cont, cont), // no such lead byte
  cont.map((b) => Uint8Array.of(b)), // a stray continuation byte
  fc.constant(Uint8Array.of(0xef, 0xbb, 0xbf)), // a BOM, which stays text
  fc.integer({ min: 0, max: 0xff }).map((b) => Uint8Array.of(b)),
);
const byteText = (maxLength: number) =>
  fc.array(bytePiece, { maxLength }).map((p) => Uint8Array.from(p.flatMap((b) => [...b])));

describe("TlWriter.string against TextEncoder", () => {
  it("writes TextEncoder's bytes, framed, for every length up to 300 code units of each kind", () => {
    for (const unit of ["a", "é", "€", "😀", "\ud800", "\udc00", "a€😀"]) {
      for (let n = 0; n <= 300; n++) {
        const s = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
        expect(written(s), `${n} units of ${JSON.stringify(unit)}`).toBe(expectedWrite(s));
      }
    }
  });

  it("writes TextEncoder's bytes, framed, for random text of every plane with lone surrogates", () => {
    fc.assert(
      fc.property(text(120), fc.integer({ min: 0, max: 3 }), (s, prefix) => {
        expect(written(s, prefix)).toBe(expectedWrite(s));
      }),
      { numRuns: 3000 },
    );
  });

  it("writes a surrogate pair split by the end of the string as U+FFFD, and a reversed pair as two", () => {
    expect(written("ab\ud83d")).toBe("056162efbfbd0000");
    expect(written("\ude00\ud83d")).toBe("06efbfbdefbfbd00");
    expect(written("\ud83d\ude00")).toBe("04f09f9880000000");
  });
});

describe("TlReader.string against TextDecoder", () => {
  it("reads every length up to 300 bytes of valid text of each kind", () => {
    // Mostly ASCII with an accent among its first eight bytes, and mostly not with ASCII first.
    for (const unit of ["a", "é", "€", "😀", "a€😀", "Семья ✨", "Café de François, ", "2024: Семья и друзья "]) {
      const all = encoder.encode(unit.repeat(300));
      for (let n = 0; n <= 300; n++) {
        let end = n;
        while (end > 0 && (all[end] & 0xc0) === 0x80) end--; // whole characters only
        const data = all.subarray(0, end);
        expect(read(data), `${end} bytes of ${JSON.stringify(unit)}`).toBe(decoder.decode(data));
      }
    }
  });

  it("reads random text of every plane as TextDecoder does", () => {
    fc.assert(
      fc.property(text(120), (s) => {
        const data = encoder.encode(s);
        expect(read(data)).toBe(decoder.decode(data));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads random bytes, valid or not, exactly as TextDecoder does (one U+FFFD per maximal subpart)", () => {
    fc.assert(
      fc.property(fc.oneof(byteText(40), byteText(150)), (data) => {
        expect(read(data)).toBe(decoder.decode(data));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["an overlong 2-byte form", "c080", "\ufffd\ufffd"],
    ["an overlong 3-byte form", "e08080", "\ufffd\ufffd\ufffd"],
    ["an encoded surrogate", "eda080", "\ufffd\ufffd\ufffd"],
    ["a code point past U+10FFFF", "f4908080", "\ufffd\ufffd\ufffd\ufffd"],
    ["a truncated 4-byte sequence at the end", "41f09f98", "A\ufffd"],
    ["a truncated 3-byte sequence before ASCII", "e2284141", "\ufffd(AA"],
    ["a stray continuation byte", "4180", "A\ufffd"],
    ["a lead byte that starts nothing", "f8414243", "\ufffdABC"],
    ["a BOM, kept as text", "efbbbf41", "\ufeffA"],
  ])("reads %s as TextDecoder does", (_, input, expected) => {
    const data = new Uint8Array(Buffer.from(input, "hex"));
    expect(decoder.decode(data)).toBe(expected);
    expect(read(data)).toBe(expected);
  });
});

describe("TlWriter and TlReader together", () => {
  it("read back what was written, with lone surrogates as U+FFFD", () => {
    fc.assert(
      fc.property(fc.array(text(60), { maxLength: 6 }), (strings) => {
        const w = new TlWriter(4);
        for (const s of strings) w.string(s);
        const r = new TlReader(w.finish());
        for (const s of strings) expect(r.string()).toBe(decoder.decode(encoder.encode(s)));
        r.end();
      }),
      { numRuns: 1000 },
    );
  });
});
