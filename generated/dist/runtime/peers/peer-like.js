const PEER_KINDS = ["InputPeer", "InputUser", "InputChannel"];
function parsePeerLike(value) {
  const text = value.trim();
  if (text === "me" || text === "self") return { kind: "self" };
  const link = /^(?:https?:\/\/)?(?:www\.)?(?:t|telegram)\.me\/([A-Za-z0-9_]{4,32})\/?$/.exec(text);
  if (link) return { kind: "username", username: link[1].toLowerCase() };
  const name = /^@?([A-Za-z][A-Za-z0-9_]{3,31})$/.exec(text);
  return name ? { kind: "username", username: name[1].toLowerCase() } : null;
}
async function resolvePeerFields(request, fields, resolve) {
  const inner = Object.entries(request).filter(([, v]) => isRequestWithPeers(v));
  if (fields.length === 0 && inner.length === 0) return request;
  const copy = Object.assign(Object.create(Object.getPrototypeOf(request)), request);
  for (const [prop, query] of inner) copy[prop] = await resolvePeerFields(query, query.PEER_FIELDS, resolve);
  for (const [prop, kind, vector] of fields) {
    const value = copy[prop];
    if (vector && Array.isArray(value)) copy[prop] = await Promise.all(value.map((v) => resolve(v, kind)));
    else if (value != null) copy[prop] = await resolve(value, kind);
  }
  return copy;
}
function isRequestWithPeers(v) {
  return typeof v === "object" && v !== null && Array.isArray(v.PEER_FIELDS) && typeof v.encodeTo === "function";
}
export {
  PEER_KINDS,
  parsePeerLike,
  resolvePeerFields
};
