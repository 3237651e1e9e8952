// examples/workers-bot: the Worker type-checks with tsc (web APIs only, no Node types), and its
// fetch handler, run in Node against a loopback Bot API server, answers updates as a webhook:
// a join request with a toWebhookReply(), "/invite" with a link it made through BotApiClient.
// (In workerd itself it runs in npm run test:runtimes.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { runTsc } from "../support/tsc.ts";
import { fail, inviteMethodsHandler, startBotApiServer, type BotApiServer } from "../support/bot-api-server.ts";

const dir = join(PROJECT_ROOT, "examples", "workers-bot");
const TOKEN = "123456:TEST-token";
const SECRET = "webhook-secret";

interface Worker {
  fetch(request: Request, env: Record<string, string>): Promise<Response>;
}

let build: { code: number | null; output: string };
let worker: Worker;
let server: BotApiServer;
let env: Record<string, string>;

beforeAll(async () => {
  build = runTsc(["-p", join(dir, "tsconfig.json")]);
  worker = ((await import(pathToFileURL(join(dir, "dist", "index.js")).href)) as { default: Worker }).default;
  server = await startBotApiServer();
  env = { BOT_TOKEN: TOKEN, WEBHOOK_SECRET: SECRET, BOT_API_ROOT: server.apiRoot };
}, 300_000);

afterAll(async () => {
  await server?.close();
});

/** An update as Telegram POSTs it to the webhook. */
const webhook = (update: object, secret = SECRET) =>
  new Request("https://bot.example.workers.dev/", {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
    body: JSON.stringify(update),
  });

const chat = { id: -1001234567890, type: "supergroup", title: "Friends" };
const from = { id: 42, is_bot: false, first_name: "Zoë" };

describe("examples/workers-bot", () => {
  it("type-checks with tsc against the DOM's web APIs, without Node's types", () => {
    expect(build.output).toBe("");
    expect(build.code).toBe(0);
  });

  it("approves a join request in the webhook reply, sending nothing itself", async () => {
    const before = server.received.length;
    const r = await worker.fetch(
      webhook({ update_id: 1, chat_join_request: { chat, from, user_chat_id: 42, date: 1700000000 } }),
      env,
    );
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ method: "approveChatJoinRequest", chat_id: chat.id, user_id: 42 });
    expect(server.received.length).toBe(before);
  });

  it("answers /invite with a link made through BotApiClient, expiring in a day", async () => {
    const now = Math.floor(Date.now() / 1000);
    const r = await worker.fetch(
      webhook({ update_id: 2, message: { message_id: 7, date: now, chat, from, text: "/invite" } }),
      env,
    );
    expect(await r.json()).toEqual({
      method: "sendMessage",
      chat_id: chat.id,
      text: "https://t.me/+AAAAAAAAAAAAAAAA (for 10 people)",
    });
    const call = server.received.at(-1)! as { path: string; body: Record<string, unknown> };
    expect(call.path).toBe(`/bot${TOKEN}/createChatInviteLink`);
    expect(call.body).toMatchObject({ chat_id: chat.id, name: "Friends", member_limit: 10 });
    expect(Number(call.body.expire_date) - now).toBeGreaterThanOrEqual(86_399);
    expect(Number(call.body.expire_date) - now).toBeLessThan(86_460);
  });

  it("tells the chat when the Bot API refuses, with the server's description", async () => {
    server.handle(() => fail(400, "Bad Request: not enough rights to manage chat invite links"));
    try {
      const r = await worker.fetch(
        webhook({ update_id: 3, message: { message_id: 8, date: 1700000000, chat, from, text: "/invite" } }),
        env,
      );
      expect(await r.json()).toEqual({
        method: "sendMessage",
        chat_id: chat.id,
        text: "Could not make a link: Bad Request: not enough rights to manage chat invite links",
      });
    } finally {
      server.handle(inviteMethodsHandler);
    }
  });

  it("refuses an update without the webhook's secret token, and a body that is not JSON", async () => {
    expect((await worker.fetch(webhook({ update_id: 4 }, "wrong"), env)).status).toBe(403);
    const garbage = new Request("https://bot.example.workers.dev/", {
      method: "POST",
      headers: { "x-telegram-bot-api-secret-token": SECRET },
      body: "{not json",
    });
    expect((await worker.fetch(garbage, env)).status).toBe(400);
    expect((await worker.fetch(new Request("https://bot.example.workers.dev/"), env)).status).toBe(405);
  });

  it("answers an update it has nothing to say to with 204, which Telegram takes as delivered", async () => {
    const r = await worker.fetch(
      webhook({ update_id: 5, message: { message_id: 9, date: 1700000000, chat, from, text: "hello" } }),
      env,
    );
    expect(r.status).toBe(204);
  });
});
