// A consumer of the generated package, as a user writes one: import it by its package name,
// build a request, serialize it, and decode a result.
import { Api, TlDecodeError, encodeWith, type TypeExportedChatInvite } from "tl-invite";
import { writeTypeExportedChatInvite } from "tl-invite/codecs";

const request = new Api.messages.ExportChatInvite({
  peer: { _: "inputPeerSelf" },
  legacyRevokePermanent: true,
  requestNeeded: true,
  expireDate: 43,
  usageLimit: 43,
  title: "My very normal title",
});

const bytes = request.serialize();
console.log(`messages.exportChatInvite#${request.CONSTRUCTOR_ID.toString(16)}: ${Buffer.from(bytes).toString("hex")}`);

// What a server would answer, and decoding it with the request's own result type.
const answer: TypeExportedChatInvite = {
  _: "chatInviteExported",
  requestNeeded: true,
  link: "https://t.me/+AbCdEf",
  adminId: 777000n,
  date: 1700000000,
  expireDate: 43,
  usageLimit: 43,
  title: "My very normal title",
};
const result = request.decodeResult(encodeWith(writeTypeExportedChatInvite, answer, "ExportedChatInvite"));
if (result._ === "chatInviteExported")
  console.log(`decoded ${result._}: ${result.link} (usage limit ${result.usageLimit})`);

// Bad bytes give a TlDecodeError that says where and why.
try {
  request.decodeResult(new Uint8Array([1, 2, 3, 4]));
} catch (e) {
  if (e instanceof TlDecodeError) console.log(`rejected: ${e.message}`);
}
