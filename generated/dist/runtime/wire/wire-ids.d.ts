/** `boolTrue#997275b5 = Bool`. */
export declare const BOOL_TRUE = 2574415285;
/** `boolFalse#bc799737 = Bool`. */
export declare const BOOL_FALSE = 3162085175;
/** `vector#1cb5c415 {t:Type} # [ t ] = Vector t`. */
export declare const VECTOR_ID = 481674261;
