/** The command that generates a package from the installed GramJS's schema and layer. */
export declare const GRAMJS_GENERATE_COMMAND = "npx tlgen generate --schema-from telegram";
/** A GramJS client speaks another layer than the one this package was generated from. */
export declare class GramjsLayerError extends Error {
  /** Always `GramjsLayerError`. */
  readonly name = "GramjsLayerError";
  /** The layer this package was generated from. */
  readonly packageLayer: number;
  /** The layer the GramJS client declares (and Telegram answers it in). */
  readonly clientLayer: number;
  constructor(packageLayer: number, clientLayer: number);
}
/** Records the layer `client` speaks, where it cannot be found (bundles, browsers). */
export declare function declareGramjsLayer(client: object, layer: number): void;
/**
 * The layer a GramJS client speaks: the one declared for it, else the LAYER of the telegram
 * package its class comes from. Without a client: the layer of the telegram package(s) loaded,
 * when they agree. Undefined when it cannot be learned.
 */
export declare function gramjsLayerOf(client?: object): number | undefined;
/**
 * Throws GramjsLayerError when the GramJS client (or, without one, the GramJS loaded) speaks
 * another layer than `packageLayer`. Passes when the layer cannot be learned.
 */
export declare function checkGramjsLayer(client?: object, packageLayer?: number): void;
