// bot-api.ts: Bot API helpers (createChatInviteLink, ...) generated from schema/bot-api.json. The
// rules there become each helper's parameter type and the checks it runs before sending; the
// mapping to the MTProto request is data too. Emitted when the helper's method is generated.
import type { PackagePlan } from "../plan/plan.ts";
import { capitalize, namespaceOf, requestClassName } from "./names.ts";

export interface BotApiParamRule {
  kind: "chat" | "user" | "string" | "integer" | "boolean" | "futureDate";
  /** The Bot API's name for it, used in error messages: `member_limit`. */
  botApi: string;
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  oneOf?: number[];
  /** The MTProto parameter it maps to; `a.b` sets field b of object parameter a. */
  to: string;
  /** `long`: sent as a bigint. */
  as?: "long";
}

export interface BotApiHelperRule {
  method: string;
  doc: string;
  params: Record<string, BotApiParamRule>;
  exclusive?: string[][];
  /** Constant MTProto values: `{ "revoked": true }`, `{ "subscriptionPricing._": "starsSubscriptionPricing" }`. */
  set?: Record<string, unknown>;
  result: "chatInviteLink" | "inviteLink" | "true";
}

export interface BotApiRules {
  helpers: Record<string, BotApiHelperRule>;
}

const TS_OF_KIND: Record<BotApiParamRule["kind"], string> = {
  chat: "TypeInputPeer | PeerLike",
  user: "TypeInputUser | PeerLike",
  string: "string",
  integer: "number",
  boolean: "boolean",
  futureDate: "DateLike",
};

function literal(v: unknown): string {
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

/** `{ peer: a, subscriptionPricing: { _: "x", period: b } }` from dotted paths. */
function objectLiteral(entries: [string, string][]): string {
  const tree = new Map<string, string | [string, string][]>();
  for (const [path, value] of entries) {
    const [head, ...rest] = path.split(".");
    if (rest.length === 0) tree.set(head, value);
    else tree.set(head, [...((tree.get(head) as [string, string][] | undefined) ?? []), [rest.join("."), value]]);
  }
  return `{ ${[...tree.entries()].map(([k, v]) => `${k}: ${typeof v === "string" ? v : objectLiteral(v)}`).join(", ")} }`;
}

function checks(name: string, rule: BotApiParamRule): string[] {
  const v = `params.${name}`;
  const field = JSON.stringify(rule.botApi);
  const out: string[] = [];
  if (rule.required) out.push(`checkRequired(${v}, ${field});`);
  if (rule.kind === "string") out.push(`checkString(${v}, ${field}, ${rule.maxLength ?? "null"});`);
  if (rule.kind === "integer") out.push(`checkInteger(${v}, ${field}, ${rule.min ?? "null"}, ${rule.max ?? "null"}, ${rule.oneOf ? `[${rule.oneOf.join(", ")}]` : "null"});`);
  if (rule.kind === "boolean") out.push(`checkBoolean(${v}, ${field});`);
  return out;
}

/** The helpers whose MTProto method is in the closure; empty when none is. */
export function usableHelpers(plan: PackagePlan, rules: BotApiRules | null): [string, BotApiHelperRule][] {
  if (!rules) return [];
  const have = new Set(plan.functions.map((f) => f.tlName));
  return Object.entries(rules.helpers).filter(([, h]) => have.has(h.method));
}

export function emitBotApi(plan: PackagePlan, rules: BotApiRules | null): string | null {
  const helpers = usableHelpers(plan, rules);
  if (helpers.length === 0) return null;
  const classes = new Map<string, Set<string>>();
  const lines: string[] = [];
  for (const [name, h] of helpers) {
    const ns = namespaceOf(h.method) ?? "root";
    const cls = requestClassName(h.method);
    classes.set(ns, (classes.get(ns) ?? new Set()).add(cls));
    const Params = `${capitalize(name)}Params`;
    lines.push(`/** Parameters of {@link ${name}}, named as in the Bot API (camelCase). */`, `export interface ${Params} {`);
    for (const [p, rule] of Object.entries(h.params)) {
      const limits = [rule.maxLength !== undefined ? `0-${rule.maxLength} characters` : "", rule.min !== undefined ? `${rule.min}-${rule.max}` : "", rule.oneOf ? `one of ${rule.oneOf.join(", ")}` : "", rule.kind === "futureDate" ? "in the future: a Date, unix seconds, { seconds } or { days } from now" : ""].filter(Boolean);
      lines.push(`  /** Bot API \`${rule.botApi}\`${limits.length ? ` (${limits.join("; ")})` : ""}; sent as \`${h.method}\`'s \`${rule.to}\`. */`);
      lines.push(`  ${p}${rule.required ? "" : "?"}: ${TS_OF_KIND[rule.kind]};`);
    }
    lines.push("}", "");
    const body: string[] = [];
    for (const [p, rule] of Object.entries(h.params)) body.push(...checks(p, rule));
    for (const group of h.exclusive ?? []) body.push(`checkExclusive([${group.map((p) => `params.${p}`).join(", ")}], [${group.map((p) => JSON.stringify(h.params[p].botApi)).join(", ")}]);`);
    const entries: [string, string][] = [];
    for (const [p, rule] of Object.entries(h.params)) {
      let value = `params.${p}`;
      if (rule.kind === "futureDate") value = `futureUnixSeconds(params.${p}, ${JSON.stringify(rule.botApi)}, options.clock ?? Date.now)`;
      if (rule.as === "long") value = rule.required ? `BigInt(params.${p})` : `(params.${p} === undefined ? undefined : BigInt(params.${p}))`;
      entries.push([rule.to, value]);
    }
    for (const [path, v] of Object.entries(h.set ?? {})) entries.push([path, literal(v)]);
    lines.push(
      `/** ${h.doc} Checks every documented limit first; builds the \`${h.method}\` request. */`,
      `export function ${name}Request(params: ${Params}, options: BotApiOptions = {}): ${cls} {`,
      ...body.map((b) => `  ${b}`),
      `  return new ${cls}(${objectLiteral(entries)});`,
      "}",
      "",
      `/** ${h.doc} Rejects with BotApiError before sending when a limit is broken. */`,
      `export async function ${name}(invoker: Pick<Invoker, "invoke">, params: ${Params}, options: BotApiOptions = {}): Promise<${h.result === "chatInviteLink" ? "ChatInviteLink" : h.result === "inviteLink" ? "string" : "true"}> {`,
      h.result === "true"
        ? `  await invoker.invoke(${name}Request(params, options));\n  return true;`
        : `  return ${h.result === "chatInviteLink" ? "chatInviteLinkOf" : "inviteLinkOf"}(await invoker.invoke(${name}Request(params, options)));`,
      "}",
      "",
    );
  }
  const imports = [
    ...[...classes.entries()].map(([ns, set]) => `import { ${[...set].sort().join(", ")} } from "./requests/${ns}.js";`),
    'import type { TypeInputPeer, TypeInputUser } from "./types.js";',
    'import { checkBoolean, checkExclusive, checkInteger, checkRequired, checkString, futureUnixSeconds } from "./runtime/bot-api-checks.js";',
    'import type { Clock, DateLike } from "./runtime/bot-api-checks.js";',
    'import type { Invoker } from "./runtime/invoker.js";',
    'import type { PeerLike } from "./runtime/peer-like.js";',
    'import { chatInviteLinkOf, inviteLinkOf, type ChatInviteLink } from "./helpers/chat-invite-link.js";',
  ];
  return [
    ...imports,
    "",
    "/** Options of every Bot API helper. */",
    "export interface BotApiOptions {",
    "  /** Where \"now\" comes from, in milliseconds (default Date.now): durations and the future check use it. */",
    "  clock?: Clock;",
    "}",
    "",
    ...lines,
    'export { LAYER } from "./runtime/layer.js";',
    "",
  ].join("\n");
}
