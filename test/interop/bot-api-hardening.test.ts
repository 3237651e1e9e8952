// The generated package's BotApiClient against servers that misbehave: the token masked in every
// spelling a server may echo it in, redirects refused (never followed to another origin, never a
// GET's answer taken for the method's), flood waits that are negative or endless never retried
// at once, and a timeout of the client's own that bounds the whole call, the body included.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inspect } from "node:util";
import { BotApiClient, BotApiError, BotApiNetworkError, InvokeTimeoutError, exportChatInviteLink, type FetchLike } from "tl-invite";
import { fail, inviteMethodsHandler, startBotApiServer, type BotApiServer } from "../support/bot-api-server.ts";
import { startRawServer, type RawHandler, type RawServer } from "../support/hostile-http.ts";

// A secret with no word in it, so no piece of it can be mistaken for the mask's "<token>".
const SECRET = "AAHq7Zx-Kp2vN_w9LmQ4rT8yB3cDf";
const TOKEN = `123456789:${SECRET}`;
const CHANNEL = -1001234567890;

let server: BotApiServer;
let client: BotApiClient;
const raw: RawServer[] = [];

beforeAll(async () => {
  server = await startBotApiServer();
  client = new BotApiClient({ token: TOKEN, apiRoot: server.apiRoot });
});
afterAll(() => server.close());
beforeEach(() => {
  server.received.length = 0;
  server.handle(inviteMethodsHandler);
});
afterEach(async () => {
  await Promise.all(raw.splice(0).map((s) => s.close()));
});

async function serveRaw(handler: RawHandler): Promise<RawServer> {
  const s = await startRawServer(handler);
  raw.push(s);
  return s;
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  return p.then(
    () => expect.unreachable("the call resolved"),
    (e: unknown) => e as Error,
  );
}

/** Every way an error can be shown; none may hold four characters of the secret in a row. */
function shows(e: unknown): string[] {
  return [String(e), (e as Error).stack ?? "", JSON.stringify(e), inspect(e), (e as BotApiError).description ?? ""];
}
function leaksSecret(e: unknown): boolean {
  const starts = Array.from({ length: SECRET.length - 3 }, (_, i) => SECRET.slice(i, i + 4));
  return shows(e).some((text) => starts.some((s) => text.includes(s)));
}

describe("the token in what a server echoes", () => {
  it.each([
    ["lowercase percent-encoding", `/bot123456789%3a${SECRET}/getMe`],
    ["uppercase percent-encoding", `/bot123456789%3A${SECRET}/getMe`],
    ["percent-encoding applied twice", `/bot123456789%253a${SECRET}/getMe`],
    ["every character percent-encoded", `/bot${[...TOKEN].map((c) => "%" + c.charCodeAt(0).toString(16)).join("")}/getMe`],
    ["a JSON \\u003a", `/bot123456789\\u003a${SECRET}/getMe`],
    ["an HTML entity", `/bot123456789&#58;${SECRET}/getMe`],
    ["a start of the token the server cut short", `/bot123456789:AAHq7Zx-Kp2`],
    ["the secret alone, without the bot id", `/bot${SECRET}/getMe`],
  ])("is masked when spelled with %s, in a description", async (_, echoed) => {
    server.handle(() => fail(400, `Bad Request: no route for ${echoed}`));
    const e = (await rejection(client.request("getMe"))) as BotApiError;
    expect(e).toBeInstanceOf(BotApiError);
    expect(e.description).toMatch(/^Bad Request: no route for \/bot<token>(\/getMe)?$/);
    expect(leaksSecret(e), e.description).toBe(false);
  });

  it("is masked in the excerpt of an answer that is not JSON, in its raw JSON escapes too", async () => {
    server.handle((_, __, path) => ({
      status: 502,
      text: `{"error":"upstream ${path.replace(":", "\\u003a")} failed", "again": "${path.replace(":", "%3a")}"`,
    }));
    const e = await rejection(client.request("getMe"));
    expect(e).toBeInstanceOf(BotApiNetworkError);
    expect(e.message).toBe(
      'getMe: HTTP 502: the answer is not JSON ("{\\"error\\":\\"upstream /bot<token>/getMe failed\\", \\"again\\": \\"/bot<token>/getMe\\"")',
    );
  });

  it("is masked in fetch's own errors in any spelling, and a bare bot id is left as it is", async () => {
    const throwing: FetchLike = async () => {
      throw new TypeError(`connect failed for bot123456789%3a${SECRET.slice(0, 9)} (id 123456789:)`);
    };
    const e = await rejection(new BotApiClient({ token: TOKEN, fetch: throwing }).request("getMe"));
    expect(e.message).toBe("getMe: the request failed: connect failed for bot<token> (id 123456789:)");
    expect(leaksSecret(e)).toBe(false);
  });
});

describe("redirects", () => {
  it("are refused, not followed to another origin, where the token would go in the URL", async () => {
    const other = await serveRaw((req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ ok: true, result: `hijacked by ${req.method}` }));
    });
    const redirecting = await serveRaw((req, res) => {
      res.statusCode = 302;
      res.setHeader("location", `${other.apiRoot}${req.url}`);
      res.end();
    });
    const e = (await rejection(
      new BotApiClient({ token: TOKEN, apiRoot: redirecting.apiRoot }).request("getMe"),
    )) as BotApiNetworkError;
    expect(e).toBeInstanceOf(BotApiNetworkError);
    expect([e.status, e.message]).toEqual([
      302,
      `getMe: HTTP 302: the server answered with a redirect to "${other.apiRoot}/bot<token>/getMe", which the client does not follow (the token is in the URL)`,
    ]);
    expect(other.written()).toBe(0);
    expect(leaksSecret(e)).toBe(false);
  });

  it.each([301, 303, 307, 308])("are refused for a %i to the same origin, too", async (status) => {
    const redirecting = await serveRaw((_req, res) => {
      res.statusCode = status;
      res.setHeader("location", "/elsewhere");
      res.end(JSON.stringify({ ok: true, result: "moved" }));
    });
    const e = (await rejection(
      new BotApiClient({ token: TOKEN, apiRoot: redirecting.apiRoot }).request("getMe"),
    )) as BotApiNetworkError;
    expect(e.message).toBe(
      `getMe: HTTP ${status}: the server answered with a redirect to "/elsewhere", which the client does not follow (the token is in the URL)`,
    );
  });

  it("are refused when an injected fetch followed one anyway, and fetch is asked not to follow", async () => {
    const inits: unknown[] = [];
    const following: FetchLike = async (url, init) => {
      inits.push(init.redirect);
      return {
        status: 200,
        redirected: true,
        url: url.replace("api.telegram.org", "evil.example"),
        text: async () => JSON.stringify({ ok: true, result: "from elsewhere" }),
      } as never;
    };
    const e = await rejection(new BotApiClient({ token: TOKEN, fetch: following }).request("getMe"));
    expect(e.message).toBe(
      'getMe: HTTP 200: the fetch followed a redirect to "https://evil.example/bot<token>/getMe", and its answer is refused (the client follows none: the token is in the URL)',
    );
    expect(inits).toEqual(["manual"]);
  });
});

describe("flood waits", () => {
  it("sleeps through a huge retry_after instead of overflowing the timer into a retry storm", async () => {
    server.handle(() => fail(429, "Too Many Requests: retry after 10000000000", { retry_after: 1e10 }));
    const patient = new BotApiClient({ token: TOKEN, apiRoot: server.apiRoot, floodSleepThreshold: Infinity });
    const e = await rejection(patient.request("getMe", {}, { timeout: 300 }));
    expect(e).toBeInstanceOf(InvokeTimeoutError);
    expect(server.received).toHaveLength(1);
  });

  it.each([
    ["a negative", -5],
    ["an endless (1e400 in the JSON)", "1e400"],
  ])("throws %s retry_after as it came, without retrying", async (_, wait) => {
    server.handle(() => ({
      status: 429,
      text: `{"ok":false,"error_code":429,"description":"Too Many Requests","parameters":{"retry_after":${wait}}}`,
    }));
    const patient = new BotApiClient({ token: TOKEN, apiRoot: server.apiRoot, floodSleepThreshold: 60 });
    const e = (await rejection(patient.request("getMe"))) as BotApiError;
    expect(e).toBeInstanceOf(BotApiError);
    expect([e.error_code, e.parameters?.retry_after]).toEqual([429, Number(wait)]);
    expect(server.received).toHaveLength(1);
  });

  it.each([-1, Number.NaN, "10"])("refuses a floodSleepThreshold of %s", (threshold) => {
    expect(() => new BotApiClient({ token: TOKEN, floodSleepThreshold: threshold as number })).toThrow(
      `floodSleepThreshold must be a number of seconds, 0 or more; got ${String(threshold)}`,
    );
  });
});

describe("the client's timeout", () => {
  it("bounds a call the server never answers, from the client's option and from the call's", async () => {
    server.handle(() => ({ hang: true }));
    const bounded = new BotApiClient({ token: TOKEN, apiRoot: server.apiRoot, timeout: 200 });
    const started = performance.now();
    const e = await rejection(bounded.request("getMe"));
    expect(e).toBeInstanceOf(InvokeTimeoutError);
    expect([e.name, e.message]).toEqual(["TimeoutError", "getMe got no answer within 200 ms"]);
    expect(performance.now() - started).toBeLessThan(2000);
    const perCall = await rejection(exportChatInviteLink(client, { chat_id: CHANNEL }, { timeout: 100 }));
    expect(perCall).toMatchObject({ name: "TimeoutError", timeout: 100 });
    expect(server.received).toHaveLength(2);
  });

  it("bounds a body that trickles in", async () => {
    const trickling = await serveRaw((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.write('{"ok":true,');
      const timer = setInterval(() => res.write(" "), 50);
      res.on("close", () => clearInterval(timer));
    });
    const e = await rejection(
      new BotApiClient({ token: TOKEN, apiRoot: trickling.apiRoot }).request("getMe", {}, { timeout: 300 }),
    );
    expect(e).toMatchObject({ name: "TimeoutError", message: "getMe got no answer within 300 ms" });
  });

  it("refuses a timeout out of range", () => {
    expect(() => new BotApiClient({ token: TOKEN, timeout: 0 })).toThrow(
      "timeout must be a number of milliseconds from 1 to 2147483647, got 0",
    );
  });
});

describe("a fetch that answers oddly", () => {
  it("is a BotApiNetworkError when it resolves to something that is not a response", async () => {
    const odd: FetchLike = async () => null as never;
    const e = await rejection(new BotApiClient({ token: TOKEN, fetch: odd }).request("getMe"));
    expect(e).toBeInstanceOf(BotApiNetworkError);
    expect(e.message).toBe("getMe: the fetch resolved to null, not a response");
  });
});
