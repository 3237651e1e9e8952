// Size consumer: the same request through the GramJS-shaped root `Api` object. esbuild cannot
// drop unused members of the nested namespace, so this keeps every generated request.
import { Api } from "tl-invite";

const request = new Api.messages.ExportChatInvite({ peer: { _: "inputPeerSelf" }, requestNeeded: true, usageLimit: 43, title: "My very normal title" });
console.log(request.serialize().length);
