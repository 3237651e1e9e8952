/** Records that `value` was read from a form of `layer` (the newest layer that form was used at); returns it. */
export declare function fromOlderLayer<T extends object>(value: T, layer: number): T;
/**
 * The layer of the earlier form a decoded object was read from, or undefined when it was read
 * in the package's own layer (or is not a decoded object). A copy (`{ ...value }`) does not keep it.
 */
export declare function olderLayerOf(value: unknown): number | undefined;
