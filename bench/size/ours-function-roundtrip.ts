// Size consumer: the size-first path, one exportChatInvite encoded by its free function and its
// result decoded by the method's result reader.
import { decodeWith } from "tl-invite";
import { exportChatInvite, readExportChatInviteResult } from "tl-invite/messages";

const body = exportChatInvite({ peer: { _: "inputPeerSelf" }, requestNeeded: true, usageLimit: 43, title: "My very normal title" });
const answer = new Uint8Array([0xb7, 0x7a, 0x10, 0xed]); // chatInvitePublicJoinRequests
console.log(body.length, decodeWith(readExportChatInviteResult, answer)._);
