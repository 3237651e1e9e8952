function prototypeIsClean() {
  for (const _key in Array.prototype) return false;
  return true;
}
const MAX_COPY_DEPTH = 1024;
function ownCopy(value) {
  return copyOwn(value, /* @__PURE__ */ new Map(), 0);
}
function copyOwn(value, copies, depth) {
  if (typeof value !== "object" || value === null || value instanceof Uint8Array || depth > MAX_COPY_DEPTH)
    return value;
  const known = copies.get(value);
  if (known !== void 0) return known;
  if (Array.isArray(value)) {
    const n = value.length;
    if (n >>> 0 !== n) return value;
    const items = [];
    copies.set(value, items);
    for (let i = 0; i < n; i++) items.push(Object.hasOwn(value, i) ? copyOwn(value[i], copies, depth + 1) : void 0);
    return items;
  }
  const proto = Object.getPrototypeOf(value);
  const copy = proto === Object.prototype || proto === null ? /* @__PURE__ */ Object.create(null) : Object.create(proto);
  copies.set(value, copy);
  const source = value;
  for (const key of Object.keys(source)) copy[key] = copyOwn(source[key], copies, depth + 1);
  return copy;
}
export {
  ownCopy,
  prototypeIsClean
};
