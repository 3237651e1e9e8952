// GramJS code with only the import of Api changed: the documented exportChatInvite call, then
// the next lines of real code, which pass a chat from an earlier result by its id, as itself
// and as a Peer. Type-checked (test/examples/gramjs.test.ts); a GramJS client needs a package
// generated at its own layer (`npx tlgen generate --schema-from telegram`) to run it, and
// test/interop/gramjs-peers.test.ts makes the same calls on a TelegramClient.
import type { TelegramClient } from "telegram";
import { Api, PeerCache, withTypedInvoke, type TypeExportedChatInvite } from "tl-invite"; // was: import { Api } from "telegram"

export async function exportInvites(gramjsClient: TelegramClient, saved?: string): Promise<TypeExportedChatInvite[]> {
  // The client's peer cache: the results of these requests fill it; a saved one can seed it.
  const peers = saved ? PeerCache.fromJSON(JSON.parse(saved)) : new PeerCache();
  const client = withTypedInvoke(gramjsClient, { peers });

  const result = await client.invoke(
    new Api.messages.ExportChatInvite({
      peer: "username",
      legacyRevokePermanent: true,
      requestNeeded: true,
      expireDate: 43,
      usageLimit: 43,
      title: "My very normal title",
    }),
  );

  // A chat an earlier result returned: by its id, as itself, or as a Peer.
  const invite = await client.invoke(new Api.messages.CheckChatInvite({ hash: "AbCdEf" }));
  if (invite._ !== "chatInviteAlready") return [result];
  const chat = invite.chat;
  const byId = await client.invoke(new Api.messages.ExportChatInvite({ peer: chat.id, usageLimit: 10 }));
  const byChat = await client.invoke(new Api.messages.ExportChatInvite({ peer: chat, usageLimit: 10 }));
  const byPeer = await client.invoke(
    new Api.messages.ExportChatInvite({ peer: { _: "peerChannel", channelId: chat.id }, usageLimit: 10 }),
  );
  // A Bot API-style id works too, once the cache knows the channel.
  const byBotApiId = await client.invoke(new Api.messages.ExportChatInvite({ peer: -1001234567890 }));

  console.log(JSON.stringify(peers)); // persist it with the session
  return [result, byId, byChat, byPeer, byBotApiId];
}
