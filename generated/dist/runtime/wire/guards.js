function tagOf(value) {
  return typeof value === "object" && value !== null ? value._ : void 0;
}
function hasTag(value, tags) {
  const tag = tagOf(value);
  return typeof tag === "string" && tags.includes(tag);
}
export {
  hasTag,
  tagOf
};
