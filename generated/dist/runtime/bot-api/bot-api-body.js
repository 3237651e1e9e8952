import { abortable } from "../invoke/abort.js";
import { concatChunks } from "../invoke/answer.js";
import { utf8Length } from "../wire/utf8.js";
const DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
function formatBytes(bytes) {
  return bytes % (1024 * 1024) === 0 && bytes > 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}
async function readBoundedText(response, limit, signal) {
  const bound = `the client's maxResponseBytes of ${formatBytes(limit.maxBytes)}`;
  const declared = declaredLength(response);
  if (declared !== null && declared > limit.maxBytes) {
    discard(response);
    throw limit.fail(`the answer is ${declared} bytes (its Content-Length), past ${bound}; none of it was read`);
  }
  const body = response.body;
  if (body === null || body === void 0 || typeof body.getReader !== "function") {
    const text = await abortable(Promise.resolve(response.text()), signal);
    if (typeof text !== "string") throw limit.fail(`the fetch's text() gave ${typeof text}, not a string`);
    if (utf8Length(text, limit.maxBytes) > limit.maxBytes) throw limit.fail(`the answer is larger than ${bound}`);
    return text;
  }
  const reader = body.getReader();
  const chunks = [];
  let total = 0;
  try {
    for (; ; ) {
      const chunk = await abortable(reader.read(), signal);
      if (chunk.done) break;
      if (!(chunk.value instanceof Uint8Array))
        throw limit.fail(`the answer's body stream gave ${typeof chunk.value}, not bytes`);
      total += chunk.value.length;
      if (total > limit.maxBytes) throw limit.fail(`the answer is larger than ${bound}; reading stopped there`);
      chunks.push(chunk.value);
    }
  } catch (e) {
    reader.cancel().catch(() => {
    });
    throw e;
  }
  return new TextDecoder().decode(concatChunks(chunks, total));
}
function declaredLength(response) {
  const value = typeof response.headers?.get === "function" ? response.headers.get("content-length") : null;
  if (typeof value !== "string" || !/^\s*\d+\s*$/.test(value)) return null;
  return Number(value);
}
function discard(response) {
  const body = response.body;
  if (body && typeof body.cancel === "function") body.cancel().catch(() => {
  });
}
export {
  DEFAULT_MAX_RESPONSE_BYTES,
  discard,
  formatBytes,
  readBoundedText
};
