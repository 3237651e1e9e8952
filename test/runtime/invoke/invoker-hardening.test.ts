// The invoker against transports, listeners and middleware that misbehave: replies that only
// pose as bytes (a Proxy, a detached array, a redefined length) get a TransportReplyError or are
// read by their real bytes, never a raw TypeError; a throwing onResult listener leaves the
// call's result alone; and a middleware's next() after the call settled sends nothing.
import { afterEach, describe, expect, it, vi } from "vitest";
import { TransportReplyError, createInvoker, type Middleware, type Next } from "tl-invite";
import { JOINED, join, joinedBytes, never, scripted } from "./fake-server.ts";

const answering = (reply: unknown) => createInvoker(async () => reply as Uint8Array);

/** A Uint8Array whose buffer was transferred away: it reads as empty and cannot be viewed. */
function detached(): Uint8Array {
  const bytes = joinedBytes().slice();
  structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
  return bytes;
}

describe("replies that only pose as bytes", () => {
  it.each([
    [
      "a Proxy of a Uint8Array",
      () => new Proxy(joinedBytes(), {}),
      "the transport answered messages.importChatInvite with a Proxy of a Uint8Array (or an object given its prototype), not a real Uint8Array (answer the Uint8Array itself, or a copy: Uint8Array.from(reply))",
    ],
    [
      "an object given Uint8Array's prototype",
      () => Object.setPrototypeOf({ length: 8 }, Uint8Array.prototype),
      "the transport answered messages.importChatInvite with a Proxy of a Uint8Array (or an object given its prototype), not a real Uint8Array (answer the Uint8Array itself, or a copy: Uint8Array.from(reply))",
    ],
    [
      "a detached Uint8Array",
      detached,
      "the transport answered messages.importChatInvite with a Uint8Array whose buffer was transferred (detached): its bytes are gone (copy the bytes before transferring their buffer)",
    ],
  ])("refuses %s with a TransportReplyError, not a raw TypeError", async (_, reply, message) => {
    const error = await answering(reply()).invoke(join()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportReplyError);
    expect((error as Error).message).toBe(message);
  });

  it("reads a reply by its real bytes, whatever its own length property or its subclass says", async () => {
    const lying = joinedBytes();
    Object.defineProperty(lying, "length", { value: lying.length + 64 });
    await expect(answering(lying).invoke(join())).resolves.toEqual(JOINED);
    class Longer extends Uint8Array {
      override get length(): number {
        return 1 << 20;
      }
    }
    const bytes = joinedBytes();
    await expect(answering(new Longer(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength)).invoke(join())).resolves.toEqual(JOINED);
    await expect(answering(Buffer.from(joinedBytes())).invoke(join())).resolves.toEqual(JOINED);
  });
});

describe("onResult listeners", () => {
  const reportError = (globalThis as { reportError?: unknown }).reportError;
  afterEach(() => {
    (globalThis as { reportError?: unknown }).reportError = reportError;
  });

  it("cannot turn a successful call into a rejection: a throwing one is reported, and the others still hear", async () => {
    const reported: unknown[] = [];
    (globalThis as { reportError?: unknown }).reportError = (e: unknown) => reported.push(e);
    const invoker = createInvoker(scripted([joinedBytes()]));
    const heard: unknown[] = [];
    const bug = new Error("a listener's bug");
    invoker.onResult(() => {
      throw bug;
    });
    invoker.onResult((result) => heard.push(result));
    await expect(invoker.invoke(join())).resolves.toEqual(JOINED);
    expect(heard).toEqual([JOINED]);
    expect(reported).toEqual([bug]);
  });

  it("reports a listener's error as an uncaught exception where the platform has no reportError", async () => {
    delete (globalThis as { reportError?: unknown }).reportError;
    vi.useFakeTimers();
    try {
      const invoker = createInvoker(scripted([joinedBytes()]));
      const bug = new Error("a listener's bug");
      invoker.onResult(() => {
        throw bug;
      });
      await expect(invoker.invoke(join())).resolves.toEqual(JOINED);
      // The error is thrown from a timer of its own, after the call resolved.
      expect(() => vi.runOnlyPendingTimers()).toThrow(bug);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("a middleware's next() after the call settled", () => {
  it("sends nothing, and rejects with an AbortError saying the call is over", async () => {
    let late: Next<unknown> | undefined;
    const keep: Middleware = async (_ctx, next) => {
      late = next as Next<unknown>;
      return next();
    };
    const transport = scripted([joinedBytes(), joinedBytes()]);
    await expect(createInvoker(transport, { middleware: [keep] }).invoke(join())).resolves.toEqual(JOINED);
    expect(transport.calls).toHaveLength(1);
    const error = await late!().catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "AbortError",
      message: "messages.importChatInvite has already settled: nothing more is sent for it",
    });
    expect(transport.calls).toHaveLength(1);
  });

  it("aborts the signal of a transport still at work when the call settles", async () => {
    // A hedging middleware: two sends at once, the first answer wins.
    const hedge: Middleware = (_ctx, next) => Promise.race([next(), next()]);
    let calls = 0;
    const transport = scripted([() => (++calls === 1 ? joinedBytes() : never())]);
    await expect(createInvoker(transport, { middleware: [hedge] }).invoke(join())).resolves.toEqual(JOINED);
    expect(transport.calls).toHaveLength(2);
    const loser = transport.calls[1].signal;
    expect(loser.aborted).toBe(true);
    expect((loser.reason as Error).message).toBe("messages.importChatInvite has already settled: nothing more is sent for it");
  });

  it("leaves the signal of a call whose transports are all done unaborted", async () => {
    const transport = scripted([joinedBytes()]);
    await createInvoker(transport).invoke(join());
    expect(transport.calls[0].signal.aborted).toBe(false);
  });
});
