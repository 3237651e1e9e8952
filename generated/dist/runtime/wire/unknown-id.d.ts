/**
 * The message for constructor `hexId` (8 hex digits) where a value of `expected` was to be read.
 * `known`: `hexId name first last why;...`, why being n (newer), o (older) or u (not readable).
 */
export declare function unknownIdMessage(hexId: string, expected: string, known?: string): string;
