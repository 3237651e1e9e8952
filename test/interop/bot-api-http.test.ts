// The generated package's Bot API helpers and BotApiClient against a loopback HTTP Bot API
// server (127.0.0.1): the exact requests (path, JSON body), `{ ok: false }` errors, 429 with
// retry_after, cancellation, and a token that never shows in an error.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inspect } from "node:util";
import {
  BotApiClient,
  BotApiError,
  BotApiNetworkError,
  BotMethods,
  approveChatJoinRequest,
  createChatInviteLink,
  createChatSubscriptionInviteLink,
  declineChatJoinRequest,
  editChatInviteLink,
  editChatSubscriptionInviteLink,
  exportChatInviteLink,
  revokeChatInviteLink,
  type FetchLike,
} from "tl-invite";
import {
  BOT_USER,
  fail,
  ok,
  startBotApiServer,
  inviteMethodsHandler,
  type BotApiServer,
} from "../support/bot-api-server.ts";

const TOKEN = "123456789:AAH-secret_token_value-XYZ";
const CHANNEL = -1001234567890;

let server: BotApiServer;
let client: BotApiClient;

beforeAll(async () => {
  server = await startBotApiServer();
  client = new BotApiClient({ token: TOKEN, apiRoot: server.apiRoot });
});
afterAll(() => server.close());
beforeEach(() => {
  server.received.length = 0;
  server.handle(inviteMethodsHandler);
});

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => expect.unreachable("the call resolved"),
    (e: unknown) => e,
  );
}

describe("createChatInviteLink over the HTTP Bot API", () => {
  it("POSTs exactly /bot<token>/createChatInviteLink with the JSON body and resolves to the server's ChatInviteLink unchanged", async () => {
    const answer = {
      invite_link: "https://t.me/+Zx81kKwqYvFiNzQy",
      name: "Friends",
      creator: { ...BOT_USER, can_join_groups: true },
      expire_date: 1893456000,
      member_limit: 10,
      creates_join_request: false,
      is_primary: false,
      is_revoked: false,
      a_field_from_a_newer_api: [1, 2],
    };
    server.handle(() => ok(answer));
    const link = await createChatInviteLink(client, {
      chat_id: CHANNEL,
      name: "Friends",
      expire_date: 1893456000,
      member_limit: 10,
    });
    expect(server.received).toEqual([
      {
        httpMethod: "POST",
        path: `/bot${TOKEN}/createChatInviteLink`,
        contentType: "application/json",
        body: { chat_id: CHANNEL, name: "Friends", expire_date: 1893456000, member_limit: 10 },
      },
    ]);
    expect(link).toStrictEqual(answer);
  });

  it("sends a Date expire_date as unix seconds", async () => {
    await createChatInviteLink(client, { chat_id: CHANNEL, expire_date: new Date("2030-01-01T00:00:00.500Z") });
    expect(server.received[0].body).toEqual({ chat_id: CHANNEL, expire_date: 1893456000 });
  });

  it("sends a duration as unix seconds from the injected clock", async () => {
    const clock = () => Date.UTC(2029, 11, 31);
    await createChatInviteLink(client, { chat_id: "@mychannel", expire_date: { days: 1 } }, { clock });
    expect(server.received[0].body).toEqual({ chat_id: "@mychannel", expire_date: 1893456000 });
  });

  it.each([
    [
      "a 33-character name",
      { chat_id: CHANNEL, name: "x".repeat(33) },
      "name",
      "name: must be 0-32 characters, got 33",
    ],
    [
      "member_limit with creates_join_request",
      { chat_id: CHANNEL, member_limit: 5, creates_join_request: true },
      "member_limit",
      "member_limit: cannot be used together with creates_join_request",
    ],
    [
      "member_limit 100000",
      { chat_id: CHANNEL, member_limit: 100000 },
      "member_limit",
      "member_limit: must be 0 (none) or 1-99999, got 100000",
    ],
    [
      "an expire_date in the past",
      { chat_id: CHANNEL, expire_date: 1000 },
      "expire_date",
      "expire_date: must be in the future or 0",
    ],
    [
      "a chat_id that is not an integer",
      { chat_id: 1.5 },
      "chat_id",
      'chat_id: must be a non-zero integer or "@username", got 1.5',
    ],
  ])("refuses %s with nothing sent, as a BotApiError naming the field", async (_, params, field, description) => {
    const e = await rejection(createChatInviteLink(client, params as never));
    expect(e).toBeInstanceOf(BotApiError);
    const error = e as BotApiError;
    expect([error.field, error.error_code, error.method]).toEqual([field, 400, "createChatInviteLink"]);
    expect(error.description.startsWith(description)).toBe(true);
    expect(error.message).toContain("nothing was sent");
    expect(server.received).toEqual([]);
  });

  it("accepts member_limit 0 and expire_date 0 and sends them as given, as the server reads 0 as none", async () => {
    await createChatInviteLink(client, {
      chat_id: CHANNEL,
      member_limit: 0,
      expire_date: 0,
      creates_join_request: true,
    });
    expect(server.received[0].body).toEqual({
      chat_id: CHANNEL,
      member_limit: 0,
      expire_date: 0,
      creates_join_request: true,
    });
  });
});

describe("failures from the server", () => {
  it("rejects { ok: false, error_code: 400, description } with those fields", async () => {
    server.handle(() => fail(400, "Bad Request: chat not found"));
    const e = (await rejection(createChatInviteLink(client, { chat_id: CHANNEL }))) as BotApiError;
    expect(e).toBeInstanceOf(BotApiError);
    expect([e.error_code, e.description, e.parameters, e.field, e.method]).toEqual([
      400,
      "Bad Request: chat not found",
      undefined,
      undefined,
      "createChatInviteLink",
    ]);
    expect(e.message).toBe("createChatInviteLink: 400 Bad Request: chat not found");
  });

  it("rejects a 429 carrying retry_after, by default without retrying", async () => {
    server.handle(() => fail(429, "Too Many Requests: retry after 7", { retry_after: 7 }));
    const e = (await rejection(exportChatInviteLink(client, { chat_id: CHANNEL }))) as BotApiError;
    expect([e.error_code, e.parameters]).toEqual([429, { retry_after: 7 }]);
    expect(e.message).toContain("retry after 7 s");
    expect(server.received).toHaveLength(1);
  });

  it("sleeps through a 429 within floodSleepThreshold and retries", async () => {
    let calls = 0;
    server.handle((method, body) =>
      ++calls === 1
        ? fail(429, "Too Many Requests: retry after 1", { retry_after: 1 })
        : inviteMethodsHandler(method, body),
    );
    const patient = new BotApiClient({ token: TOKEN, apiRoot: server.apiRoot, floodSleepThreshold: 1 });
    await expect(exportChatInviteLink(patient, { chat_id: CHANNEL })).resolves.toBe("https://t.me/+PrimaryPrimary00");
    expect(server.received.map((r) => r.path)).toEqual([
      `/bot${TOKEN}/exportChatInviteLink`,
      `/bot${TOKEN}/exportChatInviteLink`,
    ]);
  });

  it("carries migrate_to_chat_id", async () => {
    server.handle(() =>
      fail(400, "Bad Request: group chat was upgraded to a supergroup chat", { migrate_to_chat_id: -1009876543210 }),
    );
    const e = (await rejection(exportChatInviteLink(client, { chat_id: -4000 }))) as BotApiError;
    expect(e.parameters).toEqual({ migrate_to_chat_id: -1009876543210 });
  });

  it("refuses an ok answer without a result rather than resolving to undefined", async () => {
    server.handle(() => ({ json: { ok: true } }));
    const e = (await rejection(exportChatInviteLink(client, { chat_id: CHANNEL }))) as BotApiNetworkError;
    expect(e).toBeInstanceOf(BotApiNetworkError);
    expect(e.message).toBe(
      'exportChatInviteLink: HTTP 200: the answer is "ok" but has no "result" ("{\\"ok\\":true}")',
    );
  });

  it("does not retry a 429 with retry_after 0 when no floodSleepThreshold was given", async () => {
    server.handle(() => fail(429, "Too Many Requests: retry after 0", { retry_after: 0 }));
    const e = (await rejection(exportChatInviteLink(client, { chat_id: CHANNEL }))) as BotApiError;
    expect([e.error_code, e.parameters]).toEqual([429, { retry_after: 0 }]);
    expect(server.received).toHaveLength(1);
  });

  it("turns an answer that is not the Bot API's JSON into a BotApiNetworkError with the status", async () => {
    server.handle(() => ({ status: 502, text: "<html>Bad Gateway</html>" }));
    const e = (await rejection(exportChatInviteLink(client, { chat_id: CHANNEL }))) as BotApiNetworkError;
    expect(e).toBeInstanceOf(BotApiNetworkError);
    expect([e.status, e.message]).toEqual([
      502,
      'exportChatInviteLink: HTTP 502: the answer is not JSON ("<html>Bad Gateway</html>")',
    ]);
  });
});

describe("parameters from plain JavaScript", () => {
  it("refuses a misspelt parameter with a did-you-mean, and a missing params object, with nothing sent", async () => {
    const loose = createChatInviteLink as (target: BotApiClient, params: unknown) => Promise<unknown>;
    const misspelt = (await rejection(loose(client, { chat_id: CHANNEL, member_limt: 5 }))) as BotApiError;
    expect(misspelt).toBeInstanceOf(BotApiError);
    expect([misspelt.field, misspelt.method]).toEqual(["member_limt", "createChatInviteLink"]);
    expect(misspelt.description).toBe(
      "member_limt: is not a parameter of this method (did you mean member_limit?); its parameters are chat_id, name, expire_date, member_limit, creates_join_request",
    );
    const none = (await rejection(loose(client, undefined))) as BotApiError;
    expect(none.description).toBe("params: must be an object of the method's parameters, got undefined");
    expect(server.received).toEqual([]);
  });
});

describe("calling by name", () => {
  it("tells a caller who passes a method name to call() to use request(), and request() sends it", async () => {
    await expect(client.call("exportChatInviteLink" as never)).rejects.toThrow(
      'call takes a method object (new BotMethods.CreateChatInviteLink({ ... })), got "exportChatInviteLink"; for a method by name and a body, use request(name, body)',
    );
    await expect(client.request("exportChatInviteLink", { chat_id: CHANNEL })).resolves.toBe("https://t.me/+PrimaryPrimary00");
    expect(server.received.map((r) => r.path)).toEqual([`/bot${TOKEN}/exportChatInviteLink`]);
  });
});

describe("the other methods over HTTP", () => {
  it("exportChatInviteLink resolves to the link string", async () => {
    await expect(exportChatInviteLink(client, { chat_id: "@mychannel" })).resolves.toBe(
      "https://t.me/+PrimaryPrimary00",
    );
    expect(server.received[0].body).toEqual({ chat_id: "@mychannel" });
  });

  it("approveChatJoinRequest sends a numeric user_id and resolves to true; declineChatJoinRequest too", async () => {
    await expect(approveChatJoinRequest(client, { chat_id: CHANNEL, user_id: 5550001 })).resolves.toBe(true);
    await expect(declineChatJoinRequest(client, { chat_id: -4000, user_id: 5550002 })).resolves.toBe(true);
    expect(server.received.map((r) => [r.path, r.body])).toEqual([
      [`/bot${TOKEN}/approveChatJoinRequest`, { chat_id: CHANNEL, user_id: 5550001 }],
      [`/bot${TOKEN}/declineChatJoinRequest`, { chat_id: -4000, user_id: 5550002 }],
    ]);
  });

  it("edit, edit subscription, revoke and create subscription send their parameters as given", async () => {
    const invite_link = "https://t.me/+Zx81kKwqYvFiNzQy";
    await editChatInviteLink(client, { chat_id: CHANNEL, invite_link, member_limit: 0 });
    await editChatSubscriptionInviteLink(client, { chat_id: CHANNEL, invite_link, name: "Club" });
    const revoked = await revokeChatInviteLink(client, { chat_id: CHANNEL, invite_link });
    const sub = await createChatSubscriptionInviteLink(client, {
      chat_id: CHANNEL,
      subscription_period: 2592000,
      subscription_price: 250,
    });
    expect(server.received.map((r) => r.body)).toEqual([
      { chat_id: CHANNEL, invite_link, member_limit: 0 },
      { chat_id: CHANNEL, invite_link, name: "Club" },
      { chat_id: CHANNEL, invite_link },
      { chat_id: CHANNEL, subscription_period: 2592000, subscription_price: 250 },
    ]);
    expect([revoked.is_revoked, sub.subscription_price]).toEqual([true, 250]);
  });

  it.each([
    [
      "an empty invite_link",
      () => revokeChatInviteLink(client, { chat_id: CHANNEL, invite_link: "" }),
      "invite_link: must not be empty",
    ],
    [
      "a subscription_period other than 30 days",
      () =>
        createChatSubscriptionInviteLink(client, {
          chat_id: CHANNEL,
          subscription_period: 86400,
          subscription_price: 10,
        }),
      "subscription_period: must be 2592000, got 86400",
    ],
    [
      "a subscription_price of 10001",
      () =>
        createChatSubscriptionInviteLink(client, {
          chat_id: CHANNEL,
          subscription_period: 2592000,
          subscription_price: 10001,
        }),
      "subscription_price: must be 1-10000, got 10001",
    ],
    [
      "a string user_id",
      () => approveChatJoinRequest(client, { chat_id: CHANNEL, user_id: "5550001" as never }),
      'user_id: must be a positive integer, got "5550001"',
    ],
  ])("refuses %s before sending", async (_, call, description) => {
    const e = (await rejection(call())) as BotApiError;
    expect(e).toBeInstanceOf(BotApiError);
    expect(e.description).toBe(description);
    expect(server.received).toEqual([]);
  });
});

describe("method objects", () => {
  it("are sent with client.call(m) and give the webhook reply { method, ...params }", async () => {
    const m = new BotMethods.CreateChatInviteLink({ chat_id: CHANNEL, name: "Friends", member_limit: 10 });
    expect(m.toWebhookReply()).toStrictEqual({
      method: "createChatInviteLink",
      chat_id: CHANNEL,
      name: "Friends",
      member_limit: 10,
    });
    const link = await client.call(m);
    expect([link.invite_link, link.member_limit]).toEqual(["https://t.me/+AAAAAAAAAAAAAAAA", 10]);
    expect(server.received[0].body).toEqual({ chat_id: CHANNEL, name: "Friends", member_limit: 10 });
  });

  it("convert dates in the webhook reply and refuse broken limits there too", () => {
    const m = new BotMethods.EditChatInviteLink({
      chat_id: CHANNEL,
      invite_link: "https://t.me/+x",
      expire_date: new Date(1893456000_000),
    });
    expect(m.toWebhookReply()).toStrictEqual({
      method: "editChatInviteLink",
      chat_id: CHANNEL,
      invite_link: "https://t.me/+x",
      expire_date: 1893456000,
    });
    expect(
      JSON.parse(
        JSON.stringify(new BotMethods.ApproveChatJoinRequest({ chat_id: -4000, user_id: 42 }).toWebhookReply()),
      ),
    ).toEqual({ method: "approveChatJoinRequest", chat_id: -4000, user_id: 42 });
    const broken = new BotMethods.CreateChatInviteLink({ chat_id: CHANNEL, name: "y".repeat(40) });
    expect(() => broken.toWebhookReply()).toThrow("createChatInviteLink: name: must be 0-32 characters, got 40");
  });

  it("reject a broken limit from client.call(m) as a promise, with nothing sent", async () => {
    const sending = client.call(new BotMethods.CreateChatInviteLink({ chat_id: CHANNEL, name: "y".repeat(40) }));
    await expect(sending).rejects.toThrow(BotApiError);
    expect(server.received).toEqual([]);
  });

  it("call any method by name with client.request", async () => {
    server.handle(() => ok(BOT_USER));
    await expect(client.request("getMe")).resolves.toEqual(BOT_USER);
    expect(server.received[0].path).toBe(`/bot${TOKEN}/getMe`);
  });
});

describe("fetch and cancellation", () => {
  it("works with an injected fetch", async () => {
    const urls: string[] = [];
    const counting: FetchLike = (url, init) => {
      urls.push(url);
      return fetch(url, init);
    };
    const injected = new BotApiClient({ token: TOKEN, apiRoot: `${server.apiRoot}/`, fetch: counting });
    await expect(exportChatInviteLink(injected, { chat_id: CHANNEL })).resolves.toBe("https://t.me/+PrimaryPrimary00");
    expect(urls).toEqual([`${server.apiRoot}/bot${TOKEN}/exportChatInviteLink`]);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const e = await rejection(exportChatInviteLink(client, { chat_id: CHANNEL }, { signal: AbortSignal.abort() }));
    expect((e as Error).name).toBe("AbortError");
    expect(server.received).toEqual([]);
  });

  it("aborts a request the server does not answer", async () => {
    server.handle(() => ({ hang: true }));
    const controller = new AbortController();
    const pending = rejection(exportChatInviteLink(client, { chat_id: CHANNEL }, { signal: controller.signal }));
    await expect.poll(() => server.received.length).toBe(1);
    controller.abort();
    expect(((await pending) as Error).name).toBe("AbortError");
  });

  it("aborts a flood wait it was sleeping through", async () => {
    server.handle(() => fail(429, "Too Many Requests: retry after 30", { retry_after: 30 }));
    const patient = new BotApiClient({ token: TOKEN, apiRoot: server.apiRoot, floodSleepThreshold: 60 });
    const controller = new AbortController();
    const pending = rejection(exportChatInviteLink(patient, { chat_id: CHANNEL }, { signal: controller.signal }));
    await expect.poll(() => server.received.length).toBe(1);
    controller.abort(new Error("stop"));
    expect(((await pending) as Error).message).toBe("stop");
    expect(server.received).toHaveLength(1);
  });
});

describe("the bot token", () => {
  const leaks = (e: unknown) =>
    [String(e), (e as Error).stack ?? "", JSON.stringify(e), inspect(e)].some(
      (t) => t.includes(TOKEN) || t.includes(encodeURIComponent(TOKEN)),
    );

  it("never appears in a server error, a network error, or an answer that echoes the URL", async () => {
    server.handle(() => fail(401, "Unauthorized"));
    const unauthorized = await rejection(exportChatInviteLink(client, { chat_id: CHANNEL }));
    server.handle((_, __, path) => ({ status: 404, text: `no route for ${path}` }));
    const echoed = (await rejection(exportChatInviteLink(client, { chat_id: CHANNEL }))) as Error;
    expect(echoed.message).toContain("no route for /bot<token>/exportChatInviteLink");
    const refused = await rejection(
      exportChatInviteLink(new BotApiClient({ token: TOKEN, apiRoot: "http://127.0.0.1:1" }), { chat_id: CHANNEL }),
    );
    expect(refused).toBeInstanceOf(BotApiNetworkError);
    const throwing: FetchLike = async (url) => {
      throw new TypeError(`request to ${url} failed`);
    };
    const thrown = (await rejection(
      exportChatInviteLink(new BotApiClient({ token: TOKEN, fetch: throwing }), { chat_id: CHANNEL }),
    )) as Error;
    expect(thrown.message).toBe(
      "exportChatInviteLink: the request failed: request to https://api.telegram.org/bot<token>/exportChatInviteLink failed",
    );
    for (const e of [unauthorized, echoed, refused, thrown]) expect(leaks(e), String(e)).toBe(false);
  });

  it("never shows even in part when an excerpt of the answer is cut through it", async () => {
    // An error page that echoes the URL, with the token at every position around the excerpt's end.
    for (let pad = 95; pad <= 125; pad++) {
      server.handle((_, __, path) => ({
        status: 404,
        text: `${"x".repeat(pad)} The requested URL ${path} was not found.`,
      }));
      const e = (await rejection(exportChatInviteLink(client, { chat_id: CHANNEL }))) as Error;
      expect(e).toBeInstanceOf(BotApiNetworkError);
      expect(e.message, `padding ${pad}`).not.toContain(TOKEN.slice(0, 11));
      expect(e.stack ?? "").not.toContain(TOKEN.slice(0, 11));
    }
  });

  it("is masked in a server's description that echoes it", async () => {
    server.handle(() => fail(401, `Unauthorized: bot${TOKEN} is not valid`));
    const e = (await rejection(exportChatInviteLink(client, { chat_id: CHANNEL }))) as BotApiError;
    expect(e.description).toBe("Unauthorized: bot<token> is not valid");
    expect([String(e), e.stack ?? "", JSON.stringify(e)].some((t) => t.includes(TOKEN))).toBe(false);
  });

  it("is not shown by the client itself", () => {
    expect(JSON.stringify(client)).toBe(`{"apiRoot":"${server.apiRoot}"}`);
    expect(inspect(client, { showHidden: true, depth: 5 })).not.toContain(TOKEN);
    expect(Object.values(client).join(" ")).not.toContain(TOKEN);
  });

  it("is checked without being echoed", () => {
    const e = (() => {
      try {
        new BotApiClient({ token: "123:has/slash-secret" });
      } catch (error) {
        return error as Error;
      }
    })();
    expect(e?.message).toContain("token must be a bot token");
    expect(e?.message).not.toContain("has/slash-secret");
  });
});
