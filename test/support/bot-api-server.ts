// A loopback HTTP Bot API server (127.0.0.1) for tests: it records every request (HTTP method,
// path, content type, JSON body) and answers as the Bot API does, `{ ok: true, result }` or
// `{ ok: false, error_code, description, parameters }`, from a handler the test chooses.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the server received. */
export interface ReceivedRequest {
  httpMethod: string;
  path: string;
  contentType: string | undefined;
  body: unknown;
}

/** What the handler answers: a Bot API JSON answer, or raw text with a status. */
export type Reply = { status?: number; json: unknown } | { status: number; text: string } | { hang: true };

export type Handler = (method: string, body: Record<string, unknown>, path: string) => Reply;

export interface BotApiServer {
  /** `http://127.0.0.1:PORT` */
  apiRoot: string;
  received: ReceivedRequest[];
  /** Replaces the handler (the default answers like the Bot API for the invite methods). */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

/** The server's answer to a successful call. */
export const ok = (result: unknown): Reply => ({ json: { ok: true, result } });

/** The server's answer to a failed call. */
export const fail = (error_code: number, description: string, parameters?: object): Reply => ({
  status: error_code,
  json: { ok: false, error_code, description, ...(parameters ? { parameters } : {}) },
});

export const BOT_USER = { id: 7000000001, is_bot: true, first_name: "Invite Bot", username: "invite_test_bot" };

/** The Bot API's answers to the invite methods, built from the request as the server would. */
export function inviteMethodsHandler(method: string, body: Record<string, unknown>): Reply {
  const link = (extra: object) => ({
    invite_link: typeof body.invite_link === "string" ? body.invite_link : "https://t.me/+AAAAAAAAAAAAAAAA",
    ...(body.name ? { name: body.name } : {}),
    creator: BOT_USER,
    ...(body.expire_date ? { expire_date: body.expire_date } : {}),
    ...(body.member_limit ? { member_limit: body.member_limit } : {}),
    creates_join_request: body.creates_join_request === true,
    is_primary: false,
    is_revoked: false,
    ...extra,
  });
  switch (method) {
    case "createChatInviteLink":
    case "editChatInviteLink":
    case "editChatSubscriptionInviteLink":
      return ok(link({}));
    case "createChatSubscriptionInviteLink":
      return ok(link({ subscription_period: body.subscription_period, subscription_price: body.subscription_price }));
    case "revokeChatInviteLink":
      return ok(link({ is_revoked: true }));
    case "exportChatInviteLink":
      return ok("https://t.me/+PrimaryPrimary00");
    case "approveChatJoinRequest":
    case "declineChatJoinRequest":
      return ok(true);
    default:
      return fail(404, "Not Found: method not found");
  }
}

export async function startBotApiServer(): Promise<BotApiServer> {
  const received: ReceivedRequest[] = [];
  let handler: Handler = inviteMethodsHandler;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      const path = req.url ?? "";
      received.push({ httpMethod: req.method ?? "", path, contentType: req.headers["content-type"], body });
      const reply = handler(path.slice(path.lastIndexOf("/") + 1), body, path);
      if ("hang" in reply) return; // never answers: for cancellation tests
      res.statusCode = reply.status ?? 200;
      if ("text" in reply) return res.end(reply.text);
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(reply.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    received,
    handle(next) {
      handler = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
