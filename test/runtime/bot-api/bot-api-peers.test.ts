// Bot API ids and the peer cache, tested in place: the id ranges of the official server (user,
// -N basic group, -100N channel), both directions, what the cache learns from a decoded value,
// and Bot API ids read through it with Bot API errors.
import { describe, expect, it } from "vitest";
import {
  botApiIdOf,
  botApiInputPeer,
  botApiInputUser,
  botApiPeerOf,
  withPeerCache,
} from "../../../generator/runtime/bot-api/bot-api-peers.ts";
import { PeerCache } from "../../../generator/runtime/peers/peer-cache.ts";
import { createInvoker } from "../../../generator/runtime/invoke/invoker.ts";
import { BotApiError } from "../../../generator/runtime/bot-api/bot-api-error.ts";
import { thrown } from "../../helpers.ts";

describe("Bot API ids", () => {
  it.each([
    [1, { type: "user", id: 1n }],
    [2 ** 40 - 1, { type: "user", id: 2n ** 40n - 1n }],
    [-1, { type: "chat", id: 1n }],
    [-999999999999, { type: "chat", id: 999999999999n }],
    [-1001234567890, { type: "channel", id: 1234567890n }],
    [-1000000000001, { type: "channel", id: 1n }],
    [-100123, { type: "chat", id: 100123n }],
  ])("reads %d as %o, and back", (id, peer) => {
    expect(botApiPeerOf(id)).toEqual(peer);
    expect(botApiIdOf(botApiPeerOf(id))).toBe(id);
  });

  it.each([0, 2 ** 40, -1000000000000, -2000000000000, 1.5, Number.MAX_SAFE_INTEGER + 2])("refuses %d, naming the field", (id) => {
    const e = thrown(() => botApiPeerOf(id, "chat_id"), BotApiError);
    expect([e.field, e.description]).toEqual(["chat_id", expect.stringContaining("is not a Bot API chat id")]);
  });
});

// What the cache learns from decoded values is tested with it, in test/runtime/peers/.
describe("Bot API ids through the peer cache", () => {
  it("builds input peers and users of Bot API ids, and names the field, the id and the remedy when a hash is missing", () => {
    const peers = new PeerCache();
    peers.remember({ users: [{ _: "user", id: 5n, accessHash: 55n }], chats: [{ _: "channel", id: 7n, accessHash: 77n }] });
    expect(botApiInputPeer(peers, -1000000000007)).toEqual({ _: "inputPeerChannel", channelId: 7n, accessHash: 77n });
    expect(botApiInputPeer(peers, -7)).toEqual({ _: "inputPeerChat", chatId: 7n });
    expect(botApiInputUser(peers, 5)).toEqual({ _: "inputUser", userId: 5n, accessHash: 55n });
    const e = thrown(() => botApiInputUser(peers, 6), BotApiError);
    expect(e.message).toContain("user_id: user 6 has no known access hash");
    expect(e.message).toContain("invoker.peers.remember(update)");
    expect(thrown(() => botApiInputUser(peers, -7), BotApiError).description).toBe("user_id: -7 is not a user id");
    expect(thrown(() => botApiInputPeer(peers, 0), BotApiError).description).toContain("chat_id: 0 is not a Bot API chat id");
  });

  it("reads a positive Bot API chat id as a user's even where the cache knows a channel with that bare id", () => {
    const peers = new PeerCache();
    peers.remember({ chats: [{ _: "channel", id: 7n, accessHash: 77n }] });
    expect(thrown(() => botApiInputPeer(peers, 7), BotApiError).description).toContain("chat_id: user 7 has no known access hash");
    expect(peers.inputPeer(7)).toEqual({ _: "inputPeerChannel", channelId: 7n, accessHash: 77n }); // GramJS's reading
  });

  it("gives an invoker of createInvoker its own cache back, filled by every result", async () => {
    const invoker = createInvoker(async () => new Uint8Array());
    const wrapped = withPeerCache(invoker);
    expect(wrapped.peers).toBe(invoker.peers);
    const other = new PeerCache();
    expect(withPeerCache(invoker, other).peers).toBe(other);
  });

  it("fills from the results of a wrapped invoker and passes every argument through", async () => {
    const seen: unknown[][] = [];
    const inner = {
      invoke: async (...args: unknown[]) => {
        seen.push(args);
        return { users: [{ _: "user", id: 8n, accessHash: 88n }] };
      },
    };
    const wrapped = withPeerCache(inner as never);
    await wrapped.invoke({} as never);
    expect(wrapped.peers.userAccessHash(8n)).toBe(88n);
    expect(seen).toEqual([[{}]]);
  });
});
