// Flood waits in the invoker: FLOOD_WAIT_X, FLOOD_PREMIUM_WAIT_X and SLOWMODE_WAIT_X at or below
// floodSleepThreshold are slept through and retried, a bounded number of times; longer waits are
// thrown at once as the RpcError. Fake timers keep most checks exact; one waits in real time.
import { afterEach, describe, expect, it, vi } from "vitest";
import { RpcError, createInvoker, floodWaiter, DEFAULT_FLOOD_SLEEP_THRESHOLD, type FloodWait } from "tl-invite";
import { JOINED, join, joinedBytes, rpcError, scripted } from "./fake-server.ts";

afterEach(() => {
  vi.useRealTimers();
});

/** Settles `promise` as a value, so a pending one can be told apart under fake timers. */
function track<T>(promise: Promise<T>): { settled: () => boolean; result: Promise<T> } {
  let done = false;
  const result = promise.finally(() => {
    done = true;
  });
  result.catch(() => {});
  return { settled: () => done, result };
}

describe("flood waits", () => {
  it("waits out FLOOD_WAIT_1 under a 5 s threshold (about 1 s, in real time) and resolves", async () => {
    const transport = scripted([rpcError(420, "FLOOD_WAIT_1"), joinedBytes()]);
    const invoker = createInvoker(transport, { floodSleepThreshold: 5 });
    const started = performance.now();
    await expect(invoker.invoke(join())).resolves.toEqual(JOINED);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(990);
    expect(elapsed).toBeLessThan(5000);
    expect(transport.calls).toHaveLength(2);
    expect(transport.calls[1].body).toEqual(transport.calls[0].body);
  });

  it("retries FLOOD_WAIT_1 exactly when its second has passed, not before", async () => {
    vi.useFakeTimers();
    const transport = scripted([rpcError(420, "FLOOD_WAIT_1"), joinedBytes()]);
    const call = track(createInvoker(transport, { floodSleepThreshold: 5 }).invoke(join()));
    await vi.advanceTimersByTimeAsync(999);
    expect([transport.calls.length, call.settled()]).toEqual([1, false]);
    await vi.advanceTimersByTimeAsync(1);
    await expect(call.result).resolves.toEqual(JOINED);
    expect(transport.calls).toHaveLength(2);
  });

  it("rejects FLOOD_WAIT_30 over a 5 s threshold at once, as the RpcError with seconds 30", async () => {
    vi.useFakeTimers();
    const transport = scripted([rpcError(420, "FLOOD_WAIT_30"), joinedBytes()]);
    const error = await createInvoker(transport, { floodSleepThreshold: 5 }).invoke(join()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    expect(error).toMatchObject({ code: 420, type: "FLOOD_WAIT_%d", params: { seconds: 30 } });
    expect(vi.getTimerCount()).toBe(0);
    expect(transport.calls).toHaveLength(1);
  });

  it.each(["FLOOD_PREMIUM_WAIT_1", "SLOWMODE_WAIT_1"])("waits out %s too", async (message) => {
    vi.useFakeTimers();
    const transport = scripted([rpcError(420, message), joinedBytes()]);
    const call = track(createInvoker(transport, { floodSleepThreshold: 5 }).invoke(join()));
    await vi.advanceTimersByTimeAsync(1000);
    await expect(call.result).resolves.toEqual(JOINED);
    expect(transport.calls).toHaveLength(2);
  });

  it("waits at the threshold itself and throws one second above it", async () => {
    vi.useFakeTimers();
    const at = track(createInvoker(scripted([rpcError(420, "FLOOD_WAIT_5"), joinedBytes()]), { floodSleepThreshold: 5 }).invoke(join()));
    await vi.advanceTimersByTimeAsync(5000);
    await expect(at.result).resolves.toEqual(JOINED);
    await expect(createInvoker(scripted([rpcError(420, "FLOOD_WAIT_6")]), { floodSleepThreshold: 5 }).invoke(join())).rejects.toMatchObject({ params: { seconds: 6 } });
  });

  it("sleeps through at most maxFloodWaits waits, then throws the next one", async () => {
    vi.useFakeTimers();
    const transport = scripted([rpcError(420, "FLOOD_WAIT_1")]);
    const call = track(createInvoker(transport, { floodSleepThreshold: 5, maxFloodWaits: 2 }).invoke(join()));
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(call.result).rejects.toMatchObject({ type: "FLOOD_WAIT_%d" });
    expect(transport.calls).toHaveLength(3);
  });

  it("sleeps through five waits by default", async () => {
    vi.useFakeTimers();
    const transport = scripted([rpcError(420, "FLOOD_WAIT_1")]);
    const call = track(createInvoker(transport).invoke(join()));
    await vi.advanceTimersByTimeAsync(60_000);
    await expect(call.result).rejects.toBeInstanceOf(RpcError);
    expect(transport.calls).toHaveLength(6);
  });

  it("has GramJS's default threshold of 60 seconds", async () => {
    vi.useFakeTimers();
    expect(DEFAULT_FLOOD_SLEEP_THRESHOLD).toBe(60);
    const sixty = track(createInvoker(scripted([rpcError(420, "FLOOD_WAIT_60"), joinedBytes()])).invoke(join()));
    await vi.advanceTimersByTimeAsync(60_000);
    await expect(sixty.result).resolves.toEqual(JOINED);
    await expect(createInvoker(scripted([rpcError(420, "FLOOD_WAIT_61")])).invoke(join())).rejects.toMatchObject({ params: { seconds: 61 } });
  });

  it("takes a call's own floodSleepThreshold over the invoker's", async () => {
    vi.useFakeTimers();
    const invoker = createInvoker(scripted([rpcError(420, "FLOOD_WAIT_3"), joinedBytes()]), { floodSleepThreshold: 60 });
    await expect(invoker.invoke(join(), { floodSleepThreshold: 0 })).rejects.toMatchObject({ params: { seconds: 3 } });
    const call = track(invoker.invoke(join(), { floodSleepThreshold: 3 }));
    await vi.advanceTimersByTimeAsync(3000);
    await expect(call.result).resolves.toEqual(JOINED);
  });

  it("tells onFloodWait about each wait before sleeping", async () => {
    vi.useFakeTimers();
    const waits: FloodWait[] = [];
    const invoker = createInvoker(scripted([rpcError(420, "FLOOD_WAIT_2"), rpcError(420, "SLOWMODE_WAIT_1"), joinedBytes()]), { onFloodWait: (w) => waits.push(w) });
    const call = track(invoker.invoke(join()));
    await vi.advanceTimersByTimeAsync(3000);
    await call.result;
    expect(waits.map((w) => [w.request, w.seconds, w.wait, w.error.raw])).toEqual([
      ["messages.importChatInvite", 2, 1, "FLOOD_WAIT_2"],
      ["messages.importChatInvite", 1, 2, "SLOWMODE_WAIT_1"],
    ]);
  });

  it("does not retry other errors, *_WAIT_%dMIN ones included", async () => {
    for (const message of ["INVITE_HASH_EXPIRED", "PREVIOUS_CHAT_IMPORT_ACTIVE_WAIT_1MIN", "2FA_CONFIRM_WAIT_1"]) {
      const transport = scripted([rpcError(400, message), joinedBytes()]);
      await expect(createInvoker(transport).invoke(join())).rejects.toMatchObject({ raw: message });
      expect(transport.calls).toHaveLength(1);
    }
  });

  it("refuses a threshold or bound out of range", () => {
    const transport = scripted([]);
    expect(() => createInvoker(transport, { floodSleepThreshold: -1 })).toThrow(/floodSleepThreshold must be a number of seconds, 0 or more; got -1/);
    expect(() => createInvoker(transport, { floodSleepThreshold: Number.NaN })).toThrow(RangeError);
    expect(() => createInvoker(transport, { maxFloodWaits: 1.5 })).toThrow(/maxFloodWaits must be a whole number/);
  });

  it("sleeps with an injected sleep, given the call's signal", async () => {
    const slept: [number, boolean][] = [];
    const waiter = floodWaiter({ threshold: 10, sleep: async (ms, signal) => void slept.push([ms, signal instanceof AbortSignal]) });
    const invoker = createInvoker(scripted([rpcError(420, "FLOOD_WAIT_7"), joinedBytes()]), { floodSleepThreshold: 0, middleware: [waiter] });
    await expect(invoker.invoke(join())).resolves.toEqual(JOINED);
    expect(slept).toEqual([[7000, true]]);
  });
});
