// Run by hostile-answers.test.ts in a process of its own, so its peak RSS is this call's: a
// gzip_packed answer of about 1 MB that inflates to 1 GiB of zeros, through the invoker.
// Prints one JSON line: the error, the peak RSS in MB and the milliseconds the call took.
import { createGzip } from "node:zlib";
import { Api, TlWriter, createInvoker } from "tl-invite";

async function gzipZeros(mib) {
  const gz = createGzip({ level: 9 });
  const out = [];
  gz.on("data", (c) => out.push(c));
  const ended = new Promise((resolve) => gz.on("end", resolve));
  const zeros = Buffer.alloc(1 << 20);
  for (let i = 0; i < mib; i++) if (!gz.write(zeros)) await new Promise((resolve) => gz.once("drain", resolve));
  gz.end();
  await ended;
  return new Uint8Array(Buffer.concat(out));
}

const w = new TlWriter();
w.id(0x3072cfa1);
w.bytes(await gzipZeros(1024));
const answer = w.finish();
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const error = await createInvoker(async () => answer)
  .invoke(new Api.messages.ImportChatInvite({ hash: "AbCdEf" }))
  .then(() => null, (e) => ({ name: e.name, message: e.message }));
console.log(
  JSON.stringify({
    answerBytes: answer.length,
    error,
    ms: Math.round(performance.now() - started),
    rssBeforeMB: Math.round(rssBefore / 2 ** 20),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
