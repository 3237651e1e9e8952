// Size consumer: serializes one exportChatInvite with mtcute's public path.
import { TlBinaryWriter, __tlWriterMap } from "@mtcute/core/utils.js";

const request = { _: "messages.exportChatInvite", peer: { _: "inputPeerSelf" }, requestNeeded: true, usageLimit: 43, title: "My very normal title" };
console.log(TlBinaryWriter.serializeObject(__tlWriterMap, request).length);
