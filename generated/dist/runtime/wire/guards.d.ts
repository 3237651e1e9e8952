/** The `_` tag of a TL object, or undefined for anything else. */
export declare function tagOf(value: unknown): unknown;
/** True when `value` is a TL object whose tag is one of `tags`. */
export declare function hasTag(value: unknown, tags: readonly string[]): boolean;
