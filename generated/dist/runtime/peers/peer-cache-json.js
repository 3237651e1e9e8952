const PEER_CACHE_JSON_VERSION = 1;
function peerToJson(peer) {
  const json = { type: peer.type, id: String(peer.id) };
  if (peer.accessHash !== void 0) json.accessHash = String(peer.accessHash);
  if (peer.min) json.min = true;
  if (peer.seenIn)
    json.seenIn = { type: peer.seenIn.chat.type, id: String(peer.seenIn.chat.id), msgId: peer.seenIn.msgId };
  return json;
}
const TYPES = ["user", "chat", "channel"];
const INT64 = /^-?\d{1,19}$/;
function peersFromJson(json, max) {
  const root = record(json, "peer cache JSON");
  if (root.version !== PEER_CACHE_JSON_VERSION)
    throw new TypeError(
      `peer cache JSON: version must be ${PEER_CACHE_JSON_VERSION}, got ${shown(root.version)} (written by another version of this package?)`
    );
  if (!Array.isArray(root.peers))
    throw new TypeError(`peer cache JSON: peers must be an array, got ${shown(root.peers)}`);
  const list = root.peers;
  const from = Math.max(0, list.length - max);
  const out = [];
  for (let i = 0; i < list.length; i++) {
    const peer = peerFromJson(list[i], `peer cache JSON: peers[${i}]`);
    if (i >= from) out.push(peer);
  }
  return out;
}
function peerFromJson(value, at) {
  const o = record(value, at);
  const ref = refFromJson(o, at);
  const min = o.min === void 0 ? false : o.min === true ? true : fail(`${at}.min`, "true or absent", o.min);
  const accessHash = o.accessHash === void 0 ? void 0 : int64(o.accessHash, `${at}.accessHash`);
  if (ref.type === "chat" ? accessHash !== void 0 || min : accessHash === void 0 && !min)
    fail(`${at}.accessHash`, ref.type === "chat" ? "absent for a basic group (and min too)" : "given", o.accessHash);
  if (o.seenIn === void 0) return { ...ref, accessHash, min };
  if (!min) fail(`${at}.seenIn`, "absent unless min is true", o.seenIn);
  const seen = record(o.seenIn, `${at}.seenIn`);
  const msgId = seen.msgId;
  if (typeof msgId !== "number" || !Number.isInteger(msgId) || msgId < 1 || msgId > 2 ** 31 - 1)
    fail(`${at}.seenIn.msgId`, "a message id (an integer from 1 to 2^31 - 1)", msgId);
  return { ...ref, accessHash, min, seenIn: { chat: refFromJson(seen, `${at}.seenIn`), msgId } };
}
function refFromJson(o, at) {
  if (!TYPES.includes(o.type)) fail(`${at}.type`, '"user", "chat" or "channel"', o.type);
  const id = int64(o.id, `${at}.id`);
  if (id <= 0n) fail(`${at}.id`, "a positive id", o.id);
  return { type: o.type, id };
}
function int64(value, at) {
  if (typeof value === "string" && INT64.test(value)) {
    const n = BigInt(value);
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return n;
  }
  return fail(at, "a signed 64-bit integer as a decimal string", value);
}
function record(value, at) {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value;
  return fail(at, "an object", value);
}
function fail(at, what, got) {
  throw new TypeError(`${at} must be ${what}, got ${shown(got)}`);
}
function shown(value) {
  if (typeof value === "bigint") return `${value}n`;
  if (value === void 0) return "nothing";
  let text;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Array.isArray(value) ? "an array" : typeof value;
  }
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}
export {
  PEER_CACHE_JSON_VERSION,
  peerToJson,
  peersFromJson
};
