// npm run bench:peers: what the invoker's peer cache costs per call, in one process: remembering
// the peers of a decoded answer (the 12.8 KB list of 100 invites and 20 users) against decoding
// it, a whole invoke of that request over an in-memory transport, and resolving a peer given by
// id. --smoke: a few iterations only (CI).
import { Api, PeerCache, createInvoker, decodeWith, readTypeMessagesExportedChatInvites } from "tl-invite";
import { bytes, inviteList } from "./workloads.ts";

const smoke = process.argv.includes("--smoke");
const ROUNDS = smoke ? 1 : 10;
const BATCH = smoke ? 5 : 200;

const peers = new PeerCache();
const value = decodeWith(readTypeMessagesExportedChatInvites, bytes.inviteList);
peers.remember(value);
peers.remember({
  chats: [{ _: "channel", id: 1234567890n, accessHash: 42n, title: "c", photo: { _: "chatPhotoEmpty" }, date: 1 }],
});
if (peers.size !== inviteList.users.length + 1)
  throw new Error(`expected ${inviteList.users.length + 1} peers, got ${peers.size}`);

const list = new Api.messages.GetExportedChatInvites({
  peer: { _: "inputPeerSelf" },
  adminId: { _: "inputUserSelf" },
  limit: 100,
});
const byId = new Api.messages.GetExportedChatInvites({ peer: -1001234567890, adminId: 100000, limit: 100 });
const invoker = createInvoker(async () => bytes.inviteList, { peers });

const cases: [name: string, fn: () => unknown][] = [
  [
    `decode the answer (${bytes.inviteList.length} B, 100 invites, 20 users)`,
    () => decodeWith(readTypeMessagesExportedChatInvites, bytes.inviteList),
  ],
  ["remember its peers (20 users)", () => peers.remember(value)],
  ["invoke getExportedChatInvites, in-memory transport", () => invoker.invoke(list)],
  ["invoke it with peer and adminId given by id", () => invoker.invoke(byId)],
  ["inputPeer(-1001234567890)", () => peers.inputPeer(-1001234567890)],
];

// Interleaved rounds of batches (the first one warms up); each case reports its fastest batch (time per call), the figure
// a shared, busy machine disturbs least (its medians swing several-fold from minute to minute).
const samples = new Map<string, number[]>();
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, fn] of cases) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < BATCH; i++) await fn();
    if (round > 0 || smoke)
      samples.set(name, [...(samples.get(name) ?? []), Number(process.hrtime.bigint() - start) / BATCH]);
  }
}
const fastest = (name: string) => Math.min(...samples.get(name)!);
const show = (ns: number) => (ns >= 1000 ? `${(ns / 1000).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);

console.log("| case | fastest |\n| --- | --- |");
for (const [name] of cases) console.log(`| ${name} | ${show(fastest(name))} |`);
const [decode, remember, invoke, invokeById] = cases.map(([name]) => fastest(name));
console.log(`\nremember ÷ decode: ${(remember / decode).toFixed(2)}`);
console.log(`invoke by id ÷ invoke with input objects: ${(invokeById / invoke).toFixed(2)}`);
