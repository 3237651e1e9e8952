// Constructor ids the runtime itself writes and reads (the builtins every schema shares).

/** `boolTrue#997275b5 = Bool`. */
export const BOOL_TRUE = 0x997275b5;
/** `boolFalse#bc799737 = Bool`. */
export const BOOL_FALSE = 0xbc799737;
/** `vector#1cb5c415 {t:Type} # [ t ] = Vector t`. */
export const VECTOR_ID = 0x1cb5c415;
