// Values that fight the encoder: fields that answer differently on each read, arrays whose
// length lies, cycles that count their reads, a polluted Object.prototype. The encoder-integrity
// tests build their cases from these.

/** Hex of bytes, for comparing encodings. */
export const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");

/** Plain-JS callers: values the types would reject. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const loose = (v: unknown): any => v;

/** A JSONValue: `levels` boxed values, jsonArray around jsonArray, with `leaf` innermost. */
export function nestedJson(levels: number, leaf: unknown = { _: "jsonNull" }): unknown {
  let v = leaf;
  for (let i = 1; i < levels; i++) v = { _: "jsonArray", value: [v] };
  return v;
}

/**
 * `target` behind a Proxy whose listed fields give the next of their answers on each read (the
 * last one from then on), and a count of the reads of each.
 */
export function shifting<T extends object>(
  target: T,
  answers: Record<string, readonly unknown[]>,
): { value: T; reads: Record<string, number> } {
  const reads: Record<string, number> = {};
  const value = new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key !== "string" || !Object.hasOwn(answers, key)) return Reflect.get(t, key, receiver);
      const n = (reads[key] = (reads[key] ?? 0) + 1);
      const list = answers[key];
      return list[Math.min(n, list.length) - 1];
    },
  });
  return { value, reads };
}

/** Thrown by a counting value read too often: the encoder is running away (a hang, otherwise). */
export class RunawayRead extends Error {}

/**
 * An array-like Proxy: `length` gives the next of `lengths` on each read (the last from then
 * on), every index gives `item`. Throws RunawayRead past `maxReads` reads of anything.
 */
export function lyingArray(
  lengths: readonly number[],
  item: unknown,
  maxReads = 1000,
): { value: unknown[]; reads: { length: number; total: number } } {
  const reads = { length: 0, total: 0 };
  const value = new Proxy([] as unknown[], {
    get(t, key, receiver) {
      if (++reads.total > maxReads) throw new RunawayRead(`read ${maxReads} times`);
      if (key === "length") return lengths[Math.min(++reads.length, lengths.length) - 1];
      if (typeof key === "string" && /^\d+$/.test(key)) return item;
      return Reflect.get(t, key, receiver);
    },
  });
  return { value, reads };
}

/**
 * A cyclic jsonArray whose value holds itself `branches` times, behind a Proxy that counts
 * every read and throws RunawayRead past `maxReads`.
 */
export function countedCycle(branches: number, maxReads = 100_000): { value: unknown; reads: () => number } {
  let reads = 0;
  const target = { _: "jsonArray", value: [] as unknown[] };
  const value = new Proxy(target, {
    get(t, key, receiver) {
      if (++reads > maxReads) throw new RunawayRead(`read ${maxReads} times`);
      return Reflect.get(t, key, receiver);
    },
    ownKeys(t) {
      if (++reads > maxReads) throw new RunawayRead(`read ${maxReads} times`);
      return Reflect.ownKeys(t);
    },
  });
  for (let i = 0; i < branches; i++) target.value.push(value);
  return { value, reads: () => reads };
}

/** What a call under pollution gave: its value, or what it threw. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs `f` with `props` set on Object.prototype, or on `prototype` (enumerable, as merging untrusted JSON with
 * `__proto__` would), and removes them afterwards even when `f` throws. Assert on the outcome
 * after this returns, never inside `f`: the test runner must not see a polluted prototype.
 */
export function withPollutedPrototype<T>(
  props: Record<string, unknown>,
  f: () => T,
  prototype: object = Object.prototype,
): Outcome<T> {
  const proto = prototype as Record<string, unknown>;
  for (const key of Object.keys(props)) {
    if (Object.hasOwn(proto, key)) throw new Error(`the prototype already has ${key}`);
  }
  try {
    for (const [key, v] of Object.entries(props)) proto[key] = v;
    return { ok: true, value: f() };
  } catch (error) {
    return { ok: false, error };
  } finally {
    for (const key of Object.keys(props)) delete proto[key];
  }
}
