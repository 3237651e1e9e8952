import { LAYER } from "../wire/layer.js";
const GRAMJS_GENERATE_COMMAND = "npx tlgen generate --schema-from telegram";
class GramjsLayerError extends Error {
  /** Always `GramjsLayerError`. */
  name = "GramjsLayerError";
  /** The layer this package was generated from. */
  packageLayer;
  /** The layer the GramJS client declares (and Telegram answers it in). */
  clientLayer;
  constructor(packageLayer, clientLayer) {
    super(
      `this package was generated from layer ${packageLayer}, but the GramJS client speaks layer ${clientLayer} (the LAYER of its telegram package), and Telegram answers it in layer ${clientLayer}: requests and results would not match. Generate the package from the GramJS you have installed: ${GRAMJS_GENERATE_COMMAND}`
    );
    this.packageLayer = packageLayer;
    this.clientLayer = clientLayer;
  }
}
function moduleCache() {
  const proc = globalThis.process;
  const mod = proc?.getBuiltinModule?.("module");
  try {
    const cache = mod?.createRequire?.(`${proc.cwd()}/`).cache;
    return typeof cache === "object" && cache !== null ? cache : null;
  } catch {
    return null;
  }
}
function scanLoadedGramjs() {
  const cache = moduleCache();
  if (!cache) return [];
  const found = [];
  for (const key of Object.keys(cache)) {
    const m = /^(.*[\\/]telegram([\\/]))tl[\\/]AllTLObjects\.js$/.exec(key);
    const layer = m ? cache[key]?.exports?.LAYER : void 0;
    if (!m || typeof layer !== "number") continue;
    const base = cache[`${m[1]}client${m[2]}telegramBaseClient.js`]?.exports?.TelegramBaseClient;
    found.push({ layer, base });
  }
  return found;
}
let loaded = null;
const declared = /* @__PURE__ */ new WeakMap();
function loadedGramjs(refresh) {
  if (loaded === null || refresh) loaded = scanLoadedGramjs();
  return loaded;
}
function declareGramjsLayer(client, layer) {
  if (!Number.isInteger(layer) || layer <= 0)
    throw new RangeError(`a GramJS layer is a positive whole number, got ${String(layer)}`);
  declared.set(client, layer);
}
function gramjsLayerOf(client) {
  if (client === void 0) {
    const layers = new Set(loadedGramjs(false).map((g) => g.layer));
    return layers.size === 1 ? [...layers][0] : void 0;
  }
  const own = declared.get(client);
  if (own !== void 0) return own;
  const of = (list) => list.find((g) => typeof g.base === "function" && client instanceof g.base);
  return (of(loadedGramjs(false)) ?? of(loadedGramjs(true)))?.layer;
}
function checkGramjsLayer(client, packageLayer = LAYER) {
  const layer = gramjsLayerOf(client);
  if (layer !== void 0 && layer !== packageLayer) throw new GramjsLayerError(packageLayer, layer);
}
export {
  GRAMJS_GENERATE_COMMAND,
  GramjsLayerError,
  checkGramjsLayer,
  declareGramjsLayer,
  gramjsLayerOf
};
