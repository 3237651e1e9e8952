/** True when nothing enumerable was added to Object.prototype. */
export declare function prototypeIsClean(): boolean;
/**
 * A copy of `value` made of own enumerable properties only: plain objects become null-prototype
 * objects, arrays are copied, class instances (requests) keep their prototype, bytes stay as
 * they are. Past `depth` 64 the value is left as it is (the writer's depth limit refuses it).
 */
export declare function ownCopy<T>(value: T, depth?: number): T;
