import { bodyRequest } from "./body-request.js";
import { RPC_ERROR_ID, decodeRpcError } from "./rpc-error.js";
import { resolvePeerFields } from "../peers/peer-like.js";
import { PeerCache } from "../peers/peer-cache.js";
import { inputFor } from "../peers/peer-input.js";
import { abortable, callSignal, checkTimeout, settledReason } from "./abort.js";
import { DEFAULT_MAX_UNPACKED_BYTES, checkReply, unpackAnswer } from "./answer.js";
import {
  composeMiddleware
} from "./middleware.js";
import { floodWaiter } from "./flood-wait.js";
import { describe } from "../wire/writer.js";
function createInvoker(transport, options = {}) {
  if (typeof transport !== "function")
    throw new TypeError(
      `createInvoker needs a transport: an async function (body, { signal }) => response bytes, got ${describe(transport)}`
    );
  let resolver = options.resolver;
  const peers = options.peers ?? new PeerCache();
  if (typeof peers?.remember !== "function" || typeof peers.inputOf !== "function")
    throw new TypeError(`peers must be a PeerCache, got ${describe(peers)}`);
  const resolve = (value, kind) => {
    if (typeof value !== "string") return inputFor(value, kind, peers);
    if (!resolver)
      return Promise.reject(
        new TypeError(`"${value}" is a peer given by name (${kind}); give the invoker a resolver to look it up`)
      );
    return resolver.resolve(value, kind);
  };
  const maxUnpacked = options.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_BYTES;
  if (!(maxUnpacked >= 0)) throw new RangeError(`maxUnpackedBytes must be 0 or more, got ${String(maxUnpacked)}`);
  if (options.timeout !== void 0) checkTimeout(options.timeout);
  const floodWaits = floodWaiter({
    threshold: options.floodSleepThreshold,
    maxWaits: options.maxFloodWaits,
    onWait: options.onFloodWait
  });
  const calls = /* @__PURE__ */ new WeakMap();
  const run = composeMiddleware(
    [...options.middleware ?? [], floodWaits],
    exchangeOver(transport, maxUnpacked, calls)
  );
  const listeners = /* @__PURE__ */ new Set();
  return {
    peers,
    setResolver(next) {
      resolver = next;
    },
    onResult(listener) {
      const own = (result) => listener(result);
      listeners.add(own);
      return () => listeners.delete(own);
    },
    async invoke(what, ...rest) {
      const request = what instanceof Uint8Array ? bodyRequest(what, rest[0]) : what;
      const call = (what instanceof Uint8Array ? rest[1] : rest[0]) ?? {};
      if (typeof request?.serialize !== "function")
        throw new TypeError(
          `invoke needs a request (new Api.messages.ExportChatInvite({ ... })), got ${describe(request)}`
        );
      const { signal, dispose, settle } = callSignal(request.tlName, call.signal, call.timeout ?? options.timeout);
      const state = { settled: false, sending: 0 };
      try {
        const started = (async () => {
          const ready = await resolvePeerFields(request, request.PEER_FIELDS ?? [], resolve);
          signal.throwIfAborted();
          const ctx = {
            request: ready,
            signal,
            options: call,
            attempts: 0,
            bytesSent: 0,
            bytesReceived: 0
          };
          calls.set(ctx, state);
          return run(ctx);
        })();
        const result = await abortable(started, signal);
        peers.remember(result);
        for (const listener of listeners) notify(listener, result);
        return result;
      } finally {
        state.settled = true;
        if (state.sending > 0) settle();
        dispose();
      }
    }
  };
}
function notify(listener, result) {
  try {
    listener(result);
  } catch (e) {
    const report = globalThis.reportError;
    if (typeof report === "function") report(e);
    else
      setTimeout(() => {
        throw e;
      }, 0);
  }
}
function exchangeOver(transport, maxUnpacked, calls) {
  return async function exchange(ctx) {
    const state = calls.get(ctx);
    if (state?.settled) throw settledReason(ctx.request.tlName);
    ctx.signal.throwIfAborted();
    const body = ctx.request.serialize();
    ctx.attempts++;
    ctx.bytesSent += body.length;
    const sent = Promise.resolve(transport(body, { signal: ctx.signal }));
    if (state) {
      state.sending++;
      const done = () => void state.sending--;
      sent.then(done, done);
    }
    const reply = checkReply(await abortable(sent, ctx.signal), ctx.request.tlName);
    ctx.bytesReceived += reply.length;
    const answer = await abortable(unpackAnswer(reply, maxUnpacked), ctx.signal);
    if (answer.length >= 4 && new DataView(answer.buffer, answer.byteOffset, answer.byteLength).getUint32(0, true) === RPC_ERROR_ID) {
      throw decodeRpcError(answer);
    }
    return ctx.request.decodeResult(answer);
  };
}
export {
  createInvoker
};
