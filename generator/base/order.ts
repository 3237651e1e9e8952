// Room base/: leaf utilities that know nothing of TL: the one string order, file-tree listing, the
// caches' signature.
// Imports: nothing. Imported by: api/, cli/, emit/, import/, input/, layers/, model/, output/,
// parse/, pipeline.ts, plan/, render/.
//
// The one ordering the generator sorts by: UTF-16 code units, as `<` compares strings, so output
// does not depend on the machine's locale.

/** -1, 0 or 1 for two strings in code-unit order. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders anything with a `name` by that name. */
export function byName(a: { name: string }, b: { name: string }): number {
  return compareStrings(a.name, b.name);
}
