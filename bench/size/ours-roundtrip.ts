// Size consumer: serializes one exportChatInvite and decodes its result.
import { ExportChatInvite } from "tl-invite/messages";

const request = new ExportChatInvite({ peer: { _: "inputPeerSelf" }, requestNeeded: true, usageLimit: 43, title: "My very normal title" });
const body = request.serialize();
const answer = new Uint8Array([0xb7, 0x7a, 0x10, 0xed]); // chatInvitePublicJoinRequests
console.log(body.length, request.decodeResult(answer)._);
