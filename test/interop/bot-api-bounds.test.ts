// The generated package's BotApiClient reads at most maxResponseBytes of an answer, before content
// decoding (a Content-Length past it is refused unread) and after (a gzip bomb is cut off where
// its inflated body passes the bound), against loopback servers; a child process measures the
// peak memory of a 64 MB body and of a gzip bomb.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { BotApiClient, BotApiNetworkError, DEFAULT_MAX_RESPONSE_BYTES, type FetchLike } from "tl-invite";
import {
  bigJsonBody,
  gzipBomb,
  gzipEncoded,
  startRawServer,
  type RawHandler,
  type RawServer,
} from "../support/hostile-http.ts";

const TOKEN = "123456789:AAH-secret_token_value-XYZ";
const MiB = 1024 * 1024;
const servers: RawServer[] = [];

async function serve(handler: RawHandler): Promise<RawServer> {
  const server = await startRawServer(handler);
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function rejection(p: Promise<unknown>): Promise<BotApiNetworkError> {
  const e = await p.then(
    () => expect.unreachable("the call resolved"),
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(BotApiNetworkError);
  return e as BotApiNetworkError;
}

/** `{"ok":true,"result":"xx..."}` of exactly `bytes` bytes. */
const answerOf = (bytes: number): string => `{"ok":true,"result":"${"x".repeat(bytes - 23)}"}`;

describe("the body of an answer", () => {
  let bomb: Buffer;
  beforeAll(() => {
    bomb = gzipBomb(6); // about 390 KB that inflates to 384 MiB
  });

  it("is cut off past 4 MiB when it comes without a Content-Length, and the rest is never read", async () => {
    const server = await serve(bigJsonBody(64 * MiB, false));
    const client = new BotApiClient({ token: TOKEN, apiRoot: server.apiRoot });
    const e = await rejection(client.request("getMe"));
    expect([e.status, e.message]).toEqual([
      200,
      "getMe: HTTP 200: the answer is larger than the client's maxResponseBytes of 4 MiB; reading stopped there",
    ]);
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(4 * MiB);
    // The connection was dropped: the server got to write little more than the bound and the socket's buffers.
    await expect.poll(() => server.written()).toBeGreaterThan(4 * MiB);
    expect(server.written()).toBeLessThan(24 * MiB);
  });

  it("is refused unread when its Content-Length is past the bound", async () => {
    const server = await serve(bigJsonBody(64 * MiB, true));
    const client = new BotApiClient({ token: TOKEN, apiRoot: server.apiRoot });
    const e = await rejection(client.request("getMe"));
    expect(e.message).toBe(
      "getMe: HTTP 200: the answer is 67108864 bytes (its Content-Length), past the client's maxResponseBytes of 4 MiB; none of it was read",
    );
  });

  it("is bounded after content decoding: a 390 KB gzip bomb stops at the bound", async () => {
    expect(bomb.length).toBeLessThan(400_000);
    const server = await serve(gzipEncoded(bomb));
    const client = new BotApiClient({ token: TOKEN, apiRoot: server.apiRoot });
    const started = performance.now();
    const e = await rejection(client.request("getMe"));
    expect(e.message).toBe(
      "getMe: HTTP 200: the answer is larger than the client's maxResponseBytes of 4 MiB; reading stopped there",
    );
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("may be exactly maxResponseBytes long, and not a byte longer", async () => {
    let size = 0;
    const server = await serve((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(answerOf(size));
    });
    const client = new BotApiClient({ token: TOKEN, apiRoot: server.apiRoot, maxResponseBytes: 1000 });
    size = 1000;
    await expect(client.request("getMe")).resolves.toBe("x".repeat(977));
    size = 1001;
    const e = await rejection(client.request("getMe"));
    expect(e.message).toBe(
      "getMe: HTTP 200: the answer is 1001 bytes (its Content-Length), past the client's maxResponseBytes of 1000 bytes; none of it was read",
    );
  });

  it("is bounded from a fetch that offers only text(), after the fact", async () => {
    const textOnly = (text: string): FetchLike => async () => ({ status: 200, text: async () => text });
    const small = new BotApiClient({ token: TOKEN, fetch: textOnly(answerOf(100)), maxResponseBytes: 100 });
    await expect(small.request("getMe")).resolves.toBe("x".repeat(77));
    const big = new BotApiClient({ token: TOKEN, fetch: textOnly(answerOf(101)), maxResponseBytes: 100 });
    expect((await rejection(big.request("getMe"))).message).toBe(
      "getMe: HTTP 200: the answer is larger than the client's maxResponseBytes of 100 bytes",
    );
    // Counted in UTF-8 bytes, as on the wire: 34 three-byte characters are 102 bytes.
    const wide = new BotApiClient({ token: TOKEN, fetch: textOnly(`{"ok":true,"result":"${"€".repeat(34)}"}`), maxResponseBytes: 120 });
    await expect(wide.request("getMe")).rejects.toThrow("larger than the client's maxResponseBytes of 120 bytes");
  });

  it("is refused when a stream gives something other than bytes", async () => {
    const strings: FetchLike = async () => ({
      status: 200,
      body: new ReadableStream({ start: (c) => (c.enqueue("{}" as never), c.close()) }),
      text: async () => expect.unreachable("text() read"),
    });
    const e = await rejection(new BotApiClient({ token: TOKEN, fetch: strings }).request("getMe"));
    expect(e.message).toBe("getMe: HTTP 200: the answer's body stream gave string, not bytes");
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses maxResponseBytes %s", (max) => {
    expect(() => new BotApiClient({ token: TOKEN, maxResponseBytes: max })).toThrow(
      `BotApiClient: maxResponseBytes must be a whole number of bytes, 1 or more; got ${String(max)}`,
    );
  });
});

describe("memory while a hostile answer is read", () => {
  const child = fileURLToPath(new URL("../runtime/bot-api/bot-api-body-child.mjs", import.meta.url));

  /** One call in a fresh process against `handler`: its outcome and peak RSS. */
  async function measured(handler: RawHandler): Promise<{ error?: { name: string; message: string }; peakRssMB: number }> {
    const server = await serve(handler);
    const out = await new Promise<string>((resolve, reject) => {
      const p = spawn(process.execPath, [child, server.apiRoot], { cwd: fileURLToPath(new URL(".", import.meta.url)) });
      let text = "";
      p.stdout.on("data", (c: Buffer) => (text += c.toString()));
      p.on("error", reject);
      p.on("close", (code) => (code === 0 ? resolve(text) : reject(new Error(`the child exited with ${code}`))));
    });
    return JSON.parse(out.trim().split("\n").pop()!);
  }

  // Before the bound, the 64 MB body resolved at 312 MB of peak RSS and the bomb took 1.2 GB;
  // bounded, each stays near the process's own size (about 45 MB before the call).
  it("stays bounded for a 64 MB body (without a Content-Length) and for a gzip bomb", async () => {
    const big = await measured(bigJsonBody(64 * MiB, false));
    const bomb = await measured(gzipEncoded(gzipBomb(6)));
    console.log("peak RSS, 64 MB body:", big, "gzip bomb:", bomb);
    for (const run of [big, bomb]) {
      expect(run.error?.name).toBe("BotApiNetworkError");
      expect(run.error?.message).toContain("maxResponseBytes of 4 MiB");
      expect(run.peakRssMB).toBeLessThan(150);
    }
  });
});
