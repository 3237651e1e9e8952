// Hostile HTTP answers for the Bot API client's tests: a body far past any real answer (streamed
// in chunks, with or without a Content-Length), and a gzip bomb (a few hundred KB that undici's
// fetch inflates to hundreds of MB), served by a loopback server the test starts.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

/** Writes a response; it may stream, and must end it (or leave it hanging on purpose). */
export type RawHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface RawServer {
  /** `http://127.0.0.1:PORT` */
  apiRoot: string;
  /** Bytes the server managed to write to the socket, over all responses. */
  written(): number;
  close(): Promise<void>;
}

/** A loopback server answering every request with `handler` (after the request body is read). */
export async function startRawServer(handler: RawHandler): Promise<RawServer> {
  let bytes = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on("end", () => handler(req, res));
  });
  server.on("connection", (socket) => {
    const write = socket.write.bind(socket);
    socket.write = ((chunk: Uint8Array | string, ...rest: never[]) => {
      bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
      return write(chunk, ...rest);
    }) as typeof socket.write;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    written: () => bytes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Streams `{"ok":true,"result":"xxx..."}` of `total` bytes in 1 MiB chunks, honouring
 * backpressure (so a client that stops reading stops the server too), with a Content-Length
 * only when `declareLength` is set.
 */
export function bigJsonBody(total: number, declareLength: boolean): RawHandler {
  return (_req, res) => {
    const head = Buffer.from('{"ok":true,"result":"');
    const tail = Buffer.from('"}');
    const chunk = Buffer.alloc(1 << 20, "x");
    res.statusCode = 200;
    res.setHeader("content-type", "application/json");
    if (declareLength) res.setHeader("content-length", String(total));
    let left = total - head.length - tail.length;
    res.write(head);
    const pump = (): void => {
      while (left > 0) {
        const n = Math.min(left, chunk.length);
        left -= n;
        if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return void res.once("drain", pump);
      }
      res.end(tail);
    };
    res.on("close", () => (left = 0));
    pump();
  };
}

/**
 * A gzip bomb: `members` gzip members of 64 MiB of spaces each (about 64 KB apiece), one after
 * another, as a multi-member gzip body that inflates to `members` x 64 MiB.
 */
export function gzipBomb(members: number): Buffer {
  const member = gzipSync(Buffer.alloc(64 << 20, 0x20), { level: 9 });
  return Buffer.concat(Array.from({ length: members }, () => member));
}

/** Answers with `body` as `Content-Encoding: gzip`, with its (compressed) Content-Length. */
export function gzipEncoded(body: Buffer): RawHandler {
  return (_req, res) => {
    res.statusCode = 200;
    res.setHeader("content-type", "application/json");
    res.setHeader("content-encoding", "gzip");
    res.setHeader("content-length", String(body.length));
    res.end(body);
  };
}
