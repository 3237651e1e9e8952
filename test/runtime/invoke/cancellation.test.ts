// Cancellation and timeouts: invoke(request, { signal, timeout }). The signal reaches the
// transport; an abort rejects a pending call (and a flood-wait sleep) at once with the signal's
// reason, as fetch does; a timeout rejects with InvokeTimeoutError; nothing resolves afterwards.
import { afterEach, describe, expect, it, vi } from "vitest";
import { getEventListeners } from "node:events";
import { InvokeTimeoutError, createInvoker, type Middleware } from "tl-invite";
import { JOINED, join, joinedBytes, never, rpcError, scripted } from "./fake-server.ts";

afterEach(() => {
  vi.useRealTimers();
});

describe("cancellation", () => {
  it("cancels a call whose transport never answers with AbortSignal.timeout(200), not before it and not long after", async () => {
    const transport = scripted([() => never()]);
    const started = performance.now();
    const error = await createInvoker(transport).invoke(join(), { signal: AbortSignal.timeout(200) }).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("TimeoutError");
    expect(elapsed).toBeGreaterThanOrEqual(150);
    expect(elapsed).toBeLessThan(3000);
    expect(transport.calls[0].signal.aborted).toBe(true);
  });

  it("rejects with the platform's AbortError when the caller aborts, and aborts the transport's signal", async () => {
    const controller = new AbortController();
    const transport = scripted([() => never()]);
    const call = createInvoker(transport).invoke(join(), { signal: controller.signal });
    await vi.waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0].signal.aborted).toBe(false);
    controller.abort();
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("AbortError");
    expect(transport.calls[0].signal.aborted).toBe(true);
  });

  it("rejects with the signal's own reason when one is given, as fetch does", async () => {
    const controller = new AbortController();
    const reason = new Error("user pressed cancel");
    const call = createInvoker(scripted([() => never()])).invoke(join(), { signal: controller.signal });
    controller.abort(reason);
    await expect(call).rejects.toBe(reason);
  });

  it("rejects at once when aborted during a flood-wait sleep", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const transport = scripted([rpcError(420, "FLOOD_WAIT_30"), joinedBytes()]);
    const call = createInvoker(transport, { floodSleepThreshold: 60 }).invoke(join(), { signal: controller.signal });
    call.catch(() => {});
    await vi.advanceTimersByTimeAsync(5000);
    expect(vi.getTimerCount()).toBe(1); // the sleep
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    expect(vi.getTimerCount()).toBe(0);
    expect(transport.calls).toHaveLength(1);
  });

  it("never calls the transport for a signal that is already aborted", async () => {
    const transport = scripted([joinedBytes()]);
    await expect(createInvoker(transport).invoke(join(), { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
    expect(transport.calls).toHaveLength(0);
  });

  it("does not resolve when the transport answers after the abort", async () => {
    const controller = new AbortController();
    let answer!: (b: Uint8Array) => void;
    const transport = scripted([() => new Promise<Uint8Array>((r) => (answer = r))]);
    const call = createInvoker(transport).invoke(join(), { signal: controller.signal });
    await vi.waitFor(() => expect(transport.calls).toHaveLength(1));
    controller.abort();
    answer(joinedBytes());
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
  });

  it("does not resolve when a middleware turns the abort into a value", async () => {
    const swallow: Middleware = async (_ctx, next) => {
      try {
        return await next();
      } catch {
        return JOINED as never;
      }
    };
    const controller = new AbortController();
    const call = createInvoker(scripted([() => never()]), { middleware: [swallow] }).invoke(join(), { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe("timeouts", () => {
  it("rejects with a typed InvokeTimeoutError after `timeout` milliseconds", async () => {
    vi.useFakeTimers();
    const transport = scripted([() => never()]);
    const call = createInvoker(transport).invoke(join(), { timeout: 1500 });
    call.catch(() => {});
    await vi.advanceTimersByTimeAsync(1499);
    expect(transport.calls[0].signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvokeTimeoutError);
    expect(error).toMatchObject({ name: "TimeoutError", timeout: 1500, request: "messages.importChatInvite", message: "messages.importChatInvite got no answer within 1500 ms" });
    expect(transport.calls[0].signal.aborted).toBe(true);
  });

  it("counts flood-wait sleeps in the timeout, and takes the invoker's default timeout", async () => {
    vi.useFakeTimers();
    const invoker = createInvoker(scripted([rpcError(420, "FLOOD_WAIT_10"), joinedBytes()]), { timeout: 3000 });
    const call = invoker.invoke(join());
    call.catch(() => {});
    await vi.advanceTimersByTimeAsync(3000);
    await expect(call).rejects.toBeInstanceOf(InvokeTimeoutError);
  });

  it("leaves no timer and no listener behind once a call settles", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const invoker = createInvoker(scripted([joinedBytes()]));
    for (let i = 0; i < 20; i++) await invoker.invoke(join(), { signal: controller.signal, timeout: 60_000 });
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("refuses a timeout that is not a positive number of milliseconds", async () => {
    const invoker = createInvoker(scripted([joinedBytes()]));
    await expect(invoker.invoke(join(), { timeout: 0 })).rejects.toThrow(/timeout must be a number of milliseconds from 1/);
    await expect(invoker.invoke(join(), { timeout: Number.NaN })).rejects.toThrow(RangeError);
    expect(() => createInvoker(scripted([]), { timeout: -5 })).toThrow("timeout must be a number of milliseconds from 1 to 2147483647, got -5");
  });
});
