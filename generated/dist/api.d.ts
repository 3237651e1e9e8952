export { LAYER } from "./layer.js";
export * as channels from "./requests/channels.js";
export * as chatlists from "./requests/chatlists.js";
export * as help from "./requests/help.js";
export * as messages from "./requests/messages.js";
export * as phone from "./requests/phone.js";
export * from "./requests/root.js";
