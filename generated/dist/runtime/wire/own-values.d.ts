/**
 * True when nothing enumerable was added to Object.prototype or Array.prototype. One loop sees
 * both: for-in over Array.prototype walks its chain, Object.prototype included. Array.prototype
 * matters for a sparse vector: `[, user]` reads an inherited `Array.prototype[0]` for the hole.
 */
export declare function prototypeIsClean(): boolean;
/**
 * A copy of `value` made of own enumerable properties only: plain objects become null-prototype
 * objects, arrays are copied whole (a hole becomes undefined, never an inherited index), class
 * instances (requests) keep their prototype, bytes stay as they are. An object met twice (shared,
 * or a cycle) is copied once, so a cycle stays a cycle for the writer's depth limit to refuse,
 * and one that branches costs no more than its size.
 */
export declare function ownCopy<T>(value: T): T;
