// Hostile answers through the invoker: a gzip bomb stops at the inflate limit (and memory stays
// bounded), nested gzip_packed is unpacked, corrupt gzip is a TlDecodeError, and a transport that
// resolves to anything but a Uint8Array gets a TransportReplyError saying what it gave.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { DEFAULT_MAX_UNPACKED_BYTES, TlDecodeError, TransportReplyError, createInvoker } from "tl-invite";
import { JOINED, gzipPacked, join, joinedBytes, rpcError, scripted } from "./fake-server.ts";

const answering = (reply: unknown) => createInvoker(async () => reply as Uint8Array);

describe("gzip_packed answers", () => {
  it("stop a 1 MB gzip bomb (1 GiB of zeros) at 16 MiB with an error naming the limit, in bounded memory", () => {
    const out = execFileSync(process.execPath, [fileURLToPath(new URL("./gzip-bomb-child.mjs", import.meta.url))], { encoding: "utf8" });
    const run = JSON.parse(out.trim().split("\n").pop()!);
    console.log("gzip bomb:", run);
    expect(run.answerBytes).toBeLessThan(1.1e6);
    expect(run.error).toEqual({
      name: "TlDecodeError",
      message: "gzip_packed answer inflates past 16 MiB (the invoker's maxUnpackedBytes) (offset 4; expected at most 16 MiB of unpacked data)",
    });
    // Inflating it all took 3.1 GB of RSS; bounded, it stays near the process's own size.
    expect(run.peakRssMB).toBeLessThan(400);
  });

  it("inflate up to a configurable maxUnpackedBytes, and not a byte more", async () => {
    const body = joinedBytes();
    await expect(createInvoker(async () => gzipPacked(body), { maxUnpackedBytes: body.length }).invoke(join())).resolves.toEqual(JOINED);
    const error = await createInvoker(async () => gzipPacked(body), { maxUnpackedBytes: body.length - 1 }).invoke(join()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TlDecodeError);
    expect((error as Error).message).toMatch(`inflates past ${body.length - 1} bytes (the invoker's maxUnpackedBytes)`);
    expect(DEFAULT_MAX_UNPACKED_BYTES).toBe(16 * 1024 * 1024);
    expect(() => createInvoker(async () => body, { maxUnpackedBytes: -1 })).toThrow("maxUnpackedBytes must be 0 or more, got -1");
  });

  it("unpack gzip_packed nested inside gzip_packed, errors too", async () => {
    await expect(answering(gzipPacked(gzipPacked(joinedBytes()))).invoke(join())).resolves.toEqual(JOINED);
    await expect(answering(gzipPacked(gzipPacked(gzipPacked(rpcError(406, "INVITE_HASH_EXPIRED"))))).invoke(join())).rejects.toMatchObject({ type: "INVITE_HASH_EXPIRED" });
  });

  it("refuse gzip_packed nested deeper than four levels", async () => {
    let answer = joinedBytes();
    for (let i = 0; i < 4; i++) answer = gzipPacked(answer);
    await expect(answering(answer).invoke(join())).resolves.toEqual(JOINED);
    await expect(answering(gzipPacked(answer)).invoke(join())).rejects.toThrow(/gzip_packed nests deeper than 4 levels/);
  });

  it("refuse data that does not decompress, and trailing bytes after packed_data", async () => {
    await expect(answering(gzipPacked(new Uint8Array([1, 2, 3, 4, 5]), { gzipped: true })).invoke(join())).rejects.toThrow(/gzip_packed data does not decompress/);
    const packed = gzipPacked(joinedBytes());
    const trailing = new Uint8Array([...packed, 0, 0, 0, 0]);
    await expect(answering(trailing).invoke(join())).rejects.toThrow(/4 trailing bytes/);
    await expect(answering(gzipPacked(new Uint8Array(gzipSync(joinedBytes())).subarray(0, 12), { gzipped: true })).invoke(join())).rejects.toBeInstanceOf(TlDecodeError);
  });
});

describe("what is handed to the invoker", () => {
  it("refuses a transport that is not a function when the invoker is made, and a non-request when it is invoked", async () => {
    expect(() => createInvoker(null as never)).toThrow(
      "createInvoker needs a transport: an async function (body, { signal }) => response bytes, got null",
    );
    const invoker = createInvoker(async () => new Uint8Array(0));
    await expect(invoker.invoke({ _: "inputPeerSelf" } as never)).rejects.toThrow(
      /^invoke needs a request \(new Api\.messages\.ExportChatInvite\(\{ \.\.\. \}\)\), got /,
    );
  });
});

describe("replies that are not a Uint8Array", () => {
  it.each([
    ["an ArrayBuffer", new ArrayBuffer(8), "the transport answered messages.importChatInvite with an ArrayBuffer, not a Uint8Array (wrap it: new Uint8Array(buffer))"],
    ["a string", "19ca4421", "the transport answered messages.importChatInvite with a string, not a Uint8Array"],
    ["an array", [0x19, 0xca, 0x44, 0x21], "the transport answered messages.importChatInvite with an array, not a Uint8Array"],
    ["null", null, "the transport answered messages.importChatInvite with null, not a Uint8Array"],
    ["undefined", undefined, "the transport answered messages.importChatInvite with undefined, not a Uint8Array"],
    ["a DataView", new DataView(new ArrayBuffer(4)), "the transport answered messages.importChatInvite with a DataView, not a Uint8Array (view its bytes: new Uint8Array(view.buffer, view.byteOffset, view.byteLength))"],
    ["a Uint16Array", new Uint16Array(2), "the transport answered messages.importChatInvite with a Uint16Array, not a Uint8Array (view its bytes: new Uint8Array(view.buffer, view.byteOffset, view.byteLength))"],
    ["a number", 42, "the transport answered messages.importChatInvite with a number, not a Uint8Array"],
    ["a plain object", { length: 4 }, "the transport answered messages.importChatInvite with an object, not a Uint8Array"],
  ])("gives a TransportReplyError for %s", async (_label, reply, message) => {
    const error = await answering(reply).invoke(join()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportReplyError);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(message);
  });

  it("accepts a Buffer, which is a Uint8Array", async () => {
    await expect(answering(Buffer.from(joinedBytes())).invoke(join())).resolves.toEqual(JOINED);
  });

  it("gives a TransportReplyError for a transport that returns a value instead of a promise", async () => {
    const invoker = createInvoker((() => "not a promise") as never);
    await expect(invoker.invoke(join())).rejects.toBeInstanceOf(TransportReplyError);
    await expect(createInvoker((() => joinedBytes()) as never).invoke(join())).resolves.toEqual(JOINED);
    const transport = scripted([null]);
    await expect(createInvoker(transport).invoke(join())).rejects.toThrow(/with null, not a Uint8Array/);
  });
});
