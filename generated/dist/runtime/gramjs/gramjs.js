import { decodeAt } from "../wire/decode.js";
import { checkGramjsLayer, declareGramjsLayer } from "./gramjs-layer.js";
import { gramjsPeers } from "./gramjs-peers.js";
const clientPeers = /* @__PURE__ */ new WeakMap();
const resultPeers = /* @__PURE__ */ new WeakMap();
function toGramjsBytes(bytes) {
  checkGramjsLayer();
  const B = globalThis.Buffer;
  return B ? B.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
}
function readWithGramjsReader(reader, read, request) {
  checkGramjsLayer();
  const { value, end } = decodeAt(read, reader.stream, reader.offset);
  reader.offset = end;
  if (request) resultPeers.get(request)?.remember(value);
  return value;
}
function isBigInteger(v) {
  return typeof v === "object" && v !== null && typeof v.toJSNumber === "function";
}
function fromGramjsObject(value) {
  if (Array.isArray(value)) return value.map(fromGramjsObject);
  if (value instanceof Uint8Array) return new Uint8Array(value);
  if (isBigInteger(value)) return BigInt(value.toString());
  if (typeof value !== "object" || value === null) return value;
  const obj = value;
  if (typeof obj.className !== "string") return value;
  const parts = obj.className.split(".");
  const last = parts.pop();
  const out = { _: [...parts, last.charAt(0).toLowerCase() + last.slice(1)].join(".") };
  for (const [k, v] of Object.entries(obj)) {
    if (["CONSTRUCTOR_ID", "SUBCLASS_OF_ID", "className", "classType", "originalArgs", "flags", "flags2"].includes(k))
      continue;
    out[k] = fromGramjsObject(v);
  }
  return out;
}
async function resolveWithGramjs(request, fields, client, utils) {
  checkGramjsLayer(client);
  const peers = clientPeers.get(client);
  if (peers) resultPeers.set(request, peers.cache);
  const target = request;
  const convert = async (value, kind) => {
    let ask = value;
    if (peers) {
      const step = peers.step(value, kind);
      if ("input" in step) return step.input;
      ask = step.ask;
    } else if (typeof value === "object" && value !== null && typeof value._ === "string") {
      return value;
    }
    const entity = await client.getInputEntity(ask);
    const input = kind === "InputPeer" ? utils.getInputPeer(entity) : kind === "InputUser" ? utils.getInputUser(entity) : utils.getInputChannel(entity);
    return fromGramjsObject(input);
  };
  for (const [prop, kind, vector] of fields) {
    const value = target[prop];
    if (value == null) continue;
    target[prop] = vector && Array.isArray(value) ? await Promise.all(value.map((v) => convert(v, kind))) : await convert(value, kind);
  }
}
function withTypedInvoke(client, options = {}) {
  if (options.layer !== void 0) declareGramjsLayer(client, options.layer);
  checkGramjsLayer(client);
  const peers = clientPeers.get(client);
  if (!peers || options.peers && options.peers !== peers.cache) clientPeers.set(client, gramjsPeers(options.peers));
  return client;
}
function gramjsPeerCache(client) {
  return clientPeers.get(client)?.cache;
}
export {
  fromGramjsObject,
  gramjsPeerCache,
  readWithGramjsReader,
  resolveWithGramjs,
  toGramjsBytes,
  withTypedInvoke
};
