// Learning a GramJS client's layer: the LAYER of the telegram package its class was loaded from
// (found in Node's module cache), or a layer declared for it; the check that refuses a package
// generated from another layer.
import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { GramjsLayerError, checkGramjsLayer, declareGramjsLayer, gramjsLayerOf } from "../../../generator/runtime/gramjs/gramjs-layer.ts";

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function gramClient(): Any {
  const { TelegramClient }: Any = require("telegram");
  const { StringSession }: Any = require("telegram/sessions");
  const { Logger }: Any = require("telegram/extensions");
  return new TelegramClient(new StringSession(""), 1, "hash", { connectionRetries: 0, baseLogger: new Logger("none") });
}

describe("a GramJS client's layer", () => {
  it("is the LAYER of the telegram package the client's class comes from", () => {
    const declared: number = require("telegram/tl/AllTLObjects").LAYER;
    expect(gramjsLayerOf(gramClient())).toBe(declared);
    expect(declared).toBe(198);
  });

  it("is the loaded GramJS's layer when no client is given", () => {
    gramClient();
    expect(gramjsLayerOf()).toBe(198);
  });

  it("is unknown for an object that is no GramJS client, until one is declared for it", () => {
    const other = {};
    expect(gramjsLayerOf(other)).toBeUndefined();
    declareGramjsLayer(other, 201);
    expect(gramjsLayerOf(other)).toBe(201);
    expect(() => declareGramjsLayer({}, 0)).toThrow(/a GramJS layer is a positive whole number, got 0/);
  });

  it("passes a package at the client's layer and refuses one at another, naming both and the fix", () => {
    const client = gramClient();
    expect(() => checkGramjsLayer(client, 198)).not.toThrow();
    let error: unknown;
    try {
      checkGramjsLayer(client, 227);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GramjsLayerError);
    expect(error).toMatchObject({ packageLayer: 227, clientLayer: 198 });
    expect((error as Error).message).toBe(
      "this package was generated from layer 227, but the GramJS client speaks layer 198 (the LAYER of its telegram package), " +
        "and Telegram answers it in layer 198: requests and results would not match. " +
        "Generate the package from the GramJS you have installed: npx tlgen generate --schema-from telegram",
    );
  });

  it("passes when the layer cannot be learned", () => {
    expect(() => checkGramjsLayer({ getInputEntity: async () => ({}) }, 227)).not.toThrow();
  });
});
