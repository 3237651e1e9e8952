// Where the runtime modules that generated code imports live inside a package's src/: one table,
// so that a move inside generator/runtime/ is one edit here. Paths are relative to src/, with the
// `.js` extension the generated imports use.

/** The runtime modules generated code imports, by role. */
export const RUNTIME = {
  /** The runtime's public names, re-exported by the package root. */
  index: "runtime/index.js",
  codec: "runtime/wire/codec.js",
  encode: "runtime/wire/encode.js",
  decode: "runtime/wire/decode.js",
  reader: "runtime/wire/reader.js",
  writer: "runtime/wire/writer.js",
  guards: "runtime/wire/guards.js",
  olderLayer: "runtime/wire/older-layer.js",
  /** Written per package (emit-package.ts), not copied. */
  layer: "runtime/wire/layer.js",
  request: "runtime/request/request.js",
  tlRequest: "runtime/wire/tl-request.js",
  params: "runtime/wire/params.js",
  encodeRequest: "runtime/wire/encode-request.js",
  peerLike: "runtime/peers/peer-like.js",
  invoker: "runtime/invoke/invoker.js",
  botApiMethod: "runtime/bot-api/bot-api-method.js",
  botApiChecks: "runtime/bot-api/bot-api-checks.js",
} as const;

/** The source path, under src/, of the one runtime module written per package. */
export const LAYER_SOURCE = RUNTIME.layer.replace(/\.js$/, ".ts");
