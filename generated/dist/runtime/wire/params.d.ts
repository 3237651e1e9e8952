/** The statics checkParams reads. */
export interface ParamsSpec {
  /** The request's TL name, for messages. */
  readonly tlName: string;
  /** Parameter names in wire order; optional ones end with `?`. */
  readonly FIELDS: readonly string[];
}
/** Copies `params` onto `target` (every parameter, absent ones as undefined), after checking it. */
export declare function checkParams(target: object, params: unknown, spec: ParamsSpec): void;
