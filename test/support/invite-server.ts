// A loopback MTProto server for the Bot API helpers' MTProto backend: an HTTP server on
// 127.0.0.1 that decodes each request body with the generated classes, records it, and answers
// with encoded results as Telegram would for a bot that administers one channel, one basic
// group and a primary link. Requests and answers cross the socket as bytes.
import { encodeVectorResult } from "./vector-result.ts";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Api, TlWriter, encodeWith, type ChatInviteExported, type TypeUser, type Transport } from "tl-invite";
import {
  writeTypeContactsResolvedPeer,
  writeTypeExportedChatInvite,
  writeTypeMessagesExportedChatInvite,
  writeTypeUpdates,
  writeTypeUser,
} from "tl-invite/codecs";
import { sampleObject } from "./sample-values.ts";

export const BOT = { id: 7000000001n, accessHash: 11n };
export const CHANNEL = { id: 1234567890n, accessHash: -22n, botApiId: -1001234567890 };
export const MEMBER = { id: 5550001n, accessHash: 33n };
export const OTHER_ADMIN = { id: 5550009n, accessHash: 44n };
export const PRIMARY_LINK = "https://t.me/+PrimaryPrimary00";

/** The bot as users.getUsers([inputUserSelf]) answers it: its username only in usernames[]. */
export const BOT_USER: TypeUser = {
  _: "user",
  self: true,
  bot: true,
  id: BOT.id,
  accessHash: BOT.accessHash,
  firstName: "Invite Bot",
  botInfoVersion: 3,
  usernames: [
    { _: "username", editable: true, active: true, username: "invite_test_bot" },
    { _: "username", active: false, username: "old_invite_bot" },
  ],
};

/** Another administrator, as an answer's users list describes them. */
export const OTHER_ADMIN_USER: TypeUser = {
  _: "user",
  id: OTHER_ADMIN.id,
  accessHash: OTHER_ADMIN.accessHash,
  firstName: "Ada",
  lastName: "Admin",
  username: "ada",
  langCode: "en",
  premium: true,
};

/** One decoded request the server received: its TL name and fields. */
export type Received = { tl: string; request: Record<string, unknown> };

function rpcError(code: number, message: string): Uint8Array {
  const w = new TlWriter();
  w.id(0x2144ca19);
  w.int(code);
  w.string(message);
  return w.finish();
}

const channel = () => ({
  ...sampleObject("channel", 0, 1),
  id: CHANNEL.id,
  accessHash: CHANNEL.accessHash,
  min: false,
});

export interface InviteServer {
  transport: Transport;
  received: Received[];
  /** The links the server holds, by link. */
  links: Map<string, ChatInviteExported>;
  /** Makes the next answer to `tl` this one instead. */
  override(tl: string, answer: (request: Record<string, unknown>) => Uint8Array): void;
  close(): Promise<void>;
}

export async function startInviteServer(): Promise<InviteServer> {
  const received: Received[] = [];
  const links = new Map<string, ChatInviteExported>();
  const overrides = new Map<string, (request: Record<string, unknown>) => Uint8Array>();
  links.set(PRIMARY_LINK, {
    _: "chatInviteExported",
    permanent: true,
    link: PRIMARY_LINK,
    adminId: BOT.id,
    date: 1700000000,
  });

  const answer = (body: Uint8Array): Uint8Array => {
    const id = new DataView(body.buffer, body.byteOffset).getUint32(0, true);
    const cls = [
      Api.users.GetUsers,
      Api.contacts.ResolveUsername,
      Api.messages.ExportChatInvite,
      Api.messages.EditExportedChatInvite,
      Api.messages.HideChatJoinRequest,
    ].find((c) => c.CONSTRUCTOR_ID === id);
    if (!cls) return rpcError(400, "METHOD_INVALID");
    const decoded = (cls as unknown as { fromBytes(b: Uint8Array): { tlName: string } }).fromBytes(body);
    const request = { ...decoded } as unknown as Record<string, unknown>;
    const tl = decoded.tlName;
    received.push({ tl, request });
    const override = overrides.get(tl);
    if (override) {
      overrides.delete(tl);
      return override(request);
    }
    return standardAnswer(tl, request, links);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => res.end(Buffer.from(answer(new Uint8Array(Buffer.concat(chunks))))));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    received,
    links,
    transport: async (body) => {
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        method: "POST",
        body: body as Uint8Array<ArrayBuffer>,
      });
      return new Uint8Array(await response.arrayBuffer());
    },
    override: (tl, f) => void overrides.set(tl, f),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function standardAnswer(tl: string, r: Record<string, unknown>, links: Map<string, ChatInviteExported>): Uint8Array {
  switch (tl) {
    case "users.getUsers":
      return encodeVectorResult([BOT_USER], writeTypeUser);
    case "contacts.resolveUsername": {
      const peer =
        r.username === "invitechannel"
          ? { _: "peerChannel" as const, channelId: CHANNEL.id }
          : { _: "peerUser" as const, userId: MEMBER.id };
      const users: TypeUser[] = [{ _: "user", id: MEMBER.id, accessHash: MEMBER.accessHash, firstName: "Member" }];
      return encodeWith(
        writeTypeContactsResolvedPeer,
        { _: "contacts.resolvedPeer", peer, chats: [channel() as never], users },
        "contacts.ResolvedPeer",
      );
    }
    case "messages.exportChatInvite": {
      const link = r.legacyRevokePermanent ? `https://t.me/+Primary${links.size}` : `https://t.me/+Link${links.size}`;
      const invite: ChatInviteExported = {
        _: "chatInviteExported",
        link,
        adminId: BOT.id,
        date: 1700000000,
        permanent: r.legacyRevokePermanent === true || undefined,
        requestNeeded: r.requestNeeded === true || undefined,
        expireDate: r.expireDate as number | undefined,
        usageLimit: r.usageLimit as number | undefined,
        title: r.title as string | undefined,
        subscriptionPricing: r.subscriptionPricing as ChatInviteExported["subscriptionPricing"],
      };
      links.set(link, invite);
      return encodeWith(writeTypeExportedChatInvite, invite, "ExportedChatInvite");
    }
    case "messages.editExportedChatInvite": {
      const old = links.get(r.link as string);
      if (!old) return rpcError(400, "INVITE_HASH_EXPIRED");
      if (r.revoked && old.permanent) {
        const revoked = { ...old, revoked: true };
        const fresh: ChatInviteExported = {
          _: "chatInviteExported",
          permanent: true,
          link: `https://t.me/+Primary${links.size}`,
          adminId: BOT.id,
          date: 1700000001,
        };
        links.set(old.link, revoked).set(fresh.link, fresh);
        return encodeWith(
          writeTypeMessagesExportedChatInvite,
          { _: "messages.exportedChatInviteReplaced", invite: revoked, newInvite: fresh, users: [BOT_USER] },
          "messages.ExportedChatInvite",
        );
      }
      const edited: ChatInviteExported = r.revoked
        ? { ...old, revoked: true }
        : {
            ...old,
            title: r.title as string,
            expireDate: r.expireDate as number,
            usageLimit: r.usageLimit as number,
            requestNeeded: r.requestNeeded as boolean,
          };
      links.set(old.link, edited);
      return encodeWith(
        writeTypeMessagesExportedChatInvite,
        { _: "messages.exportedChatInvite", invite: edited, users: [BOT_USER] },
        "messages.ExportedChatInvite",
      );
    }
    case "messages.hideChatJoinRequest":
      return encodeWith(
        writeTypeUpdates,
        { _: "updates", updates: [], users: [], chats: [], date: 1700000002, seq: 0 },
        "Updates",
      );
    default:
      return rpcError(400, "METHOD_INVALID");
  }
}
