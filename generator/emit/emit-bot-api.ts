// The Bot API modules, from schema/bot-api.json:
// - bot-methods.ts: per method its parameter type (Bot API names and limits), its body type and a
//   method object (`new BotMethods.CreateChatInviteLink({...})`) whose check runs the rules;
// - bot-api.ts: the helpers, which take a BotApiClient or an MTProto invoker, and the binding of
//   the generated request classes to the MTProto backend's seam (helpers/bot-api-mtproto.ts).
// A method is emitted when every MTProto method it names is in the closure.
import type { PackagePlan } from "../plan/plan.ts";
import { namespaceOf, pascalCase, requestClassName, requestModuleName } from "../plan/names.ts";
import type { EmittedFile } from "./module.ts";
import { RUNTIME } from "./runtime-modules.ts";
import { docComment } from "./escape.ts";

/** One parameter of a Bot API method, named as in the Bot API. */
export interface BotApiParamRule {
  kind: "chatId" | "userId" | "string" | "integer" | "boolean" | "date";
  required?: boolean;
  /** What the field is (the limits are added from the rule). */
  doc?: string;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  oneOf?: number[];
  /** The official server also accepts 0, meaning none. */
  zeroMeansNone?: boolean;
}

/** One Bot API method. */
export interface BotApiMethodRule {
  doc: string;
  /** The MTProto methods the MTProto backend sends for it. */
  mtproto: string[];
  params: Record<string, BotApiParamRule>;
  /** Groups of fields of which at most one may be set. */
  exclusive?: string[][];
  result: "ChatInviteLink" | "string" | "true";
}

/** schema/bot-api.json. */
export interface BotApiRules {
  methods: Record<string, BotApiMethodRule>;
}

/** The type package the Bot API's result types come from, and the range the package depends on. */
export const BOT_API_TYPES_PACKAGE = { name: "@grammyjs/types", range: "^5.0.0" } as const;

const KINDS = new Set(["chatId", "userId", "string", "integer", "boolean", "date"]);
const RESULTS = new Set(["ChatInviteLink", "string", "true"]);

const TS_OF_KIND: Record<BotApiParamRule["kind"], string> = {
  chatId: "number | string",
  userId: "number",
  string: "string",
  integer: "number",
  boolean: "boolean",
  date: "DateLike",
};

/**
 * The rules, checked: an error names the method and field of anything the emitter cannot use.
 * Everything in them reaches generated code: names become identifiers (so they must be
 * identifiers), limits become number literals (so they must be whole numbers), texts become doc
 * comments (escaped where they are written).
 */
export function checkBotApiRules(rules: BotApiRules): void {
  const fail = (where: string, why: string): never => {
    throw new Error(`schema/bot-api.json: ${where}: ${why}`);
  };
  if (!rules || typeof rules.methods !== "object" || rules.methods === null) fail("methods", "missing");
  for (const [name, m] of Object.entries(rules.methods)) {
    if (!/^[a-z][A-Za-z]+$/.test(name)) fail(name, "is not a Bot API method name");
    if (typeof m !== "object" || m === null) fail(name, "is not an object");
    if (typeof m.doc !== "string") fail(`${name}.doc`, "must be a text");
    if (!RESULTS.has(m.result)) fail(`${name}.result`, `must be one of ${[...RESULTS].join(", ")}`);
    if (!Array.isArray(m.mtproto) || m.mtproto.length === 0) fail(`${name}.mtproto`, "must list MTProto methods");
    for (const tl of m.mtproto) if (typeof tl !== "string" || !TL_NAME.test(tl)) fail(`${name}.mtproto`, `${JSON.stringify(tl)} is not a TL method name`);
    if (typeof m.params !== "object" || m.params === null || Array.isArray(m.params)) fail(`${name}.params`, "must be an object");
    for (const [field, p] of Object.entries(m.params)) checkParam(`${name}.params.${field}`, field, p, fail);
    if (m.exclusive !== undefined && !Array.isArray(m.exclusive)) fail(`${name}.exclusive`, "must be a list of lists");
    for (const group of m.exclusive ?? []) {
      if (!Array.isArray(group)) fail(`${name}.exclusive`, "must be a list of lists");
      for (const field of group) if (typeof field !== "string" || !Object.hasOwn(m.params, field)) fail(`${name}.exclusive`, `${JSON.stringify(field)} is not a parameter`);
    }
  }
}

/** A TL method name (`messages.exportChatInvite`). */
const TL_NAME = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)?$/;
/** A Bot API parameter name (`expire_date`): it is written as a property in generated code. */
const FIELD_NAME = /^[a-z][a-z0-9_]*$/;

function checkParam(where: string, field: string, p: BotApiParamRule, fail: (where: string, why: string) => never): void {
  if (!FIELD_NAME.test(field)) fail(where, "is not a Bot API parameter name (lowercase letters, digits and _)");
  if (typeof p !== "object" || p === null) fail(where, "is not an object");
  if (!KINDS.has(p.kind)) fail(`${where}.kind`, `"${String(p.kind)}" is not one of ${[...KINDS].join(", ")}`);
  if (p.doc !== undefined && typeof p.doc !== "string") fail(`${where}.doc`, "must be a text");
  for (const key of ["required", "zeroMeansNone"] as const) if (p[key] !== undefined && typeof p[key] !== "boolean") fail(`${where}.${key}`, "must be true or false");
  for (const key of ["minLength", "maxLength", "min", "max"] as const) {
    if (p[key] !== undefined && !Number.isSafeInteger(p[key])) fail(`${where}.${key}`, "must be a whole number");
  }
  if (p.oneOf !== undefined && !(Array.isArray(p.oneOf) && p.oneOf.every((n) => Number.isSafeInteger(n)))) fail(`${where}.oneOf`, "must be a list of whole numbers");
}

/** The methods whose MTProto methods are all in the closure; empty when none is. */
export function usableBotApiMethods(plan: PackagePlan, rules: BotApiRules | null): [string, BotApiMethodRule][] {
  if (!rules) return [];
  checkBotApiRules(rules);
  const have = plan.functionByName;
  return Object.entries(rules.methods).filter(([, m]) => m.mtproto.every((tl) => have.has(tl)));
}

/** src/bot-methods.ts and src/bot-api.ts, or nothing when no method is usable. */
export function emitBotApi(plan: PackagePlan, rules: BotApiRules | null): EmittedFile[] {
  const methods = usableBotApiMethods(plan, rules);
  if (methods.length === 0) return [];
  return [
    { kind: "ts-text", path: "bot-methods.ts", text: botMethodsModule(methods) },
    { kind: "ts-text", path: "bot-api.ts", text: botApiModule(methods) },
  ];
}

function limitsOf(p: BotApiParamRule): string[] {
  const zero = p.zeroMeansNone ? "0 or " : "";
  return [
    p.maxLength !== undefined ? `${p.minLength ?? 0}-${p.maxLength} characters` : "",
    p.minLength && p.maxLength === undefined ? "not empty" : "",
    p.min !== undefined ? `${zero}${p.min}-${p.max}` : "",
    p.oneOf ? `${zero}${p.oneOf.join(" or ")}` : "",
  ].filter(Boolean);
}

function docOf(field: string, p: BotApiParamRule): string {
  if (p.kind === "chatId")
    return 'The chat: its id (a user id, -N for a basic group, -100N for a channel or supergroup) or "@username".';
  if (p.kind === "userId") return "The user's id.";
  const limits = limitsOf(p);
  const what = p.doc ?? field;
  const date = p.kind === "date" ? ": a Date, unix seconds (in the future), or { seconds } / { days } from now" : "";
  return `${what}${date}${limits.length ? `; ${limits.join(", ")}` : ""}.`;
}

function checkCall(field: string, p: BotApiParamRule): string[] {
  const v = `p.${field}`;
  const name = JSON.stringify(field);
  if (p.kind === "chatId") return [`checkChatId(${v}, ${name});`];
  if (p.kind === "userId") return [`checkUserId(${v}, ${name});`];
  const out = p.required ? [`checkRequired(${v}, ${name});`] : [];
  if (p.kind === "string") out.push(`checkString(${v}, ${name}, ${p.minLength ?? 0}, ${p.maxLength ?? "null"});`);
  if (p.kind === "boolean") out.push(`checkBoolean(${v}, ${name});`);
  if (p.kind === "integer") {
    const rule = [
      p.min !== undefined ? `min: ${p.min}` : "",
      p.max !== undefined ? `max: ${p.max}` : "",
      p.oneOf ? `oneOf: [${p.oneOf.join(", ")}]` : "",
      p.zeroMeansNone ? "zeroMeansNone: true" : "",
    ].filter(Boolean);
    out.push(`checkInteger(${v}, ${name}, { ${rule.join(", ")} });`);
  }
  return out;
}

function methodClass(name: string, m: BotApiMethodRule): string[] {
  const Pascal = pascalCase(name);
  const params = Object.entries(m.params);
  const dates = params.filter(([, p]) => p.kind === "date").map(([f]) => f);
  const lines = [
    `/** Parameters of ${name} (https://core.telegram.org/bots/api#${name.toLowerCase()}), with the Bot API's names. */`,
    `export interface ${Pascal}Params {`,
  ];
  for (const [field, p] of params) lines.push(`  /** ${docComment(docOf(field, p)).replace(/\n/g, " ")} */`, `  ${field}${p.required ? "" : "?"}: ${TS_OF_KIND[p.kind]};`);
  lines.push("}", "");
  lines.push(`/** The JSON body of ${name}: its parameters after the checks, dates as unix seconds. */`);
  lines.push(`export type ${Pascal}Body = BotApiBody<${Pascal}Params>;`, "");
  lines.push(
    `/** ${docComment(m.doc).replace(/\n/g, " ")} The Bot API method ${name} as an object: \`client.call(m)\`, or \`m.toWebhookReply()\`. */`,
    `export class ${Pascal} extends BotMethod<${m.result}, ${Pascal}Params, ${Pascal}Body> {`,
    "  /** The Bot API method name. */",
    `  readonly method = ${JSON.stringify(name)};`,
    "  /** Its parameters' names. */",
    `  readonly fields = [${params.map(([f]) => JSON.stringify(f)).join(", ")}] as const;`,
    "",
    "  /** Runs the documented checks and builds the JSON body. */",
    `  protected check(p: Readonly<${Pascal}Params>, ${dates.length ? "clock" : "_clock"}: Clock): ${Pascal}Body {`,
  );
  for (const [field, p] of params) lines.push(...checkCall(field, p).map((c) => `    ${c}`));
  for (const group of m.exclusive ?? [])
    lines.push(`    checkExclusive([${group.map((f) => `p.${f}`).join(", ")}], [${group.map((f) => JSON.stringify(f)).join(", ")}]);`);
  if (dates.length === 0) lines.push(`    return { ...p };`);
  else {
    lines.push(`    const body = { ...p } as ${Pascal}Body;`);
    for (const f of dates)
      lines.push(`    if (p.${f} !== undefined) body.${f} = unixSeconds(p.${f}, ${JSON.stringify(f)}, clock);`);
    lines.push("    return body;");
  }
  lines.push("  }", "}", "");
  return lines;
}

function botMethodsModule(methods: [string, BotApiMethodRule][]): string {
  const usesResult = methods.some(([, m]) => m.result === "ChatInviteLink");
  // The runtime functions the method classes call: read off the calls they make.
  const body = methods.flatMap(([name, m]) => methodClass(name, m));
  const checks = [...new Set(body.join("\n").match(/\b(check[A-Z]\w+|unixSeconds)(?=\()/g))].sort();
  return [
    "// The Bot API's methods as objects (aiogram's method objects): parameters with the Bot API's",
    "// names, the documented limits checked before anything is sent, and the result type.",
    ...(usesResult ? [`import type { ChatInviteLink } from "${BOT_API_TYPES_PACKAGE.name}";`] : []),
    `import { BotMethod, type BotApiBody } from "./${RUNTIME.botApiMethod}";`,
    `import { ${checks.join(", ")} } from "./${RUNTIME.botApiChecks}";`,
    `import type { Clock${body.some((l) => l.includes("DateLike")) ? ", DateLike" : ""} } from "./${RUNTIME.botApiChecks}";`,
    "",
    ...body,
  ].join("\n");
}

function helper(name: string, m: BotApiMethodRule): string[] {
  const Pascal = pascalCase(name);
  const via = m.mtproto.filter((tl) => tl !== "users.getUsers").join(", ");
  return [
    `/**`,
    ...docComment(m.doc).split("\n").map((line) => ` * ${line}`.trimEnd()),
    ` * Over HTTP, sends Bot API ${name}; over MTProto, ${via}. Every limit is checked before`,
    ` * anything is sent (BotApiError naming the field).`,
    ` */`,
    `export async function ${name}(`,
    `  target: BotApiTarget,`,
    `  params: ${Pascal}Params,`,
    `  options: BotApiCallOptions = {},`,
    `): Promise<${m.result}> {`,
    `  const method = new BotMethods.${Pascal}(params);`,
    `  if (!("invoke" in target)) return target.call(method, options);`,
    `  return mtprotoInvites(target, requests).${name}(method.body(options.clock), options);`,
    "}",
    "",
  ];
}

function botApiModule(methods: [string, BotApiMethodRule][]): string {
  const tlMethods = [...new Set(methods.flatMap(([, m]) => m.mtproto))].sort();
  const byModule = new Map<string, string[]>();
  for (const tl of tlMethods) {
    const module = requestModuleName(namespaceOf(tl));
    byModule.set(module, [...(byModule.get(module) ?? []), requestClassName(tl)]);
  }
  const seamKey = (tl: string) => tl.slice(tl.lastIndexOf(".") + 1);
  const types = methods.map(([name]) => `${pascalCase(name)}Params`);
  return [
    "// The Bot API helpers: each takes a BotApiClient (the HTTP Bot API) or an MTProto invoker, the",
    "// Bot API's parameters, and resolves to the Bot API's result, on either backend alike.",
    ...[...byModule].map(([module, classes]) => `import { ${classes.sort().join(", ")} } from "./requests/${module}.js";`),
    `import type { ChatInviteLink } from "${BOT_API_TYPES_PACKAGE.name}";`,
    `import type { BotApiCallOptions, BotApiCaller } from "./${RUNTIME.botApiMethod}";`,
    `import type { Invoker } from "./${RUNTIME.invoker}";`,
    'import { mtprotoInvites, type InviteRequests } from "./helpers/bot-api-mtproto.js";',
    'import * as BotMethods from "./bot-methods.js";',
    `import type { ${types.join(", ")} } from "./bot-methods.js";`,
    "",
    "export { BotMethods };",
    `export type { ${types.join(", ")} } from "./bot-methods.js";`,
    // types.ts has MTProto's User: the Bot API's goes by another name.
    `export type { ChatInviteLink, User as BotApiUser } from "${BOT_API_TYPES_PACKAGE.name}";`,
    'export { botApiUserOf, chatInviteLinkOf } from "./helpers/chat-invite-link.js";',
    "",
    "/** Where a helper sends: the HTTP Bot API (a BotApiClient) or an MTProto invoker. */",
    'export type BotApiTarget = BotApiCaller | Pick<Invoker, "invoke">;',
    "",
    "/** The generated requests the MTProto backend sends. */",
    "const requests: Partial<InviteRequests> = {",
    ...tlMethods.map((tl) => `  ${seamKey(tl)}: (params) => new ${requestClassName(tl)}(params),`),
    "};",
    "",
    ...methods.flatMap(([name, m]) => helper(name, m)),
  ].join("\n");
}
