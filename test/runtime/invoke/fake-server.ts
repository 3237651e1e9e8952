// Answers for invoker tests: rpc_error and gzip_packed bodies, a result the requests below
// decode, and a transport that plays a script of answers and records what it was given.
import { gzipSync } from "node:zlib";
import { Api, TlWriter, encodeWith, type Transport, type TransportOptions } from "tl-invite";
import { writeTypeMessagesChatInviteJoinResult } from "tl-invite/codecs";

/** rpc_error#2144ca19 error_code:int error_message:string */
export function rpcError(code: number, message: string): Uint8Array {
  const w = new TlWriter();
  w.id(0x2144ca19);
  w.int(code);
  w.string(message);
  return w.finish();
}

/** gzip_packed#3072cfa1 packed_data:bytes around `body` (or around already gzipped bytes). */
export function gzipPacked(body: Uint8Array, { gzipped = false } = {}): Uint8Array {
  const w = new TlWriter();
  w.id(0x3072cfa1);
  w.bytes(gzipped ? body : new Uint8Array(gzipSync(body)));
  return w.finish();
}

/** The request most tests send, and the answer it decodes. */
export const join = (): InstanceType<typeof Api.messages.ImportChatInvite> =>
  new Api.messages.ImportChatInvite({ hash: "AbCdEf" });
export const JOINED = { _: "messages.chatInviteJoinResultOk", updates: { _: "updatesTooLong" } } as const;
export const joinedBytes = (): Uint8Array =>
  encodeWith(writeTypeMessagesChatInviteJoinResult, JOINED, "messages.ChatInviteJoinResult");

/** One step of a script: bytes to answer, or a function of the call (return a promise that never settles to hang). */
export type Step = Uint8Array | unknown | ((body: Uint8Array, options: TransportOptions) => unknown);

/** A transport answering each call with the next step; `calls` records the bodies and signals it got. */
export function scripted(steps: Step[]): Transport & { calls: { body: Uint8Array; signal: AbortSignal }[] } {
  const calls: { body: Uint8Array; signal: AbortSignal }[] = [];
  const transport = async (body: Uint8Array, options: TransportOptions) => {
    calls.push({ body, signal: options.signal });
    const step = steps[Math.min(calls.length, steps.length) - 1];
    return (typeof step === "function" ? await step(body, options) : step) as Uint8Array;
  };
  return Object.assign(transport, { calls });
}

/** A promise that never settles: a server that never answers. */
export const never = (): Promise<never> => new Promise<never>(() => {});
