function prototypeIsClean() {
  for (const _key in Object.prototype) return false;
  return true;
}
function ownCopy(value, depth = 0) {
  if (typeof value !== "object" || value === null || value instanceof Uint8Array || depth > 64) return value;
  if (Array.isArray(value)) return value.map((item) => ownCopy(item, depth + 1));
  const proto = Object.getPrototypeOf(value);
  const copy = proto === Object.prototype || proto === null ? /* @__PURE__ */ Object.create(null) : Object.create(proto);
  for (const key of Object.keys(value)) copy[key] = ownCopy(value[key], depth + 1);
  return copy;
}
export {
  ownCopy,
  prototypeIsClean
};
