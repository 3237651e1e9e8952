// The schema layer of the package. This file is the one part of the runtime that is not copied:
// every generated package gets its own src/runtime/wire/layer.ts with the layer it was generated from
// and the oldest layer its readers read. The values here only let the runtime type-check in place.

/** The schema layer this package was generated from. */
export const LAYER: number = 0;

/** The oldest layer whose constructors' forms the readers also read (LAYER when none older). */
export const OLDEST_LAYER: number = 0;
