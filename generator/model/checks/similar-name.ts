// "Did you mean": the known name closest to a misspelt one, by edit distance, when it is close
// enough to be a plausible typo (a third of the name's length, at least one edit).

/** The closest of `candidates` to `name`, or null when none is plausibly meant. */
export function closestName(name: string, candidates: Iterable<string>): string | null {
  const limit = Math.max(1, Math.floor(name.length / 3));
  const lower = name.toLowerCase();
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === name || Math.abs(candidate.length - name.length) > bestDistance) continue;
    // A difference in case only is the likeliest typo of all.
    const d = candidate.toLowerCase() === lower ? 0.5 : editDistance(lower, candidate.toLowerCase(), bestDistance);
    if (d < bestDistance || (d === bestDistance && best !== null && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : null;
}

/** Levenshtein distance; Infinity as soon as it is certain to exceed `cap`. */
export function editDistance(a: string, b: string, cap = Infinity): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, row[j]);
    }
    if (rowMin > cap) return Infinity;
    previous = row;
  }
  return previous[b.length];
}
