/** What a masked token reads as. */
export declare const TOKEN_MASK = "<token>";
/** A function that replaces every spelling of `token`, or of a start of it, with `<token>`. */
export declare function tokenMasker(token: string): (text: string) => string;
