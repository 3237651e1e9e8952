// docs/: one Markdown page per root method and per type of the closure, plus an index. Like
// MadelineProto's per-method pages: each parameter with its TL type, its TypeScript type and the
// names a peer parameter also takes; Required from the grammar (a parameter is optional only
// when it is conditional); flags words are not parameters; an example that sets every parameter.
import { olderFormsSection } from "./docs-older-forms.ts";
import type { FieldPlan, FunctionPlan, PackagePlan, UnionPlan, WireType } from "../plan/plan.ts";
import { printCombinator } from "../model/canonical.ts";
import { botsLine, fieldDoc, htmlToMarkdown, type LinkTo } from "./doc-text.ts";
import { exampleParams, exampleQuery } from "./doc-examples.ts";
import { RESOLVE_USERNAME } from "./emit-peers.ts";
import { generatedHeaderComment } from "./header.ts";
import type { EmittedFile } from "./module.ts";
import { codeSpan, markdownText, stringLiteral } from "./escape.ts";

/** Markdown from the docs data (descriptions) as a page shows it: nothing in it more than text (escape.ts). */
const prose = (markdown: string): string => markdownText(markdown);

/** Text in a table cell: escaped prose on one line, its pipes escaped. */
const cell = (text: string): string => prose(text).replace(/(?<!\\)\|/g, "\\|").replace(/\n+/g, "<br>");

/** A heading's anchor as GitHub renders it: lowercase, dots and other punctuation dropped. */
export function anchorOf(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z0-9_ -]/g, "").replace(/ /g, "-");
}

/** Links from a page at `docs/<dir>/x.md` to the other pages. */
function pageLinks(plan: PackagePlan, prefix: string): LinkTo {
  return (tlName, kind) => {
    if (kind === "function") return plan.functionByName.has(tlName) ? `[${tlName}](${prefix}methods/${tlName}.md)` : null;
    const c = plan.constructorByName.get(tlName);
    return c?.union ? `[${tlName}](${prefix}types/${c.union.tlName}.md#${anchorOf(tlName)})` : null;
  };
}

function tlType(t: WireType, prefix: string): string {
  switch (t.kind) {
    case "primitive":
      return `\`${t.name}\``;
    case "bool":
      return "`Bool`";
    case "vector":
      return `${t.boxed ? "Vector" : "vector"}<${tlType(t.element, prefix)}>`;
    case "union":
      return `[${t.union.tlName}](${prefix}types/${t.union.tlName}.md)`;
    case "bare":
      return t.ctor.union ? `[%${t.ctor.tlName}](${prefix}types/${t.ctor.union.tlName}.md#${anchorOf(t.ctor.tlName)})` : `\`${t.ctor.tlName}\``;
    case "query":
      return `any request (\`!${t.param}\`)`;
    case "queryResult":
      return `\`${t.param}\` (the query's result)`;
  }
}

function tsTypeText(t: WireType): string {
  switch (t.kind) {
    case "primitive":
      return { int: "number", long: "bigint", double: "number", string: "string", bytes: "Uint8Array", int128: "Uint8Array (16 bytes)", int256: "Uint8Array (32 bytes)" }[t.name];
    case "bool":
      return "boolean";
    case "vector":
      return `${tsTypeText(t.element)}[]`;
    case "union":
      return t.union.typeName;
    case "bare":
      return t.ctor.typeName;
    case "query":
      return `TlRequest<${t.param}>`;
    case "queryResult":
      return t.param;
  }
}

/** What a peer parameter takes besides its TL objects (PeerLike<kind>), as MadelineProto lists it. */
const PEER_INPUTS: Record<NonNullable<FieldPlan["peer"]>["kind"], string> = {
  InputPeer:
    'or a name: `"me"`, `"@username"`, `"username"`, a t.me link; an id (a user id, `-N` for a basic group, `-100N` for a channel); a user, chat or channel from a result; a Peer',
  InputUser:
    'or a name: `"me"`, `"@username"`, `"username"`, a t.me link; a user id; a user from a result; a `peerUser`; an InputPeer of a user',
  InputChannel:
    'or a name: `"@username"`, `"username"`, a t.me link; a channel id (`-100N`, or the bare id); a channel from a result; a `peerChannel`; an `inputPeerChannel`',
};

function typeCells(f: FieldPlan, prefix: string): [string, string] {
  if (f.role === "flag") return ["`true` (a flag)", "`boolean`"];
  const ts = `\`${tsTypeText(f.wire)}\`${f.peer ? `, ${PEER_INPUTS[f.peer.kind]}` : ""}`;
  return [tlType(f.wire, prefix), ts];
}

function paramName(f: FieldPlan): string {
  return f.prop === f.tlName ? `\`${f.prop}\`` : `\`${f.prop}\` (\`${f.tlName}\`)`;
}

function fieldsTable(fields: FieldPlan[], words: string[], prefix: string, linkTo: LinkTo): string[] {
  if (fields.length === 0 && words.length === 0) return ["None."];
  const rows = fields.map((f) => {
    const [tl, ts] = typeCells(f, prefix);
    return `| ${paramName(f)} | ${tl} | ${ts} | ${f.role === "required" ? "Required" : "Optional"} | ${cell(fieldDoc(f, linkTo))} |`;
  });
  const notes = words.length
    ? ["", `${words.map((w) => `\`${w}\``).join(" and ")} ${words.length > 1 ? "are not parameters: they are" : "is not a parameter: it is"} computed from which optional fields are given.`]
    : [];
  return ["| Name | TL type | TypeScript | Required | Description |", "| --- | --- | --- | --- | --- |", ...rows, ...notes];
}

function methodPage(plan: PackagePlan, f: FunctionPlan): string {
  const linkTo = pageLinks(plan, "../");
  const cls = `Api.${f.namespace ? `${f.namespace}.` : ""}${f.className}`;
  const throws = f.docs?.throws ?? [];
  const resultNote = f.result.kind === "queryResult" ? "the query's result" : tsTypeText(f.result);
  return [
    `# ${f.tlName}`,
    "",
    ...(f.docs?.description ? [prose(htmlToMarkdown(f.docs.description, linkTo)), ""] : []),
    "```tl",
    printCombinator(f.tl),
    "```",
    "",
    `TypeScript: \`${cls}\` (layer ${plan.layer}).`,
    "",
    "## Parameters",
    "",
    ...fieldsTable(f.fields, f.words.map((w) => w.tlName), "../", linkTo),
    "",
    "## Returns",
    "",
    `${tlType(f.result, "../")} (TypeScript: \`${tsTypeText(f.result)}\`)`,
    "",
    "## Can bots use this method",
    "",
    f.availability === "user" ? "No: users only." : f.availability === "bot" ? "Yes: bots only." : "Yes.",
    "",
    "## Errors",
    "",
    ...(throws.length
      ? ["| Code | Type | Description |", "| --- | --- | --- |", ...throws.map((t) => `| ${t.code} | ${codeSpan(t.name).replace(/\|/g, "\\|")} | ${cell(t.description ? htmlToMarkdown(t.description, linkTo) : "")} |`)]
      : ["No method-specific errors are known; the generic ones (FLOOD_WAIT_%d, ...) apply."]),
    "",
    "## Example",
    "",
    "```ts",
    ...invokerLines(plan, f),
    `const request = new ${cls}(${exampleParams(f, exampleQuery(plan.functions))});`,
    "try {",
    `  const result = await invoker.invoke(request); // ${resultNote}`,
    "} catch (error) {",
    "  if (isRpcErrorOf(error, request)) console.log(error.code, error.type, error.params);",
    "  else throw error;",
    "}",
    "```",
    "",
  ].join("\n");
}

/**
 * The example's import and invoker: one that looks "@names" up (the example's peers are names)
 * when the package has contacts.resolveUsername, else one given a resolver of your own.
 */
function invokerLines(plan: PackagePlan, f: FunctionPlan): string[] {
  const send = "// send: (body: Uint8Array, { signal }) => Promise<Uint8Array>, your MTProto connection";
  const named = f.fields.some((x) => x.peer !== null);
  const resolving = named && plan.functionByName.has(RESOLVE_USERNAME);
  return [
    `import { Api, ${resolving ? "createResolvingInvoker" : "createInvoker"}, isRpcErrorOf } from ${stringLiteral(plan.packageName)};`,
    "",
    resolving
      ? `const invoker = createResolvingInvoker(send); ${send}; "@names" are looked up with contacts.resolveUsername`
      : named
        ? `const invoker = createInvoker(send, { resolver }); ${send}; resolver: looks "@names" up`
        : `const invoker = createInvoker(send); ${send}`,
  ];
}

function typePage(plan: PackagePlan, u: UnionPlan): string {
  const linkTo = pageLinks(plan, "../");
  const lines = [`# ${u.tlName}`, "", ...(u.description ? [prose(htmlToMarkdown(u.description, linkTo)), ""] : [])];
  lines.push(`TypeScript: \`${u.typeName}\`. Constructors:`, "");
  for (const c of u.constructors) {
    const d = c.docs?.description;
    lines.push(
      `## ${c.tlName}`,
      "",
      ...(d ? [prose(htmlToMarkdown(d, linkTo)), ""] : []),
      "```tl",
      printCombinator(c.tl),
      "```",
      "",
      `TypeScript: \`${c.typeName}\`.`,
      "",
      ...fieldsTable(c.fields, c.words.map((w) => w.tlName), "../", linkTo),
      "",
      ...olderFormsSection(plan, c),
    );
  }
  return lines.join("\n");
}

function indexPage(plan: PackagePlan): string {
  return [
    `# ${plan.packageName} reference (layer ${plan.layer})`,
    "",
    "## Methods",
    "",
    "| Method | Returns | Bots |",
    "| --- | --- | --- |",
    ...plan.functions.map((f) => `| [${f.tlName}](methods/${f.tlName}.md) | ${tlType(f.result, "")} | ${botsLine(f.availability).replace(/\.$/, "")} |`),
    "",
    "## Types",
    "",
    ...plan.unions.map((u) => `- [${u.tlName}](types/${u.tlName}.md): ${u.constructors.length} constructor${u.constructors.length === 1 ? "" : "s"}`),
    "",
  ].join("\n");
}

export function emitDocs(plan: PackagePlan): EmittedFile[] {
  const header = `${generatedHeaderComment(plan)}\n\n`;
  const page = (path: string, content: string): EmittedFile => ({ kind: "text", path, content: header + content });
  return [
    page("docs/index.md", indexPage(plan)),
    ...plan.functions.map((f) => page(`docs/methods/${f.tlName}.md`, methodPage(plan, f))),
    ...plan.unions.map((u) => page(`docs/types/${u.tlName}.md`, typePage(plan, u))),
  ];
}
