// npm run bench:memory: what memory of its own costs a fresh serialize(), against a pooled slab
// (the former default, rebuilt here over encodeTo), a slab per request object (considered and
// rejected), mtcute's serializeObject and GramJS's getBytes, on exportChatInvite (68 bytes). Every case runs in many short interleaved rounds; the
// table gives the fastest round and the quartiles, since on a shared machine noise only adds
// time: ratios of the fastest rounds are the steadiest estimate of a quiet machine's.
// --smoke: two rounds of a few iterations, with the byte checks (CI).
import { measure } from "mitata";
import { Api, TlWriter } from "tl-invite";
import { gramObject, mtcuteObject, mtcuteSerialize } from "../test/support/reference-libs.ts";

const smoke = process.argv.includes("--smoke");
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

const workloads = [
  { label: 'title "Team invite ✨", inputPeerChannel', peer: { _: "inputPeerChannel", channelId: 1234567890n, accessHash: -8765432109876543210n }, title: "Team invite ✨" },
  { label: 'title "My very normal title", inputPeerChat (npm run bench\'s)', peer: { _: "inputPeerChat", chatId: 4242424242n }, title: "My very normal title" },
] as const;

/** A pooled slab as the former default had it: 64 KiB, outputs carved 8-byte aligned. */
const SLAB = 64 * 1024;
let slab = new Uint8Array(SLAB);
let slabPos = 0;
const scratch = new TlWriter(1024);
function pooled(request: { encodeTo(w: TlWriter): void }): Uint8Array {
  scratch.reset();
  request.encodeTo(scratch);
  const n = scratch.pos;
  if (SLAB - slabPos < n) {
    slab = new Uint8Array(SLAB);
    slabPos = 0;
  }
  slab.set(scratch.buf.subarray(0, n), slabPos);
  const out = slab.subarray(slabPos, slabPos + n);
  slabPos = (slabPos + n + 7) & ~7;
  return out;
}

/**
 * The design considered and rejected: each request object carves its outputs from a slab of its
 * own (1 KiB), so a clone carries only that request's encodings. It saves the allocation only
 * when one object is serialized again and again, as this benchmark does.
 */
const ownSlabs = new WeakMap<object, { slab: Uint8Array; pos: number }>();
function slabPerRequest(request: { encodeTo(w: TlWriter): void }): Uint8Array {
  scratch.reset();
  request.encodeTo(scratch);
  const n = scratch.pos;
  let state = ownSlabs.get(request);
  if (state === undefined || state.slab.length - state.pos < n) {
    state = { slab: new Uint8Array(Math.max(1024, n)), pos: 0 };
    ownSlabs.set(request, state);
  }
  state.slab.set(scratch.buf.subarray(0, n), state.pos);
  const out = state.slab.subarray(state.pos, state.pos + n);
  state.pos = (state.pos + n + 7) & ~7;
  return out;
}

const rounds = smoke ? 2 : Number(process.env.ROUNDS ?? 30);
const options = smoke ? { min_cpu_time: 1e6, min_samples: 3, max_samples: 20 } : { min_cpu_time: 40e6 };
const fmt = (ns: number) => (ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);

for (const w of workloads) {
  const params = {
    peer: w.peer,
    legacyRevokePermanent: true,
    requestNeeded: true,
    expireDate: 43,
    usageLimit: 43,
    title: w.title,
    subscriptionPricing: { _: "starsSubscriptionPricing", period: 2592000, amount: 250n },
  } as const;
  const request = new Api.messages.ExportChatInvite(params);
  const mt = mtcuteObject(params, "messages.exportChatInvite");
  const gj = gramObject(params, "messages.exportChatInvite");
  const bytes = hex(request.serialize());
  for (const [name, out] of [
    ["pooled slab", pooled(request)],
    ["slab per request", slabPerRequest(request)],
    ["mtcute", mtcuteSerialize(mt)],
    ["GramJS", new Uint8Array(gj.getBytes())],
  ] as const) {
    if (hex(out) !== bytes) throw new Error(`byte check failed: ${name}`);
  }
  const own = request.serialize();
  if (own.byteOffset !== 0 || own.buffer.byteLength !== own.length) throw new Error("serialize() shares its buffer");

  const cases: [string, () => unknown][] = [
    ["ours, serialize() (memory of its own)", () => request.serialize()],
    ["ours, a pooled slab (the former default)", () => pooled(request)],
    ["ours, reused writer (encodeTo, no output)", () => (scratch.reset(), request.encodeTo(scratch))],
    ["ours, a slab per request object (rejected), one object", () => slabPerRequest(request)],
    ["ours, a slab per request object (rejected), a new object each time", () => slabPerRequest(new Api.messages.ExportChatInvite(params))],
    ["ours, serialize(), a new object each time", () => new Api.messages.ExportChatInvite(params).serialize()],
    ["mtcute serializeObject", () => mtcuteSerialize(mt)],
    ["GramJS getBytes", () => gj.getBytes()],
  ];
  const samples = new Map<string, number[]>();
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of cases) samples.set(name, [...(samples.get(name) ?? []), (await measure(fn, options)).p50]);
  }
  const q = (name: string, p: number) => {
    const v = [...samples.get(name)!].sort((a, b) => a - b);
    return v[Math.floor(p * (v.length - 1))];
  };
  const ours = cases[0][0];
  console.log(`\nexportChatInvite, ${w.label}: ${request.serialize().length} bytes, ${rounds} rounds`);
  console.log("| case | fastest round | p25 | median | mtcute ÷ this (fastest) | GramJS ÷ this (fastest) |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const [name] of cases) {
    const ratio = (other: string) => (q(other, 0) / q(name, 0)).toFixed(2);
    console.log(`| ${name} | ${fmt(q(name, 0))} | ${fmt(q(name, 0.25))} | ${fmt(q(name, 0.5))} | ${ratio("mtcute serializeObject")} | ${ratio("GramJS getBytes")} |`);
  }
  console.log(`memory of its own costs ${fmt(q(ours, 0) - q(cases[1][0], 0))} more than the pooled slab (fastest rounds)`);
}
console.log(`\nnode ${process.version}${smoke ? ", smoke mode (figures not meaningful)" : ""}`);
