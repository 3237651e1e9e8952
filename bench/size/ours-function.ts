// Size consumer: the size-first path, one exportChatInvite encoded by its free function.
import { exportChatInvite } from "tl-invite/messages";

console.log(exportChatInvite({ peer: { _: "inputPeerSelf" }, requestNeeded: true, usageLimit: 43, title: "My very normal title" }).length);
