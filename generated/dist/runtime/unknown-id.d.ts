/** The message for constructor `hexId` (8 hex digits) where a value of `expected` was to be read. */
export declare function unknownIdMessage(id: number, hexId: string, expected: string): string;
