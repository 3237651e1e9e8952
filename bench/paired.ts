// Paired timing for a shared, noisy machine: two functions run in many alternating short
// batches (well under a scheduler's time slice), back to back. Each pair of batches gives a
// ratio taken under the same load, and the median of those ratios is the figure: a slow stretch
// of the machine (another process on the same core) then slows both sides of a pair alike,
// instead of one side's whole sample. Each side's fastest batch is its time.

/** Each side's fastest batch (ns per call), and the median over the pairs of b's time ÷ a's. */
export interface PairedTimes {
  a: number;
  b: number;
  ratio: number;
}

/**
 * A function made from `body` (the text of a function body) with `args` in scope, compiled as
 * code of its own. Closures made from one function literal share the compiler's feedback, so a
 * case written once and made for two sides would see both sides' objects at every call and be
 * optimized for the mix; code of its own sees one side only, as a program using one version does.
 */
export function isolated<T>(body: string, args: Record<string, unknown>): T {
  return new Function(...Object.keys(args), body)(...Object.values(args)) as T;
}

type Batch = (n: number) => number;

/** A timed loop of `n` calls of `fn`, ns per call; each its own code (isolated), as above. */
const batchOf = (fn: () => unknown): Batch =>
  isolated(
    "let sink = 0; return (n) => { const t = hrtime(); for (let i = 0; i < n; i++) if (fn() === sink) sink++; return Number(hrtime() - t) / n; };",
    { fn, hrtime: process.hrtime.bigint },
  );

/**
 * Times `a` and `b` in `rounds` pairs of batches of about `batchMs` each, order alternating,
 * after `warmMs` of both (for the optimizing compiler).
 */
export function paired(fa: () => unknown, fb: () => unknown, rounds = 101, batchMs = 0.5, warmMs = 60): PairedTimes {
  const a = batchOf(fa);
  const b = batchOf(fb);
  // Warm both up, then size a batch to take about batchMs of the slower side.
  const warm = process.hrtime.bigint();
  while (process.hrtime.bigint() - warm < BigInt(Math.round(warmMs * 1e6))) (a(64), b(64));
  let n = 16;
  while (n < 1 << 24 && Math.max(a(n), b(n)) * n < batchMs * 1e6) n *= 2;
  let bestA = Infinity;
  let bestB = Infinity;
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let ta: number, tb: number;
    if (r % 2 === 0) {
      ta = a(n);
      tb = b(n);
    } else {
      tb = b(n);
      ta = a(n);
    }
    bestA = Math.min(bestA, ta);
    bestB = Math.min(bestB, tb);
    ratios.push(tb / ta);
  }
  ratios.sort((x, y) => x - y);
  return { a: bestA, b: bestB, ratio: ratios[rounds >> 1] };
}
