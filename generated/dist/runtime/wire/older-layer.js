const origins = /* @__PURE__ */ new WeakMap();
function fromOlderLayer(value, layer) {
  origins.set(value, layer);
  return value;
}
function olderLayerOf(value) {
  return typeof value === "object" && value !== null ? origins.get(value) : void 0;
}
export {
  fromOlderLayer,
  olderLayerOf
};
