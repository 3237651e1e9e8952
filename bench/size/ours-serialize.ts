// Size consumer: serializes one exportChatInvite with the generated package, importing the
// namespace entry point (`Api.messages` as its own module) so the bundler keeps only what it uses.
import { ExportChatInvite } from "tl-invite/messages";

const request = new ExportChatInvite({ peer: { _: "inputPeerSelf" }, requestNeeded: true, usageLimit: 43, title: "My very normal title" });
console.log(request.serialize().length);
