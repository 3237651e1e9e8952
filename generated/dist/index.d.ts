/** Requests, GramJS-shaped: `new Api.messages.ExportChatInvite({ ... })`. */
export * as Api from "./api.js";
export { LAYER } from "./layer.js";
export type * from "./types.js";
export * from "./codecs.js";
export * from "./guards.js";
export * from "./runtime/index.js";
