import { TlEncodeError } from "./errors.js";
import { closestName } from "./did-you-mean.js";
import { describe } from "./writer.js";
const parsed = /* @__PURE__ */ new WeakMap();
function fieldsOf(spec) {
  let p = parsed.get(spec);
  if (p === void 0) {
    const names = spec.FIELDS.map((f) => f.endsWith("?") ? f.slice(0, -1) : f);
    p = { names, required: spec.FIELDS.filter((f) => !f.endsWith("?")) };
    parsed.set(spec, p);
  }
  return p;
}
function checkParams(target, params, spec) {
  const { names, required } = fieldsOf(spec);
  if (params === void 0 || params === null) {
    if (required.length > 0) {
      throw new TlEncodeError(
        `${spec.tlName} needs its parameters: { ${required.join(", ")} }, got ${describe(params)}`
      );
    }
    params = {};
  }
  if (typeof params !== "object")
    throw new TlEncodeError(`${spec.tlName} takes its parameters as an object, got ${describe(params)}`);
  const source = params;
  const out = target;
  for (const name of names) out[name] = Object.hasOwn(source, name) ? source[name] : void 0;
  for (const key of Object.keys(source)) {
    if (!names.includes(key)) {
      const hint = closestName(key, names);
      throw new TlEncodeError(
        `unknown parameter "${key}"${hint ? ` (did you mean "${hint}"?)` : ""}; ${spec.tlName} takes ${names.length ? names.join(", ") : "no parameters"}`,
        [spec.tlName, key]
      );
    }
  }
}
export {
  checkParams
};
