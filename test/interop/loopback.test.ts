// The invoker over a real byte channel: an HTTP server on 127.0.0.1 that decodes requests with
// the generated code and answers with encoded results, rpc_errors and gzip_packed bodies.
// Requests and answers cross the socket as bytes; a flood wait is waited out and sent again, and
// an aborted call drops its HTTP request (the transport hands the call's signal to fetch).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import {
  Api,
  RpcError,
  TlWriter,
  createResolvingInvoker,
  encodeWith,
  isRpcErrorOf,
  type TypeExportedChatInvite,
  type Invoker,
} from "tl-invite";
import {
  writeTypeChatInvite,
  writeTypeContactsResolvedPeer,
  writeTypeExportedChatInvite,
  writeTypeMessagesChatInviteJoinResult,
  writeTypeMessagesExportedChatInvite,
  writeTypeMessagesExportedChatInvites,
} from "tl-invite/codecs";
import { sampleObject } from "../support/sample-values.ts";

const CHANNEL = { id: 777000n, accessHash: -99999n };

function rpcError(code: number, message: string): Uint8Array {
  const w = new TlWriter();
  w.id(0x2144ca19);
  w.int(code);
  w.string(message);
  return w.finish();
}

function gzipPacked(body: Uint8Array): Uint8Array {
  const w = new TlWriter();
  w.id(0x3072cfa1);
  w.bytes(new Uint8Array(gzipSync(body)));
  return w.finish();
}

const invites = new Map<string, TypeExportedChatInvite>();
const received: string[] = [];
let floods = 0;
let dropped = 0;

/** The server side: decode the request with the generated classes, answer with encoded bytes. */
function answer(body: Uint8Array): Uint8Array | null {
  const id = new DataView(body.buffer, body.byteOffset).getUint32(0, true);
  switch (id) {
    case Api.InvokeWithLayer.CONSTRUCTOR_ID:
      return answer(body.subarray(8)); // invokeWithLayer#da9b0d0d layer:int query:!X
    case Api.contacts.ResolveUsername.CONSTRUCTOR_ID: {
      const req = Api.contacts.ResolveUsername.fromBytes(body);
      received.push(`resolve ${req.username}`);
      const channel = { ...sampleObject("channel", 0, 1), id: CHANNEL.id, accessHash: CHANNEL.accessHash };
      return encodeWith(
        writeTypeContactsResolvedPeer,
        {
          _: "contacts.resolvedPeer",
          peer: { _: "peerChannel", channelId: CHANNEL.id },
          chats: [channel as never],
          users: [],
        },
        "contacts.ResolvedPeer",
      );
    }
    case Api.messages.ExportChatInvite.CONSTRUCTOR_ID: {
      const req = Api.messages.ExportChatInvite.fromBytes(body);
      received.push(
        `export ${JSON.stringify(req.peer, (_, v) => (typeof v === "bigint" ? `${v}` : v))} ${req.title} ${req.usageLimit}`,
      );
      const invite: TypeExportedChatInvite = {
        _: "chatInviteExported",
        link: `https://t.me/+hash${invites.size}`,
        adminId: 1n,
        date: 1700000000,
        usageLimit: req.usageLimit,
        title: req.title,
      };
      invites.set(invite.link, invite);
      return encodeWith(writeTypeExportedChatInvite, invite, "ExportedChatInvite");
    }
    case Api.messages.CheckChatInvite.CONSTRUCTOR_ID: {
      const { hash } = Api.messages.CheckChatInvite.fromBytes(body);
      received.push(`check ${hash}`);
      if (hash === "expired") return rpcError(406, "INVITE_HASH_EXPIRED");
      if (hash === "hang") return null; // never answers
      return encodeWith(
        writeTypeChatInvite,
        { _: "chatInviteAlready", chat: { _: "chatEmpty", id: 5n } },
        "ChatInvite",
      );
    }
    case Api.messages.ImportChatInvite.CONSTRUCTOR_ID: {
      const { hash } = Api.messages.ImportChatInvite.fromBytes(body);
      received.push(`import ${hash}`);
      if (hash === "flood") return rpcError(420, "FLOOD_WAIT_42");
      if (hash === "flood-once" && floods++ === 0) return rpcError(420, "FLOOD_WAIT_1");
      return encodeWith(
        writeTypeMessagesChatInviteJoinResult,
        { _: "messages.chatInviteJoinResultOk", updates: { _: "updatesTooLong" } },
        "messages.ChatInviteJoinResult",
      );
    }
    case Api.messages.GetExportedChatInvites.CONSTRUCTOR_ID: {
      const req = Api.messages.GetExportedChatInvites.fromBytes(body);
      received.push(`list limit ${req.limit}`);
      const list = {
        _: "messages.exportedChatInvites" as const,
        count: invites.size,
        invites: [...invites.values()],
        users: [{ _: "userEmpty" as const, id: 1n }],
      };
      return gzipPacked(encodeWith(writeTypeMessagesExportedChatInvites, list, "messages.ExportedChatInvites"));
    }
    case Api.messages.EditExportedChatInvite.CONSTRUCTOR_ID: {
      const req = Api.messages.EditExportedChatInvite.fromBytes(body);
      received.push(`edit ${req.link} revoked=${req.revoked}`);
      const invite = { ...invites.get(req.link)!, revoked: req.revoked === true };
      invites.set(req.link, invite);
      return encodeWith(
        writeTypeMessagesExportedChatInvite,
        { _: "messages.exportedChatInvite", invite, users: [] },
        "messages.ExportedChatInvite",
      );
    }
    default:
      return rpcError(400, "METHOD_INVALID");
  }
}

let server: Server;
let invoker: Invoker;
let requests = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      requests++;
      const reply = answer(new Uint8Array(Buffer.concat(chunks)));
      if (reply) res.end(Buffer.from(reply));
      else res.on("close", () => dropped++); // the client gave up on this request
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  invoker = createResolvingInvoker(async (body, { signal }) => {
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      method: "POST",
      body: body as Uint8Array<ArrayBuffer>,
      signal,
    });
    return new Uint8Array(await response.arrayBuffer());
  });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("invoking over a loopback HTTP server", () => {
  it("runs create -> check -> import -> list -> revoke with typed results", async () => {
    const created = await invoker.invoke(
      new Api.messages.ExportChatInvite({ peer: "@InviteChannel", usageLimit: 10, title: "Friends" }),
    );
    expect(created._).toBe("chatInviteExported");
    const link = created._ === "chatInviteExported" ? created.link : "";
    expect(link).toBe("https://t.me/+hash0");

    const checked = await invoker.invoke(new Api.messages.CheckChatInvite({ hash: "hash0" }));
    expect(checked._).toBe("chatInviteAlready");

    const joined = await invoker.invoke(new Api.messages.ImportChatInvite({ hash: "hash0" }));
    expect(joined).toEqual({ _: "messages.chatInviteJoinResultOk", updates: { _: "updatesTooLong" } });

    const list = await invoker.invoke(
      new Api.messages.GetExportedChatInvites({ peer: "https://t.me/InviteChannel", adminId: "me", limit: 50 }),
    );
    expect(list._).toBe("messages.exportedChatInvites");
    expect(list.invites.map((i) => (i._ === "chatInviteExported" ? i.title : ""))).toEqual(["Friends"]);

    const revoked = await invoker.invoke(
      new Api.messages.EditExportedChatInvite({ peer: "InviteChannel", link, revoked: true }),
    );
    expect(
      revoked._ === "messages.exportedChatInvite" &&
        revoked.invite._ === "chatInviteExported" &&
        revoked.invite.revoked,
    ).toBe(true);

    // The username was looked up once (contacts.resolveUsername) and then served from the cache.
    expect(received.filter((r) => r.startsWith("resolve"))).toEqual(["resolve invitechannel"]);
    expect(received).toContain('export {"_":"inputPeerChannel","channelId":"777000","accessHash":"-99999"} Friends 10');
    expect(received).toContain("edit https://t.me/+hash0 revoked=true");
  });

  it("throws rpc_error answers as RpcError with their code, typed for the request", async () => {
    const request = new Api.messages.CheckChatInvite({ hash: "expired" });
    const error = await invoker.invoke(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    expect(isRpcErrorOf(error, request)).toBe(true);
    if (isRpcErrorOf(error, request)) expect([error.code, error.type]).toEqual([406, "INVITE_HASH_EXPIRED"]);
  });

  it("throws a FLOOD_WAIT over the threshold at once, carrying its seconds", async () => {
    const error = await invoker
      .invoke(new Api.messages.ImportChatInvite({ hash: "flood" }), { floodSleepThreshold: 10 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 420, type: "FLOOD_WAIT_%d", params: { seconds: 42 } });
  });

  it("waits out a FLOOD_WAIT_1 and sends the request again", async () => {
    const joined = await invoker.invoke(new Api.messages.ImportChatInvite({ hash: "flood-once" }));
    expect(joined).toEqual({ _: "messages.chatInviteJoinResultOk", updates: { _: "updatesTooLong" } });
    expect(received.filter((r) => r === "import flood-once")).toHaveLength(2);
  });

  it("drops the HTTP request when the call's signal aborts (fetch gets the signal)", async () => {
    const error = await invoker
      .invoke(new Api.messages.CheckChatInvite({ hash: "hang" }), { signal: AbortSignal.timeout(200) })
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe("TimeoutError");
    await vi.waitFor(() => expect(dropped).toBe(1));
  });

  it("resolves peer names inside a wrapper's query (invokeWithLayer)", async () => {
    const wrapped = new Api.InvokeWithLayer({
      layer: 227,
      query: new Api.messages.ExportChatInvite({ peer: "@InviteChannel", title: "Wrapped" }),
    });
    const result = await invoker.invoke(wrapped);
    expect(result._).toBe("chatInviteExported");
    expect(received).toContain(
      'export {"_":"inputPeerChannel","channelId":"777000","accessHash":"-99999"} Wrapped undefined',
    );
    expect(typeof (wrapped.query as unknown as { peer: unknown }).peer).toBe("string"); // the caller's request is untouched
  });

  it("sent every request across the socket", () => {
    expect(requests).toBeGreaterThanOrEqual(8);
  });
});
