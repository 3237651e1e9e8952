// Size consumer: serializes one exportChatInvite with mtcute and reads a result back.
import { TlBinaryReader, TlBinaryWriter, __tlReaderMap, __tlWriterMap } from "@mtcute/core/utils.js";

const request = { _: "messages.exportChatInvite", peer: { _: "inputPeerSelf" }, requestNeeded: true, usageLimit: 43, title: "My very normal title" };
const body = TlBinaryWriter.serializeObject(__tlWriterMap, request);
const answer = new Uint8Array([0xb7, 0x7a, 0x10, 0xed]);
console.log(body.length, (TlBinaryReader.deserializeObject(__tlReaderMap, answer) as { _: string })._);
