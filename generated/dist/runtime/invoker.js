import { RPC_ERROR_ID, decodeRpcError } from "./rpc-error.js";
import { TlDecodeError } from "./errors.js";
import { TlReader } from "./reader.js";
import { resolvePeerFields } from "./peer-like.js";
const GZIP_PACKED_ID = 812830625;
function createInvoker(transport, options = {}) {
  let resolver = options.resolver;
  const resolve = (value, kind) => {
    if (!resolver)
      return Promise.reject(
        new TypeError(`"${value}" is a peer given by name (${kind}); give the invoker a resolver to look it up`)
      );
    return resolver.resolve(value, kind);
  };
  return {
    setResolver(next) {
      resolver = next;
    },
    async invoke(request) {
      const ready = await resolvePeerFields(request, request.PEER_FIELDS ?? [], resolve);
      const answer = await unpack(await transport(ready.serialize()));
      if (answer.length >= 4 && new DataView(answer.buffer, answer.byteOffset, answer.byteLength).getUint32(0, true) === RPC_ERROR_ID) {
        throw decodeRpcError(answer);
      }
      return ready.decodeResult(answer);
    }
  };
}
async function unpack(body) {
  if (body.length < 4 || new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0, true) !== GZIP_PACKED_ID)
    return body;
  const r = new TlReader(body, 4);
  const packed = r.bytesValue();
  r.end();
  return gunzip(packed);
}
async function gunzip(data) {
  if (typeof DecompressionStream === "function") {
    const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream("gzip"));
    try {
      return new Uint8Array(await new Response(stream).arrayBuffer());
    } catch (e) {
      throw new TlDecodeError(`gzip_packed data does not decompress (${e.message})`, 4, "gzip data");
    }
  }
  throw new TlDecodeError("gzip_packed answer, but this platform has no DecompressionStream", 0, "an unpacked answer");
}
export {
  GZIP_PACKED_ID,
  createInvoker
};
