// Where a decoded value came from: a value read from a constructor's earlier form (an id of an
// older layer, see the package's older-readers module) is today's type, and this records the
// layer of the form it was read from, without a property that would change its type, its keys
// or its equality. Only the readers of old forms write here.

const origins = /* @__PURE__ */ new WeakMap<object, number>();

/** Records that `value` was read from a form of `layer` (the newest layer that form was used at); returns it. */
export function fromOlderLayer<T extends object>(value: T, layer: number): T {
  origins.set(value, layer);
  return value;
}

/**
 * The layer of the earlier form a decoded object was read from, or undefined when it was read
 * in the package's own layer (or is not a decoded object). A copy (`{ ...value }`) does not keep it.
 */
export function olderLayerOf(value: unknown): number | undefined {
  return typeof value === "object" && value !== null ? origins.get(value) : undefined;
}
