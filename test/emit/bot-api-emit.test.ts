// The Bot API modules and the helpers around them: a method is emitted only with every MTProto
// method it names, bad rules are refused with their place, helpers are copied byte for byte when
// (and only when) a generated module imports them, and the package then lists its type package.
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generate, includedHelpers, type GenerateResult } from "../../generator/pipeline.ts";
import { loadHelpers, loadIdAllowlist, loadRuntime, PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { EMPTY_DOCS } from "../../generator/model/schema-docs.ts";
import { BOT_API_TYPES_PACKAGE, checkBotApiRules, type BotApiRules } from "../../generator/emit/emit-bot-api.ts";
import { fileOf, generateFixture } from "../support/generate-fixture.ts";
import { readSchema } from "../helpers.ts";

const rules = JSON.parse(readSchema("bot-api.json")) as BotApiRules;

let onlyExport: GenerateResult;
beforeAll(async () => {
  onlyExport = await generate({
    sources: ["api.tl", "mtproto.tl"].map((f) => ({ file: `schema/${f}`, text: readSchema(f) })),
    selection: [{ pattern: "messages.exportChatInvite", span: { file: "--include", line: 1, column: 1, offset: 0, end: 0 } }],
    all: false,
    docs: EMPTY_DOCS,
    idAllowlist: loadIdAllowlist(),
    runtime: loadRuntime(),
    helpers: loadHelpers(),
    botApi: rules,
    packageName: "tl-export-only",
  });
}, 60_000);

describe("the Bot API modules", () => {
  it("emit only the methods whose MTProto methods are all generated", () => {
    const api = fileOf(onlyExport, "src/bot-api.ts");
    expect(api).toContain("export async function exportChatInviteLink(");
    expect(api).not.toContain("createChatInviteLink"); // it also needs users.getUsers
    expect(api).toContain('import { ExportChatInvite } from "./requests/messages.js";');
    expect(fileOf(onlyExport, "src/index.ts")).toContain('export * from "./bot-api.js";');
    expect(onlyExport.files.some((f) => f.path === "src/peers.ts")).toBe(false);
  });

  it("copy the helpers they import, byte for byte, and list the type package as a dependency", () => {
    const helpers = onlyExport.files.filter((f) => f.path.startsWith("src/helpers/")).map((f) => f.path);
    expect(helpers).toEqual(["src/helpers/bot-api-mtproto.ts", "src/helpers/chat-invite-link.ts"]);
    for (const h of loadHelpers().filter((x) => helpers.includes(`src/helpers/${x.name}`))) expect(fileOf(onlyExport, `src/helpers/${h.name}`)).toBe(h.text);
    expect(JSON.parse(fileOf(onlyExport, "package.json")).dependencies).toEqual({ [BOT_API_TYPES_PACKAGE.name]: BOT_API_TYPES_PACKAGE.range });
  });

  it("refuse rules they cannot use, naming the place", () => {
    const bad = (methods: unknown) => () => checkBotApiRules({ methods } as BotApiRules);
    expect(bad({ exportChatInviteLink: { ...rules.methods.exportChatInviteLink, result: "Nope" } })).toThrow("schema/bot-api.json: exportChatInviteLink.result: must be one of");
    expect(bad({ "get-me": rules.methods.exportChatInviteLink })).toThrow("schema/bot-api.json: get-me: is not a Bot API method name");
    expect(bad({ createChatInviteLink: { ...rules.methods.createChatInviteLink, params: { chat_id: { kind: "peer" } } } })).toThrow('createChatInviteLink.params.chat_id.kind: "peer" is not one of');
    expect(bad({ createChatInviteLink: { ...rules.methods.createChatInviteLink, exclusive: [["nope"]] } })).toThrow('createChatInviteLink.exclusive: "nope" is not a parameter');
  });
});

describe("helpers in a package", () => {
  it("are those a generated module imports, and the helpers those import in turn", () => {
    const helpers = [
      { name: "a.ts", text: 'import { b } from "./b.js";\nimport { x } from "../runtime/index.js";\n' },
      { name: "b.ts", text: "export const b = 1;\n" },
      { name: "unused.ts", text: "export const u = 1;\n" },
    ];
    const modules = new Map([["bot-api.ts", 'import { a } from "./helpers/a.js";\n']]);
    expect(includedHelpers(modules, helpers).map((h) => h.name)).toEqual(["a.ts", "b.ts"]);
    expect(includedHelpers(new Map([["index.ts", ""]]), helpers)).toEqual([]);
  });

  it("refuse a module that imports a helper that does not exist", () => {
    expect(() => includedHelpers(new Map([["peers.ts", 'import { p } from "./helpers/gone.js";']]), [])).toThrow(
      "peers.ts imports helpers/gone.js, but generator/helpers/gone.ts is not among the helpers",
    );
  });

  it("are not in a package that does not use them, which then has no dependencies", async () => {
    const fixture = await generateFixture(["schema/fixtures/builtins.tl", "schema/fixtures/emitter-cases.tl"]);
    const paths = fixture.files.map((f) => f.path);
    expect(paths.filter((p) => p.includes("/helpers/") || /^(src|dist)\/(bot-|peers)/.test(p))).toEqual([]);
    expect(JSON.parse(fileOf(fixture, "package.json")).dependencies).toBeUndefined();
  });

  it("are copied into generated/ byte for byte, every one of them", () => {
    for (const h of loadHelpers()) expect(readFileSync(join(PROJECT_ROOT, "generated", "src", "helpers", h.name), "utf8"), h.name).toBe(h.text);
  });

  it("come with a root devDependency on the type package within the generated range", () => {
    const root = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8"));
    const major = BOT_API_TYPES_PACKAGE.range.replace(/^\^/, "").split(".")[0];
    expect(root.devDependencies[BOT_API_TYPES_PACKAGE.name].split(".")[0]).toBe(major);
  });
});
