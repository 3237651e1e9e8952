// Which layer a GramJS client speaks, and the refusal when this package's layer differs.
// GramJS declares its layer in telegram/tl/AllTLObjects.js (`exports.LAYER`) and TelegramClient
// sends `invokeWithLayer({ layer: LAYER, query: initConnection })` when it connects, so Telegram
// answers that connection in that layer: a package generated from another layer would send ids
// the connection does not mean and fail to decode the answers. No GramJS import: on Node the
// layer is read from the telegram package the client's class was loaded from (the module
// cache); elsewhere (bundles, browsers) it can be declared with withTypedInvoke(client, { layer }).
import { LAYER } from "../wire/layer.js";

/** The command that generates a package from the installed GramJS's schema and layer. */
export const GRAMJS_GENERATE_COMMAND = "npx tlgen generate --schema-from telegram";

/** A GramJS client speaks another layer than the one this package was generated from. */
export class GramjsLayerError extends Error {
  /** Always `GramjsLayerError`. */
  override readonly name = "GramjsLayerError";
  /** The layer this package was generated from. */
  readonly packageLayer: number;
  /** The layer the GramJS client declares (and Telegram answers it in). */
  readonly clientLayer: number;

  constructor(packageLayer: number, clientLayer: number) {
    super(
      `this package was generated from layer ${packageLayer}, but the GramJS client speaks layer ${clientLayer} ` +
        `(the LAYER of its telegram package), and Telegram answers it in layer ${clientLayer}: requests and results ` +
        `would not match. Generate the package from the GramJS you have installed: ${GRAMJS_GENERATE_COMMAND}`,
    );
    this.packageLayer = packageLayer;
    this.clientLayer = clientLayer;
  }
}

/** One copy of the telegram package found loaded: its LAYER and its client base class. */
interface LoadedGramjs {
  layer: number;
  base: unknown;
}

type ModuleCache = Record<string, { exports?: Record<string, unknown> } | undefined>;

/** Node's module cache (`require.cache`), or null where there is none. */
function moduleCache(): ModuleCache | null {
  const proc = (globalThis as { process?: { cwd?: () => string; getBuiltinModule?: (id: string) => unknown } }).process;
  const mod = proc?.getBuiltinModule?.("module") as
    { createRequire?: (from: string) => { cache?: unknown } } | undefined;
  try {
    // Every require function shares the one cache; where it was made from does not matter.
    const cache = mod?.createRequire?.(`${proc!.cwd!()}/`).cache;
    return typeof cache === "object" && cache !== null ? (cache as ModuleCache) : null;
  } catch {
    return null;
  }
}

/** Every telegram package in the module cache with its declared LAYER. */
function scanLoadedGramjs(): LoadedGramjs[] {
  const cache = moduleCache();
  if (!cache) return [];
  const found: LoadedGramjs[] = [];
  for (const key of Object.keys(cache)) {
    const m = /^(.*[\\/]telegram([\\/]))tl[\\/]AllTLObjects\.js$/.exec(key);
    const layer = m ? cache[key]?.exports?.LAYER : undefined;
    if (!m || typeof layer !== "number") continue;
    const base = cache[`${m[1]}client${m[2]}telegramBaseClient.js`]?.exports?.TelegramBaseClient;
    found.push({ layer, base });
  }
  return found;
}

let loaded: LoadedGramjs[] | null = null;
const declared = new WeakMap<object, number>();

function loadedGramjs(refresh: boolean): LoadedGramjs[] {
  if (loaded === null || refresh) loaded = scanLoadedGramjs();
  return loaded;
}

/** Records the layer `client` speaks, where it cannot be found (bundles, browsers). */
export function declareGramjsLayer(client: object, layer: number): void {
  if (!Number.isInteger(layer) || layer <= 0)
    throw new RangeError(`a GramJS layer is a positive whole number, got ${String(layer)}`);
  declared.set(client, layer);
}

/**
 * The layer a GramJS client speaks: the one declared for it, else the LAYER of the telegram
 * package its class comes from. Without a client: the layer of the telegram package(s) loaded,
 * when they agree. Undefined when it cannot be learned.
 */
export function gramjsLayerOf(client?: object): number | undefined {
  if (client === undefined) {
    const layers = new Set(loadedGramjs(false).map((g) => g.layer));
    return layers.size === 1 ? [...layers][0] : undefined;
  }
  const own = declared.get(client);
  if (own !== undefined) return own;
  const of = (list: LoadedGramjs[]) => list.find((g) => typeof g.base === "function" && client instanceof g.base);
  // A copy loaded after the last scan is found by scanning again.
  return (of(loadedGramjs(false)) ?? of(loadedGramjs(true)))?.layer;
}

/**
 * Throws GramjsLayerError when the GramJS client (or, without one, the GramJS loaded) speaks
 * another layer than `packageLayer`. Passes when the layer cannot be learned.
 */
export function checkGramjsLayer(client?: object, packageLayer: number = LAYER): void {
  const layer = gramjsLayerOf(client);
  if (layer !== undefined && layer !== packageLayer) throw new GramjsLayerError(packageLayer, layer);
}
