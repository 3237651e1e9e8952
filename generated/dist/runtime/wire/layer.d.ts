/** The schema layer this package was generated from. */
export declare const LAYER = 227;
/** The oldest layer whose constructors' forms the readers also read (LAYER when none older). */
export declare const OLDEST_LAYER: number;
