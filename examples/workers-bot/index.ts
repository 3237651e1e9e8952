// A Telegram bot on Cloudflare Workers that manages invite links with tl-invite's Bot API helpers.
// Telegram POSTs each update to the Worker (a webhook). A join request is approved in the webhook
// reply itself, with no request of its own; "/invite" makes a new link through the Bot API over
// fetch (BotApiClient) and answers the chat with it. Web APIs only (fetch, Request, Response), so
// the same module runs in workerd, Node 20+, Deno and Bun.
import type { Update } from "@grammyjs/types";
import { BotApiClient, BotApiError, BotMethods, createChatInviteLink } from "tl-invite";

/** The Worker's bindings: secrets set with `wrangler secret put`, and an optional API root. */
export interface Env {
  /** The bot token from @BotFather. */
  BOT_TOKEN: string;
  /** The secret_token given to setWebhook; Telegram sends it in X-Telegram-Bot-Api-Secret-Token. */
  WEBHOOK_SECRET: string;
  /** Where the Bot API is: https://api.telegram.org when unset (a local Bot API server, a test double). */
  BOT_API_ROOT?: string;
}

/** Updates are small; a body past this is refused before it is read whole. */
const MAX_UPDATE_BYTES = 1 << 20;

/** Reads a request's body as JSON, refusing one larger than `limit` bytes. */
async function readJson(request: Request, limit: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new RangeError(`update of ${declared} bytes, over ${limit}`);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > limit) throw new RangeError(`update of ${bytes.length} bytes, over ${limit}`);
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** What the bot does with one update: the webhook reply, or null for nothing to say. */
export async function answer(update: Update, env: Env): Promise<object | null> {
  // A request to join through a link that needs approval: approve it in the reply.
  const join = update.chat_join_request;
  if (join)
    return new BotMethods.ApproveChatJoinRequest({ chat_id: join.chat.id, user_id: join.from.id }).toWebhookReply();

  // "/invite": a link for ten people that expires in a day, made with a call of its own.
  const message = update.message;
  if (message?.text?.startsWith("/invite")) {
    const bot = new BotApiClient({ token: env.BOT_TOKEN, apiRoot: env.BOT_API_ROOT });
    try {
      const link = await createChatInviteLink(bot, {
        chat_id: message.chat.id,
        name: "Friends",
        member_limit: 10,
        expire_date: { days: 1 },
      });
      // sendMessage is not among the package's methods: a webhook reply is plain JSON.
      return {
        method: "sendMessage",
        chat_id: message.chat.id,
        text: `${link.invite_link} (for ${link.member_limit} people)`,
      };
    } catch (e) {
      if (!(e instanceof BotApiError)) throw e;
      return { method: "sendMessage", chat_id: message.chat.id, text: `Could not make a link: ${e.description}` };
    }
  }
  return null;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method !== "POST")
      return new Response("this is a Telegram webhook: POST updates here\n", { status: 405 });
    if (request.headers.get("x-telegram-bot-api-secret-token") !== env.WEBHOOK_SECRET)
      return new Response("wrong secret token\n", { status: 403 });
    let update: Update;
    try {
      update = (await readJson(request, MAX_UPDATE_BYTES)) as Update;
    } catch (e) {
      return new Response(`not an update: ${e instanceof Error ? e.message : String(e)}\n`, { status: 400 });
    }
    const reply = await answer(update, env);
    // Telegram takes any 2xx as delivered; a JSON body with a `method` is a call made in reply.
    return reply ? Response.json(reply) : new Response(null, { status: 204 });
  },
};
