// The GramJS snippets of the docs, with only the import of Api changed, type-check against
// the generated package (checked by tsc in test/generated/types.test.ts).
import type { TelegramClient } from "telegram";
import { Api, withTypedInvoke, type TypeExportedChatInvite, type TypeMessagesChatInviteJoinResult } from "tl-invite";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

declare const gramjsClient: TelegramClient;
const client = withTypedInvoke(gramjsClient);

export async function snippets() {
  const result = await client.invoke(
    new Api.messages.ExportChatInvite({
      peer: "username",
      legacyRevokePermanent: true,
      requestNeeded: true,
      expireDate: 43,
      usageLimit: 43,
      title: "My very normal title",
    })
  );
  const joined = await client.invoke(new Api.messages.ImportChatInvite({ hash: "random string here" }));
  const typed: [Assert<Equal<typeof result, TypeExportedChatInvite>>, Assert<Equal<typeof joined, TypeMessagesChatInviteJoinResult>>] = [true, true];
  return typed;
}
