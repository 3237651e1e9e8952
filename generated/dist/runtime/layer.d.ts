/** The schema layer this package was generated from. */
export declare const LAYER = 227;
/** The oldest layer whose constructors' forms the readers also read (LAYER when none older). */
export declare const OLDEST_LAYER: number;
/** A constructor id of another layer this package knows of but does not read: name, first and last layer, why. */
export declare function knownId(
  id: number,
): [name: string, first: number, last: number, why: "newer" | "older" | "unreadable"] | undefined;
