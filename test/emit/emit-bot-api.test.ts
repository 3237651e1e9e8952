// emitBotApi on the plan of a small schema and rules written in the test: a Bot API method is
// emitted only when the plan has every MTProto method it names; its parameter type, checks and
// date conversion follow its rules; the helpers bind the plan's request classes. Text compared
// with whitespace collapsed.
import { describe, expect, it } from "vitest";
import { BOT_API_TYPES_PACKAGE, emitBotApi, usableBotApiMethods, type BotApiRules } from "../../generator/emit/emit-bot-api.ts";
import { BUILTINS, planFromTl, squash } from "../support/small-schema.ts";

const TL = `${BUILTINS}
inputPeerSelf = InputPeer;
inputUserSelf = InputUser;
chatInvite link:string = ExportedChatInvite;
user id:long = User;
---functions---
messages.exportChatInvite flags:# peer:InputPeer expire_date:flags.0?int usage_limit:flags.1?int title:flags.4?string = ExportedChatInvite;
users.getUsers id:Vector<InputUser> = Vector<User>;
`;

const RULES: BotApiRules = {
  methods: {
    createChatInviteLink: {
      doc: "Creates a link.",
      mtproto: ["messages.exportChatInvite", "users.getUsers"],
      params: {
        chat_id: { kind: "chatId", required: true },
        name: { kind: "string", maxLength: 32, doc: "Invite link name" },
        expire_date: { kind: "date", doc: "When the link expires" },
        member_limit: { kind: "integer", min: 1, max: 99999, zeroMeansNone: true, doc: "How many may join" },
        creates_join_request: { kind: "boolean", doc: "Approval needed" },
      },
      exclusive: [["member_limit", "creates_join_request"]],
      result: "ChatInviteLink",
    },
    exportChatInviteLink: {
      doc: "Replaces the primary link.",
      mtproto: ["messages.exportChatInvite"],
      params: { chat_id: { kind: "chatId", required: true }, period: { kind: "integer", oneOf: [2592000, 31536000] } },
      result: "string",
    },
    approveChatJoinRequest: {
      doc: "Approves a request.",
      mtproto: ["messages.hideChatJoinRequest"],
      params: { chat_id: { kind: "chatId", required: true }, user_id: { kind: "userId", required: true } },
      result: "true",
    },
  },
};

const full = () => planFromTl(TL);
const exportOnly = () => planFromTl(TL, { roots: ["messages.exportChatInvite"] });

/** The text of one emitted file, by its path; the emitter's files are ts-text modules. */
function fileText(files: ReturnType<typeof emitBotApi>, path: string): string {
  const file = files.find((f) => f.path === path);
  expect(file?.kind).toBe("ts-text");
  return (file as { text: string }).text;
}

describe("which Bot API methods are emitted", () => {
  it("are those whose MTProto methods are all in the plan", () => {
    expect(usableBotApiMethods(full(), RULES).map(([name]) => name)).toEqual(["createChatInviteLink", "exportChatInviteLink"]);
    expect(usableBotApiMethods(exportOnly(), RULES).map(([name]) => name)).toEqual(["exportChatInviteLink"]);
  });

  it("are none without rules or without a usable method: then no module is emitted", () => {
    expect(emitBotApi(full(), null)).toEqual([]);
    expect(emitBotApi(planFromTl(TL, { roots: ["users.getUsers"] }), RULES)).toEqual([]);
  });

  it("are checked first: a rule the emitter cannot use is refused with its place", () => {
    const bad = { methods: { exportChatInviteLink: { ...RULES.methods.exportChatInviteLink, mtproto: [] } } };
    expect(() => usableBotApiMethods(full(), bad)).toThrow("schema/bot-api.json: exportChatInviteLink.mtproto: must list MTProto methods");
  });
});

describe("bot-methods.ts", () => {
  const methods = () => squash(fileText(emitBotApi(full(), RULES), "bot-methods.ts"));

  it("types each method's parameters with the Bot API's names, required ones required, limits in the docs", () => {
    const text = methods();
    expect(text).toContain("export interface CreateChatInviteLinkParams {");
    expect(text).toContain("chat_id: number | string;");
    expect(text).toContain("/** Invite link name; 0-32 characters. */ name?: string;");
    expect(text).toContain("expire_date?: DateLike;");
    expect(text).toContain("/** How many may join; 0 or 1-99999. */ member_limit?: number;");
    expect(text).toContain("/** Approval needed. */ creates_join_request?: boolean;");
    expect(text).toContain("/** period; 2592000 or 31536000. */ period?: number;");
  });

  it("runs each documented check, exclusive groups included, and converts dates with the clock", () => {
    const text = methods();
    expect(text).toContain(
      "protected check(p: Readonly<CreateChatInviteLinkParams>, clock: Clock): CreateChatInviteLinkBody { " +
        'checkChatId(p.chat_id, "chat_id"); checkString(p.name, "name", 0, 32); ' +
        'checkInteger(p.member_limit, "member_limit", { min: 1, max: 99999, zeroMeansNone: true }); checkBoolean(p.creates_join_request, "creates_join_request"); ' +
        'checkExclusive([p.member_limit, p.creates_join_request], ["member_limit", "creates_join_request"]); ' +
        "const body = { ...p } as CreateChatInviteLinkBody; " +
        'if (p.expire_date !== undefined) body.expire_date = unixSeconds(p.expire_date, "expire_date", clock); return body; }',
    );
    expect(text).toContain('protected check(p: Readonly<ExportChatInviteLinkParams>, _clock: Clock): ExportChatInviteLinkBody { checkChatId(p.chat_id, "chat_id"); checkInteger(p.period, "period", { oneOf: [2592000, 31536000] }); return { ...p }; }');
  });

  it("makes each method an object class with its Bot API name and result type", () => {
    const text = methods();
    expect(text).toContain('export class CreateChatInviteLink extends BotMethod<ChatInviteLink, CreateChatInviteLinkParams, CreateChatInviteLinkBody> { /** The Bot API method name. */ readonly method = "createChatInviteLink";');
    expect(text).toContain("export class ExportChatInviteLink extends BotMethod<string, ExportChatInviteLinkParams, ExportChatInviteLinkBody>");
  });

  it("imports exactly the checks it calls and the result type package when a result needs it", () => {
    const text = methods();
    expect(text).toContain(`import type { ChatInviteLink } from "${BOT_API_TYPES_PACKAGE.name}";`);
    expect(text).toContain('import { checkBoolean, checkChatId, checkExclusive, checkInteger, checkString, unixSeconds } from "./runtime/bot-api/bot-api-checks.js";');
    expect(text).toContain('import type { Clock, DateLike } from "./runtime/bot-api/bot-api-checks.js";');
    const lean = squash(fileText(emitBotApi(exportOnly(), RULES), "bot-methods.ts"));
    expect(lean).not.toContain(BOT_API_TYPES_PACKAGE.name);
    expect(lean).toContain('import { checkChatId, checkInteger } from "./runtime/bot-api/bot-api-checks.js"; import type { Clock } from "./runtime/bot-api/bot-api-checks.js";');
  });
});

describe("bot-api.ts", () => {
  const api = () => squash(fileText(emitBotApi(full(), RULES), "bot-api.ts"));

  it("imports the plan's request classes by module and binds them to the MTProto seam", () => {
    const text = api();
    expect(text).toContain('import { ExportChatInvite } from "./requests/messages.js"; import { GetUsers } from "./requests/users.js";');
    expect(text).toContain("const requests: Partial<InviteRequests> = { exportChatInvite: (params) => new ExportChatInvite(params), getUsers: (params) => new GetUsers(params), };");
  });

  it("gives each method a helper sending over HTTP or MTProto, naming the MTProto methods it sends", () => {
    const text = api();
    expect(text).toContain(
      "export async function createChatInviteLink( target: BotApiTarget, params: CreateChatInviteLinkParams, options: BotApiCallOptions = {}, ): Promise<ChatInviteLink> { " +
        "const method = new BotMethods.CreateChatInviteLink(params); " +
        'if (!("invoke" in target)) return target.call(method, options); ' +
        "return mtprotoInvites(target, requests).createChatInviteLink(method.body(options.clock), options); }",
    );
    expect(text).toContain("Over HTTP, sends Bot API createChatInviteLink; over MTProto, messages.exportChatInvite. Every limit");
    expect(text).toContain("export type { CreateChatInviteLinkParams, ExportChatInviteLinkParams } from \"./bot-methods.js\";");
  });
});
