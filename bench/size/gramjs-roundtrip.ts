// Size consumer: serializes one exportChatInvite with GramJS and reads a result back.
import { Api } from "telegram";
import { BinaryReader } from "telegram/extensions/index.js";

const request = new Api.messages.ExportChatInvite({ peer: new Api.InputPeerSelf(), requestNeeded: true, usageLimit: 43, title: "My very normal title" });
const body = request.getBytes();
const answer = Buffer.from([0xb7, 0x7a, 0x10, 0xed]);
console.log(body.length, new BinaryReader(answer).tgReadObject().className);
