// A loopback stand-in for the Bot API (127.0.0.1) for the workerd check: it records each call
// (path and JSON body, read with a bound) and answers createChatInviteLink as the Bot API does.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** One call the server received. */
export interface Call {
  path: string;
  body: Record<string, unknown>;
}

/** The link every createChatInviteLink answers with (non-ASCII, as links of named chats are not, to carry it through). */
const LINK = "https://t.me/+Wörkerd_Ünïcode";

/** A request body larger than this is refused. */
const MAX_BODY = 64 << 10;

export async function startBotApi(
  token: string,
): Promise<{ root: string; link: string; received: Call[]; close: () => Promise<void> }> {
  const received: Call[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy(new Error(`body over ${MAX_BODY} bytes`));
      else chunks.push(c);
    });
    req.on("end", () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      } catch {
        // recorded as an empty body; the check compares what it expected
      }
      const path = req.url ?? "";
      received.push({ path, body });
      const answer =
        path === `/bot${token}/createChatInviteLink`
          ? {
              ok: true,
              result: {
                invite_link: LINK,
                creator: { id: 7000000001, is_bot: true, first_name: "Invite Bot", username: "invite_test_bot" },
                creates_join_request: false,
                is_primary: false,
                is_revoked: false,
                ...(body.name ? { name: body.name } : {}),
                ...(body.expire_date ? { expire_date: body.expire_date } : {}),
                ...(body.member_limit ? { member_limit: body.member_limit } : {}),
              },
            }
          : { ok: false, error_code: 404, description: "Not Found" };
      res.writeHead(answer.ok ? 200 : 404, { "content-type": "application/json" });
      res.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    root: `http://127.0.0.1:${port}`,
    link: LINK,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
