// A request's parameters as plain JavaScript may pass them: the params object must be an object
// (or absent when every parameter is optional), every name must be one of the request's, and only
// its own properties count. Names are checked once, when the request is built.
import { TlEncodeError } from "./errors.js";
import { closestName } from "./did-you-mean.js";
import { describe } from "./writer.js";

/** The statics checkParams reads. */
export interface ParamsSpec {
  /** The request's TL name, for messages. */
  readonly tlName: string;
  /** Parameter names in wire order; optional ones end with `?`. */
  readonly FIELDS: readonly string[];
}

interface ParsedFields {
  names: string[];
  required: string[];
}

const parsed = /* @__PURE__ */ new WeakMap<ParamsSpec, ParsedFields>();

function fieldsOf(spec: ParamsSpec): ParsedFields {
  let p = parsed.get(spec);
  if (p === undefined) {
    const names = spec.FIELDS.map((f) => (f.endsWith("?") ? f.slice(0, -1) : f));
    p = { names, required: spec.FIELDS.filter((f) => !f.endsWith("?")) };
    parsed.set(spec, p);
  }
  return p;
}

/** Copies `params` onto `target` (every parameter, absent ones as undefined), after checking it. */
export function checkParams(target: object, params: unknown, spec: ParamsSpec): void {
  const { names, required } = fieldsOf(spec);
  if (params === undefined || params === null) {
    if (required.length > 0) {
      throw new TlEncodeError(
        `${spec.tlName} needs its parameters: { ${required.join(", ")} }, got ${describe(params)}`,
      );
    }
    params = {};
  }
  if (typeof params !== "object")
    throw new TlEncodeError(`${spec.tlName} takes its parameters as an object, got ${describe(params)}`);
  const source = params as Record<string, unknown>;
  const out = target as Record<string, unknown>;
  for (const name of names) out[name] = Object.hasOwn(source, name) ? source[name] : undefined;
  for (const key of Object.keys(source)) {
    if (!names.includes(key)) {
      const hint = closestName(key, names);
      throw new TlEncodeError(
        `unknown parameter "${key}"${hint ? ` (did you mean "${hint}"?)` : ""}; ${spec.tlName} takes ${names.length ? names.join(", ") : "no parameters"}`,
        [spec.tlName, key],
      );
    }
  }
}
