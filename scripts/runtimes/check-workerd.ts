// The workerd check: examples/workers-bot, bundled by esbuild with a package the tarball's tlgen
// generated, runs in workerd (Cloudflare's Workers runtime). It answers a join request with a
// webhook reply (toWebhookReply()), and "/invite" by calling BotApiClient, whose fetch goes to a
// loopback Bot API server here (the Worker's only way out is a network service limited to local
// addresses).
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import type { CheckResult } from "./check-generate.ts";
import { startBotApi } from "./loopback-bot-api.ts";

const TOKEN = "123456:TEST-token";
const SECRET = "webhook-secret";

/** The workerd config: the bot Worker on a loopback socket, its fetches limited to loopback. */
function config(apiRoot: string): string {
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "bot", worker = .bot),
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "bot")],
);

const bot :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2025-01-01",
  globalOutbound = "loopback",
  bindings = [
    (name = "BOT_TOKEN", text = ${JSON.stringify(TOKEN)}),
    (name = "WEBHOOK_SECRET", text = ${JSON.stringify(SECRET)}),
    (name = "BOT_API_ROOT", text = ${JSON.stringify(apiRoot)}),
  ],
);
`;
}

/** Starts workerd and resolves to the port its socket listens on (from its control messages). */
function startWorkerd(
  bin: string,
  dir: string,
): Promise<{ port: number; stop: () => Promise<void>; output: () => string }> {
  // fd 3 is workerd's control channel: it says `{"event":"listen","socket":"http","port":N}`.
  const child = spawn(bin, ["serve", join(dir, "config.capnp"), "--control-fd=3"], {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d));
  child.stderr!.on("data", (d: Buffer) => (output += d));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`workerd did not listen within 30 s:\n${output}`));
    }, 30_000);
    let control = "";
    child.stdio[3]!.on("data", (d: Buffer) => {
      control += d;
      for (const line of control.split("\n")) {
        const m = /"event":"listen".*"port":(\d+)/.exec(line);
        if (m) {
          clearTimeout(timer);
          resolve({ port: Number(m[1]), stop, output: () => output });
        }
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`workerd exited (${code}) before it listened:\n${output}`));
    });
  });
}

/** POSTs an update to the Worker as Telegram does, and returns the status and the parsed reply. */
async function post(port: number, update: object, secret = SECRET): Promise<{ status: number; body: unknown }> {
  const r = await fetch(`http://127.0.0.1:${port}/`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
    body: JSON.stringify(update),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await r.text();
  const json = r.headers.get("content-type")?.startsWith("application/json");
  return { status: r.status, body: json ? JSON.parse(text) : text };
}

function expectEqual(what: string, actual: unknown, expected: unknown): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}:\n  got      ${a}\n  expected ${e}`);
}

/** Runs the example in workerd with the package at `packageDir`, in `dir`. */
export async function checkWorkerd(
  bin: string,
  version: string,
  example: string,
  packageDir: string,
  dir: string,
): Promise<CheckResult> {
  const name = `workerd ${version}`;
  const api = await startBotApi(TOKEN);
  let workerd: Awaited<ReturnType<typeof startWorkerd>> | undefined;
  try {
    await build({
      entryPoints: [example],
      outfile: join(dir, "worker.js"),
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      alias: { "tl-invite": packageDir },
      logLevel: "error",
    });
    writeFileSync(join(dir, "config.capnp"), config(api.root));
    workerd = await startWorkerd(bin, dir);
    const chat = { id: -1001234567890, type: "supergroup", title: "Wörkers 🚀" };
    const from = { id: 42, is_bot: false, first_name: "Zoë" };

    const join_ = await post(workerd.port, {
      update_id: 1,
      chat_join_request: { chat, from, user_chat_id: 42, date: 1700000000 },
    });
    expectEqual("the join request's webhook reply", join_, {
      status: 200,
      body: { method: "approveChatJoinRequest", chat_id: chat.id, user_id: 42 },
    });

    const before = Math.floor(Date.now() / 1000);
    const invite = await post(workerd.port, {
      update_id: 2,
      message: { message_id: 7, date: before, chat, from, text: "/invite" },
    });
    const link = api.received.at(-1);
    expectEqual(
      "the Bot API call the Worker made",
      link && {
        path: link.path,
        chat_id: link.body.chat_id,
        name: link.body.name,
        member_limit: link.body.member_limit,
      },
      {
        path: `/bot${TOKEN}/createChatInviteLink`,
        chat_id: chat.id,
        name: "Friends",
        member_limit: 10,
      },
    );
    const expires = Number(link?.body.expire_date) - before;
    if (!(expires >= 86_399 && expires <= 86_460)) throw new Error(`expire_date is ${expires} s from now, not a day`);
    expectEqual("the /invite webhook reply", invite, {
      status: 200,
      body: { method: "sendMessage", chat_id: chat.id, text: `${api.link} (for 10 people)` },
    });

    const refused = await post(workerd.port, { update_id: 3 }, "wrong");
    expectEqual("an update with the wrong secret token", refused.status, 403);
    return {
      name,
      ok: true,
      detail: "webhook reply with toWebhookReply(); BotApiClient through fetch to a loopback Bot API",
    };
  } catch (e) {
    const logs = workerd?.output().trim();
    return {
      name,
      ok: false,
      detail: `${e instanceof Error ? e.message : String(e)}${logs ? `\nworkerd said:\n${logs}` : ""}`,
    };
  } finally {
    await workerd?.stop();
    await api.close();
  }
}
