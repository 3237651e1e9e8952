/** The schema layer this package was generated from. */
export declare const LAYER = 227;
