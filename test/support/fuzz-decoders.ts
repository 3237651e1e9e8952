// Decoder fuzzing: every union decoder of the generated package gets random bytes and
// mutations of valid encodings, today's and its constructors' earlier forms' (truncation at every
// length, bit flips, vector counts inflated up to 2^31, constructor ids swapped for others, old
// ones included). A failure is anything but a clean result or
// a TlDecodeError, or an input that takes over 250 ms. Seeded, so a run can be repeated.
import * as root from "tl-invite";
import * as codecs from "tl-invite/codecs";

/** The root and every codec (the writers of result types are in the codecs subpath). */
const pkg = { ...root, ...codecs };
import { testSchema } from "./schema-model.ts";
import { sampleObject } from "./sample-values.ts";
import { unionTypeName } from "../../generator/plan/names.ts";
import fc from "fast-check";
import { prng } from "./prng.ts";
import { encodeOlder, olderArbitrary, olderCases, type OlderCase } from "./older-forms.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const api = pkg as any;
const VECTOR_ID = [0x15, 0xc4, 0xb5, 0x1c];

export interface FuzzFailure {
  decoder: string;
  input: string;
  error: string;
}

export interface FuzzReport {
  decoder: string;
  inputs: number;
  failures: FuzzFailure[];
}

/** Valid encodings of a union: a few constructors, a few seeds each, and values of its constructors' earlier forms. */
function validEncodings(union: string, write: unknown, older: readonly OlderCase[]): Uint8Array[] {
  const ctors = testSchema().union.get(union)!.constructors;
  const out: Uint8Array[] = [];
  for (let i = 0; i < Math.min(ctors.length, 6); i++) {
    for (const seed of [0, 1]) out.push(api.encodeWith(write, sampleObject(ctors[(i * 7 + seed) % ctors.length], seed, 1), union));
  }
  for (const c of older.filter((o) => o.union === union)) {
    for (const value of fc.sample(olderArbitrary(c.form), { numRuns: 2, seed: c.form.id })) out.push(encodeOlder(c.form, value));
  }
  return out;
}

function* mutations(valid: Uint8Array[], rand: () => number, ids: number[]): Generator<Uint8Array> {
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)];
  const base = pick(valid);
  switch (Math.floor(rand() * 5)) {
    case 0: {
      // random bytes, sometimes after a valid constructor id to get past the dispatch
      const n = Math.floor(rand() * 64);
      const b = Uint8Array.from({ length: n }, () => Math.floor(rand() * 256));
      if (rand() < 0.5 && base.length >= 4 && n >= 4) b.set(base.subarray(0, 4));
      yield b;
      break;
    }
    case 1:
      yield base.subarray(0, Math.floor(rand() * base.length));
      break;
    case 2: {
      const b = base.slice();
      for (let k = 1 + Math.floor(rand() * 3); k > 0 && b.length; k--) b[Math.floor(rand() * b.length)] ^= 1 << Math.floor(rand() * 8);
      yield b;
      break;
    }
    case 3: {
      const b = base.slice();
      const at: number[] = [];
      for (let i = 0; i + 8 <= b.length; i += 4) if (b[i] === VECTOR_ID[0] && b[i + 1] === VECTOR_ID[1] && b[i + 2] === VECTOR_ID[2] && b[i + 3] === VECTOR_ID[3]) at.push(i + 4);
      const count = Math.floor(rand() * 2 ** 31);
      new DataView(b.buffer).setUint32(at.length ? pick(at) : 0, count, true);
      yield b;
      break;
    }
    default: {
      const b = base.slice();
      if (b.length >= 4) new DataView(b.buffer).setUint32(4 * Math.floor((rand() * b.length) / 4), pick(ids), true);
      yield b;
    }
  }
}

/** Fuzzes every union decoder with `perDecoder` inputs each (plus every truncation of one valid encoding). */
export function fuzzDecoders(seed: number, perDecoder: number, onReport?: (r: FuzzReport) => void): FuzzReport[] {
  const { closure, model } = testSchema();
  const older = olderCases();
  // Swapped ids include the earlier forms' ids, so mutations reach their readers too.
  const ids = [...model.constructors.map((c) => c.id), ...older.map((o) => o.form.id)];
  const reports: FuzzReport[] = [];
  closure.unions.forEach((u, index) => {
    const name = unionTypeName(u.name);
    const read = api[`read${name}`];
    const rand = prng(seed + index * 7919);
    const valid = validEncodings(u.name, api[`write${name}`], older);
    const report: FuzzReport = { decoder: `read${name}`, inputs: 0, failures: [] };
    const attempt = (input: Uint8Array) => {
      report.inputs++;
      const started = performance.now();
      try {
        api.decodeWith(read, input);
      } catch (e) {
        if (!(e instanceof api.TlDecodeError)) report.failures.push({ decoder: report.decoder, input: Buffer.from(input).toString("hex"), error: String((e as Error)?.stack ?? e) });
      }
      const ms = performance.now() - started;
      // A hang guard, not a speed target: a decoder that loops or allocates without bound takes
      // seconds; a busy machine's pauses stay well under this.
      if (ms > 2000) report.failures.push({ decoder: report.decoder, input: Buffer.from(input).toString("hex"), error: `took ${ms.toFixed(0)} ms` });
    };
    for (let n = 0; n < valid[0].length; n++) attempt(valid[0].subarray(0, n));
    while (report.inputs < perDecoder) for (const input of mutations(valid, rand, ids)) attempt(input);
    reports.push(report);
    onReport?.(report);
  });
  return reports;
}
