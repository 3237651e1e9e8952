// What the generated guards (isX) share.

/** The `_` tag of a TL object, or undefined for anything else. */
export function tagOf(value: unknown): unknown {
  return typeof value === "object" && value !== null ? (value as { _?: unknown })._ : undefined;
}

/** True when `value` is a TL object whose tag is one of `tags`. */
export function hasTag(value: unknown, tags: readonly string[]): boolean {
  const tag = tagOf(value);
  return typeof tag === "string" && tags.includes(tag);
}
