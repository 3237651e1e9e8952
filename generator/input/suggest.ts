// "Did you mean": the nearest of some known words to one that matched nothing (a command, an
// option, a config field, a selection pattern). Pure.
import { matchesPattern } from "../model/closure.ts";

/** Edit distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The known word nearest to `word`: one that differs only in case first, else the closest within
 * about a third of the word's length (so "generat" finds "generate" but "x" finds nothing).
 */
export function closest(word: string, known: readonly string[]): string | null {
  const lower = word.toLowerCase();
  const sameLetters = known.find((k) => k.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const k of known) {
    const distance = editDistance(lower, k.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [k, distance];
  }
  return best;
}

/**
 * A hint for a selection pattern that matches no function: the names it matches ignoring case
 * (TL names are case-sensitive), else the nearest name when the pattern has no `*`.
 */
export function suggestPattern(pattern: string, names: readonly string[]): string | null {
  const folded = pattern.toLowerCase();
  const caseless = names.filter((n) => matchesPattern(n.toLowerCase(), folded));
  if (caseless.length) {
    const shown = caseless.slice(0, 3).join(", ") + (caseless.length > 3 ? `, ... (${caseless.length} in all)` : "");
    return `names are case-sensitive; ignoring case, "${pattern}" matches ${shown}`;
  }
  if (pattern.includes("*")) return null;
  const near = closest(pattern, names);
  return near ? `did you mean "${near}"?` : null;
}
