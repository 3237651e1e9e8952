// Only own properties count: a value inherited from a polluted Object.prototype
// (`Object.prototype.title = "x"`) must never reach the wire. The encoders read fields directly,
// which is fast; so each top-level encode first checks, in a few nanoseconds, that
// Object.prototype holds no enumerable property, and only when it does encodes a copy made of
// own properties alone. (A property defined on Object.prototype as non-enumerable is not seen:
// that takes deliberate code, not a merge of untrusted JSON.)

/** True when nothing enumerable was added to Object.prototype. */
export function prototypeIsClean(): boolean {
  for (const _key in Object.prototype) return false;
  return true;
}

/**
 * A copy of `value` made of own enumerable properties only: plain objects become null-prototype
 * objects, arrays are copied, class instances (requests) keep their prototype, bytes stay as
 * they are. Past `depth` 64 the value is left as it is (the writer's depth limit refuses it).
 */
export function ownCopy<T>(value: T, depth = 0): T {
  if (typeof value !== "object" || value === null || value instanceof Uint8Array || depth > 64) return value;
  if (Array.isArray(value)) return value.map((item) => ownCopy(item, depth + 1)) as T;
  const proto: object | null = Object.getPrototypeOf(value);
  const copy: Record<string, unknown> =
    proto === Object.prototype || proto === null ? Object.create(null) : Object.create(proto);
  for (const key of Object.keys(value)) copy[key] = ownCopy((value as Record<string, unknown>)[key], depth + 1);
  return copy as T;
}
