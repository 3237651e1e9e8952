// The schema layer of the package. This file is the one part of the runtime that is not copied:
// every generated package gets its own src/runtime/layer.ts with the layer it was generated from,
// the oldest layer its readers read, and the constructor ids of other layers it knows of but
// does not read (for the unknown-id error). The values here only let the runtime type-check in place.

/** The schema layer this package was generated from. */
export const LAYER: number = 0;

/** The oldest layer whose constructors' forms the readers also read (LAYER when none older). */
export const OLDEST_LAYER: number = 0;

/**
 * A constructor id of another layer that this package knows of but does not read: its name, the
 * first and last layer that used it, and why it is not read; undefined for an id no layer of the
 * package's history has.
 */
export function knownId(id: number): [name: string, first: number, last: number, why: "newer" | "older" | "unreadable"] | undefined {
  void id;
  return undefined;
}
