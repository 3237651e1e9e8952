// Size consumer: serializes one exportChatInvite with GramJS.
import { Api } from "telegram";

const request = new Api.messages.ExportChatInvite({ peer: new Api.InputPeerSelf(), requestNeeded: true, usageLimit: 43, title: "My very normal title" });
console.log(request.getBytes().length);
