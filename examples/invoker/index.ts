// A consumer that talks to a server: a loopback HTTP "server" on 127.0.0.1 stands in for
// Telegram (it decodes requests with the generated classes and answers with encoded results),
// and the client uses the typed invoker, GramJS-style requests and a Bot API helper.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import {
  Api,
  RpcError,
  TlWriter,
  createChatInviteLink,
  createResolvingInvoker,
  encodeWith,
  isRpcErrorOf,
} from "tl-invite";
import { writeTypeContactsResolvedPeer, writeTypeExportedChatInvite, writeTypeUser } from "tl-invite/codecs";

function rpcError(code: number, message: string): Uint8Array {
  const w = new TlWriter();
  w.id(0x2144ca19);
  w.int(code);
  w.string(message);
  return w.finish();
}

/** The stand-in server: one answer per request it understands. */
function answer(body: Uint8Array): Uint8Array {
  const id = new DataView(body.buffer, body.byteOffset).getUint32(0, true);
  if (id === Api.contacts.ResolveUsername.CONSTRUCTOR_ID) {
    const { username } = Api.contacts.ResolveUsername.fromBytes(body);
    return encodeWith(
      writeTypeContactsResolvedPeer,
      {
        _: "contacts.resolvedPeer",
        peer: { _: "peerUser", userId: 1000n },
        chats: [],
        users: [{ _: "user", id: 1000n, accessHash: 1n, firstName: "Someone", username }],
      },
      "contacts.ResolvedPeer",
    );
  }
  if (id === Api.messages.ExportChatInvite.CONSTRUCTOR_ID) {
    const req = Api.messages.ExportChatInvite.fromBytes(body);
    return encodeWith(
      writeTypeExportedChatInvite,
      {
        _: "chatInviteExported",
        link: "https://t.me/+Example",
        adminId: 1000n,
        date: 1700000000,
        usageLimit: req.usageLimit,
        title: req.title,
        requestNeeded: req.requestNeeded,
      },
      "ExportedChatInvite",
    );
  }
  if (id === Api.messages.ImportChatInvite.CONSTRUCTOR_ID) return rpcError(406, "INVITE_HASH_EXPIRED");
  if (id === Api.users.GetUsers.CONSTRUCTOR_ID) {
    const me = {
      _: "user" as const,
      id: 1000n,
      accessHash: 1n,
      bot: true,
      botInfoVersion: 1,
      firstName: "Example Bot",
      username: "example_bot",
    };
    // A Vector<User>: the vector's id and count, then each user.
    const w = new TlWriter();
    w.id(0x1cb5c415);
    w.id(1);
    writeTypeUser(w, me);
    return w.finish();
  }
  return rpcError(400, "METHOD_INVALID");
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => res.end(Buffer.from(answer(new Uint8Array(Buffer.concat(chunks))))));
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address() as AddressInfo;

// The transport: any async function from request body to response body. It gets the call's
// signal too, so fetch drops the request when the call is aborted or times out.
const invoker = createResolvingInvoker(
  async (body, { signal }) =>
    new Uint8Array(
      await (
        await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: body as Uint8Array<ArrayBuffer>, signal })
      ).arrayBuffer(),
    ),
  { timeout: 10_000, floodSleepThreshold: 5 },
);

// GramJS style: the same request classes, typed results.
const invite = await invoker.invoke(
  new Api.messages.ExportChatInvite({ peer: "@someone", requestNeeded: true, title: "My very normal title" }),
);
if (invite._ === "chatInviteExported") console.log(`exported ${invite.link} "${invite.title}"`);

// Typed errors.
const join = new Api.messages.ImportChatInvite({ hash: "random string here" });
try {
  await invoker.invoke(join);
} catch (e) {
  if (isRpcErrorOf(e, join)) console.log(`import failed: ${e.code} ${e.type}`);
  else if (e instanceof RpcError) console.log(`import failed with an unexpected error: ${e.type}`);
  else throw e;
}

// Bot API style (aiogram's create_chat_invite_link) over MTProto, with its limits checked before
// sending; a BotApiClient in place of the invoker sends the same call over the HTTP Bot API.
const link = await createChatInviteLink(invoker, { chat_id: "@someone", name: "Bot link", member_limit: 10 });
console.log(
  `Bot API: ${link.invite_link} member_limit=${link.member_limit} name=${link.name} by @${link.creator.username}`,
);

server.close();
