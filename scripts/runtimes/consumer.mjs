// What each runtime of `npm run test:runtimes` runs against the package it generated (written
// with "tl-check" replaced by that package's name): requests with non-ASCII strings encode to the
// known bytes, and decode back; an answer with one decodes to the same string. The expected bytes
// are constants (UTF-8 written out in hex), so they do not depend on the runtime's TextEncoder.
// Plain JavaScript, web APIs and the package only: it runs as it is in Node, Bun and Deno.
import { Api, LAYER, TlDecodeError } from "tl-check";

const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
const fromHex = (text) => Uint8Array.from(text.match(/../g), (h) => parseInt(h, 16));

function same(what, actual, expected) {
  if (actual !== expected) throw new Error(`${what}:\n  got      ${actual}\n  expected ${expected}`);
}

// 2-, 3- and 4-byte UTF-8: "Ünïcødé — 招待 👋" (27 bytes).
const TITLE = "\u00dcn\u00efc\u00f8d\u00e9 \u2014 \u62db\u5f85 \ud83d\udc4b";
const TITLE_UTF8 = "c39c6ec3af63c3b864c3a920e2809420e68b9be5be8520f09f918b";
// A string past 253 bytes, so its length takes the 4-byte form: 12 x "Привет, мир! 你好 🌍 " (408 bytes).
const UNIT = "\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440! \u4f60\u597d \ud83c\udf0d ";
const UNIT_UTF8 = "d09fd180d0b8d0b2d0b5d1822c20d0bcd0b8d1802120e4bda0e5a5bd20f09f8c8d20";
const LONG = UNIT.repeat(12);

// messages.exportChatInvite#a455de90, flags 0x12 (usage_limit, title), inputPeerSelf, usage_limit 5, the title.
const exportRequest = new Api.messages.ExportChatInvite({ peer: { _: "inputPeerSelf" }, usageLimit: 5, title: TITLE });
const exportBytes = exportRequest.serialize();
same("exportChatInvite bytes", hex(exportBytes), `90de55a412000000c97ea07d05000000${"1b" + TITLE_UTF8}`);
same("exportChatInvite title read back", Api.messages.ExportChatInvite.fromBytes(exportBytes).title, TITLE);

// messages.importChatInvite#6e4391de with the long hash: 0xfe, length 408 (0x000198), no padding.
const importBytes = new Api.messages.ImportChatInvite({ hash: LONG }).serialize();
same("importChatInvite bytes", hex(importBytes), `6e4391defe980100${UNIT_UTF8.repeat(12)}`);
same("importChatInvite hash read back", Api.messages.ImportChatInvite.fromBytes(importBytes).hash, LONG);

// A lone surrogate is sent as U+FFFD (ef bf bd), as TextEncoder does.
same(
  "lone surrogate",
  hex(new Api.messages.ImportChatInvite({ hash: "a\ud800b" }).serialize()),
  "6e4391de0561efbfbd620000",
);

// chatInviteExported#a22cbd96: flags 0x108 (usage, title), the link, admin 1, date 1700000000, usage 3, the title.
const answer = fromHex(
  `96bd2ca2080100001468747470733a2f2f742e6d652f2b416243644566000000010000000000000000f15365030000001b${TITLE_UTF8}`,
);
const invite = exportRequest.decodeResult(answer);
same("decoded constructor", invite._, "chatInviteExported");
same("decoded title", invite.title, TITLE);
same("decoded link", invite.link, "https://t.me/+AbCdEf");
same("decoded admin id", invite.adminId, 1n);

// A truncated answer is a TlDecodeError, not a crash or a wrong value.
let error;
try {
  exportRequest.decodeResult(answer.subarray(0, answer.length - 5));
} catch (e) {
  error = e;
}
same("truncated answer", error instanceof TlDecodeError, true);

console.log(
  `layer ${LAYER}: encoded and decoded ${exportBytes.length + importBytes.length + answer.length} bytes of non-ASCII strings`,
);
