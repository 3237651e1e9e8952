// Only own properties count: a value inherited from a polluted Object.prototype
// (`Object.prototype.title = "x"`) must never reach the wire. The encoders read fields directly,
// which is fast; so each top-level encode first checks, in a few nanoseconds, that
// Object.prototype and Array.prototype hold no enumerable property, and only when one does
// encodes a copy made of own properties alone. (A property defined on either as non-enumerable
// is not seen: that takes deliberate code, not a merge of untrusted JSON.)

/**
 * True when nothing enumerable was added to Object.prototype or Array.prototype. One loop sees
 * both: for-in over Array.prototype walks its chain, Object.prototype included. Array.prototype
 * matters for a sparse vector: `[, user]` reads an inherited `Array.prototype[0]` for the hole.
 */
export function prototypeIsClean(): boolean {
  for (const _key in Array.prototype) return false;
  return true;
}

/**
 * How many objects deep a copy goes. The writer refuses values past 64 boxed levels, and a level
 * of any schema's values nests a few objects (a field, a vector, a bare constructor): far fewer
 * than this. Deeper than this the value is left as it is, for the writer's depth limit to refuse.
 */
const MAX_COPY_DEPTH = 1024;

/**
 * A copy of `value` made of own enumerable properties only: plain objects become null-prototype
 * objects, arrays are copied whole (a hole becomes undefined, never an inherited index), class
 * instances (requests) keep their prototype, bytes stay as they are. An object met twice (shared,
 * or a cycle) is copied once, so a cycle stays a cycle for the writer's depth limit to refuse,
 * and one that branches costs no more than its size.
 */
export function ownCopy<T>(value: T): T {
  return copyOwn(value, new Map(), 0) as T;
}

function copyOwn(value: unknown, copies: Map<object, unknown>, depth: number): unknown {
  if (typeof value !== "object" || value === null || value instanceof Uint8Array || depth > MAX_COPY_DEPTH)
    return value;
  const known = copies.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const n: number = value.length;
    if (n >>> 0 !== n) return value; // only a Proxy answers this: the writer refuses it
    const items: unknown[] = [];
    copies.set(value, items);
    for (let i = 0; i < n; i++) items.push(Object.hasOwn(value, i) ? copyOwn(value[i], copies, depth + 1) : undefined);
    return items;
  }
  const proto: object | null = Object.getPrototypeOf(value);
  const copy: Record<string, unknown> =
    proto === Object.prototype || proto === null ? Object.create(null) : Object.create(proto);
  copies.set(value, copy);
  const source = value as Record<string, unknown>;
  for (const key of Object.keys(source)) copy[key] = copyOwn(source[key], copies, depth + 1);
  return copy;
}
