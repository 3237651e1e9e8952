// Middleware around each call: the first given is outermost; each sees the resolved request,
// wraps the transport call (next), and gets the decoded result or the error. Logging, metrics,
// retries and short-circuits are all written this way, and flood waits run inside them.
import { describe, expect, it } from "vitest";
import { Api, RpcError, TlDecodeError, createInvoker, type CallContext, type Middleware } from "tl-invite";
import { JOINED, join, joinedBytes, rpcError, scripted } from "./fake-server.ts";

describe("middleware", () => {
  it("runs the first middleware outermost, around the transport, and sees results and errors", async () => {
    const log: string[] = [];
    const tag =
      (name: string): Middleware =>
      async (ctx, next) => {
        log.push(`${name} > ${ctx.request.tlName}`);
        try {
          const result = await next();
          log.push(`${name} < ${JSON.stringify(result)}`);
          return result;
        } catch (e) {
          log.push(`${name} ! ${(e as Error).message}`);
          throw e;
        }
      };
    const transport = scripted([joinedBytes(), rpcError(406, "INVITE_HASH_EXPIRED")]);
    const invoker = createInvoker(async (body, options) => (log.push("transport"), transport(body, options)), { middleware: [tag("a"), tag("b")] });
    await invoker.invoke(join());
    await invoker.invoke(join()).catch(() => {});
    const result = JSON.stringify(JOINED);
    expect(log).toEqual([
      "a > messages.importChatInvite", "b > messages.importChatInvite", "transport", `b < ${result}`, `a < ${result}`,
      "a > messages.importChatInvite", "b > messages.importChatInvite", "transport", "b ! 406 INVITE_HASH_EXPIRED", "a ! 406 INVITE_HASH_EXPIRED",
    ]);
  });

  it("sees the request with its peer names already resolved", async () => {
    const seen: unknown[] = [];
    const record: Middleware = async (ctx, next) => {
      seen.push((ctx.request as unknown as { peer: unknown }).peer);
      return next();
    };
    const invoker = createInvoker(scripted([new Uint8Array([0xb5, 0x75, 0x72, 0x99])]), {
      middleware: [record],
      resolver: { resolve: async () => ({ _: "inputPeerSelf" }) },
    });
    await expect(invoker.invoke(new Api.messages.DeleteExportedChatInvite({ peer: "me", link: "x" }))).resolves.toBe(true);
    expect(seen).toEqual([{ _: "inputPeerSelf" }]);
  });

  it("serves a custom retry policy: INTERNAL errors (500) retried twice", async () => {
    const retryInternal: Middleware = async (ctx, next) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await next();
        } catch (e) {
          if (!(e instanceof RpcError && e.code === 500 && attempt < 3)) throw e;
        }
      }
    };
    const transport = scripted([rpcError(500, "INTERNAL"), rpcError(500, "RPC_CALL_FAIL"), joinedBytes()]);
    await expect(createInvoker(transport, { middleware: [retryInternal] }).invoke(join())).resolves.toEqual(JOINED);
    expect(transport.calls).toHaveLength(3);
    const failing = scripted([rpcError(500, "INTERNAL")]);
    await expect(createInvoker(failing, { middleware: [retryInternal] }).invoke(join())).rejects.toMatchObject({ type: "INTERNAL" });
    expect(failing.calls).toHaveLength(3);
  });

  it("gives metrics the attempts and bytes of a call, flood-wait retries included", async () => {
    const metrics: Pick<CallContext, "attempts" | "bytesSent" | "bytesReceived">[] = [];
    const measure: Middleware = async (ctx, next) => {
      try {
        return await next();
      } finally {
        metrics.push({ attempts: ctx.attempts, bytesSent: ctx.bytesSent, bytesReceived: ctx.bytesReceived });
      }
    };
    const flood = rpcError(420, "FLOOD_WAIT_0");
    const invoker = createInvoker(scripted([flood, joinedBytes()]), { middleware: [measure] });
    await invoker.invoke(join());
    const body = join().serialize().length;
    expect(metrics).toEqual([{ attempts: 2, bytesSent: 2 * body, bytesReceived: flood.length + joinedBytes().length }]);
  });

  it("may answer without calling the transport (a cache)", async () => {
    const cached: Middleware = async () => JOINED as never;
    const transport = scripted([]);
    await expect(createInvoker(transport, { middleware: [cached] }).invoke(join())).resolves.toEqual(JOINED);
    expect(transport.calls).toHaveLength(0);
  });

  it("passes the call's options and signal to each middleware", async () => {
    const seen: [unknown, boolean][] = [];
    const spy: Middleware = async (ctx, next) => {
      seen.push([ctx.options.floodSleepThreshold, ctx.signal instanceof AbortSignal]);
      return next();
    };
    await createInvoker(scripted([joinedBytes()]), { middleware: [spy] }).invoke(join(), { floodSleepThreshold: 7 });
    expect(seen).toEqual([[7, true]]);
  });

  it("turns a middleware that throws synchronously into a rejection", async () => {
    const broken = ((() => {
      throw new TlDecodeError("from a middleware", 0, "nothing");
    }) as unknown) as Middleware;
    const call = createInvoker(scripted([joinedBytes()]), { middleware: [broken] }).invoke(join());
    await expect(call).rejects.toThrow("from a middleware");
  });
});
