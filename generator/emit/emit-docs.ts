// docs/: one Markdown page per root method and per type of the closure, plus an index. Like
// MadelineProto's per-method pages, but Required comes from the grammar (a parameter is optional
// only when it is conditional) and flags words are not shown as parameters.
import type { Combinator, TypeRef, Union } from "../model/ir.ts";
import type { EmitContext } from "./context.ts";
import { planCombinator, type FieldPlan } from "./field-plan.ts";
import { availabilityOf, botsLine, fieldDoc, htmlToMarkdown } from "./doc-text.ts";
import { printCombinator } from "../model/canonical.ts";
import { namespaceOf, requestClassName, unionTypeName, constructorTypeName } from "./names.ts";

export interface DocPage {
  path: string;
  content: string;
}

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n+/g, "<br>");

function typeLink(t: TypeRef, ctx: EmitContext, prefix: string): string {
  switch (t.kind) {
    case "primitive":
      return `\`${t.name}\``;
    case "vector":
      return `${t.boxed ? "Vector" : "vector"}<${typeLink(t.element, ctx, prefix)}>`;
    case "union":
      if (t.name === "Bool") return "`Bool`";
      return ctx.closure.unions.some((u) => u.name === t.name) ? `[${t.name}](${prefix}types/${t.name}.md)` : `\`${t.name}\``;
    case "bare":
      return `\`${t.percent ? "%" : ""}${t.name}\``;
    case "typeParam":
      return t.bang ? `any request (\`!${t.name}\`)` : `\`${t.name}\` (the query's result)`;
  }
}

function paramName(f: FieldPlan): string {
  return f.prop === f.param.name ? `\`${f.prop}\`` : `\`${f.prop}\` (\`${f.param.name}\`)`;
}

function fieldsTable(c: Combinator, ctx: EmitContext, prefix: string, forRequest: boolean): string[] {
  const plan = planCombinator(c, forRequest);
  if (plan.fields.length === 0) return ["None."];
  const rows = plan.fields.map((f) => {
    const type = f.role === "flag" ? "`true` (a flag: a boolean)" : typeLink(f.param.type, ctx, prefix);
    return `| ${paramName(f)} | ${type} | ${f.role === "required" ? "Required" : "Optional"} | ${cell(fieldDoc(c, f, ctx.docs))} |`;
  });
  const notes = plan.flagsWords.length
    ? ["", `${plan.flagsWords.map((w) => `\`${w.name}\``).join(" and ")} ${plan.flagsWords.length > 1 ? "are not parameters: they are" : "is not a parameter: it is"} computed from which optional fields are given.`]
    : [];
  return ["| Name | Type | Required | Description |", "| --- | --- | --- | --- |", ...rows, ...notes];
}

/** A placeholder value of a type for the usage example. */
function exampleValue(t: TypeRef, ctx: EmitContext): string {
  switch (t.kind) {
    case "primitive":
      return t.name === "long" ? "0n" : t.name === "string" ? '"..."' : t.name === "double" || t.name === "int" ? "0" : "new Uint8Array()";
    case "vector":
      return "[]";
    case "union": {
      if (t.name === "Bool") return "true";
      const u = ctx.unionByName.get(t.name);
      const empty = u?.constructors.filter((n) => ctx.ctorByName.get(n)?.params.length === 0) ?? [];
      const simple = empty.find((n) => n.endsWith("Self")) ?? empty[0] ?? u?.constructors[0] ?? t.name;
      return `{ _: "${simple}" }`;
    }
    case "bare":
      return `{ _: "${t.name}" }`;
    case "typeParam":
      return "new Api.help.GetInviteText()";
  }
}

function methodPage(f: Combinator, ctx: EmitContext): string {
  const d = ctx.docs.entries[f.name];
  const ns = namespaceOf(f.name);
  const cls = `Api.${ns ? `${ns}.` : ""}${requestClassName(f.name)}`;
  const required = planCombinator(f, true).fields.filter((p) => p.role === "required");
  const args = required.map((p) => `  ${p.prop}: ${exampleValue(p.param.type, ctx)},`);
  const throws = d?.throws ?? [];
  return [
    `# ${f.name}`,
    "",
    ...(d?.description ? [htmlToMarkdown(d.description), ""] : []),
    "```tl",
    printCombinator(f),
    "```",
    "",
    `Declared at ${f.span.file}:${f.span.line}. TypeScript: \`${cls}\`.`,
    "",
    "## Parameters",
    "",
    ...fieldsTable(f, ctx, "../", true),
    "",
    "## Returns",
    "",
    typeLink(f.result, ctx, "../"),
    "",
    "## Can bots use this method",
    "",
    availabilityOf(f, ctx.docs) === "user" ? "No: users only." : availabilityOf(f, ctx.docs) === "bot" ? "Yes: bots only." : "Yes.",
    "",
    "## Errors",
    "",
    ...(throws.length
      ? ["| Code | Type | Description |", "| --- | --- | --- |", ...throws.map((t) => `| ${t.code} | \`${t.name}\` | ${cell(t.description ? htmlToMarkdown(t.description) : "")} |`)]
      : ["No method-specific errors are known; the generic ones (FLOOD_WAIT_%d, ...) apply."]),
    "",
    "## Example",
    "",
    "```ts",
    `import { Api, decodeRpcError, isRpcErrorOf } from "${ctx.packageName}";`,
    "",
    `const request = new ${cls}({${args.length ? "\n" + args.join("\n") + "\n" : ""}});`,
    "const body = request.serialize(); // send it over your MTProto connection",
    "",
    "// When the answer arrives:",
    `// const result = request.decodeResult(answer); // ${f.result.kind === "typeParam" ? "the query's result" : ctx.ts(f.result)}`,
    "// or, for an rpc_error answer:",
    "// const error = decodeRpcError(answer);",
    "// if (isRpcErrorOf(error, request)) console.log(error.code, error.type, error.params);",
    "```",
    "",
  ].join("\n");
}

function typePage(u: Union, ctx: EmitContext): string {
  const lines = [`# ${u.name}`, "", ...(ctx.docs.types[u.name] ? [htmlToMarkdown(ctx.docs.types[u.name]), ""] : [])];
  lines.push(`TypeScript: \`${unionTypeName(u.name)}\`. Constructors:`, "");
  for (const name of u.constructors) {
    const c = ctx.ctorByName.get(name)!;
    const d = ctx.docs.entries[name]?.description;
    lines.push(`## ${name}`, "", ...(d ? [htmlToMarkdown(d), ""] : []), "```tl", printCombinator(c), "```", "", `TypeScript: \`${constructorTypeName(name)}\`.`, "", ...fieldsTable(c, ctx, "../", false), "");
  }
  return lines.join("\n");
}

function indexPage(ctx: EmitContext, roots: Combinator[]): string {
  return [
    `# ${ctx.packageName} reference (layer ${ctx.layer})`,
    "",
    "## Methods",
    "",
    "| Method | Returns | Bots |",
    "| --- | --- | --- |",
    ...roots.map((f) => `| [${f.name}](methods/${f.name}.md) | ${typeLink(f.result, ctx, "")} | ${botsLine(availabilityOf(f, ctx.docs)).replace(/\.$/, "")} |`),
    "",
    "## Types",
    "",
    ...ctx.closure.unions.map((u) => `- [${u.name}](types/${u.name}.md): ${u.constructors.length} constructor${u.constructors.length === 1 ? "" : "s"}`),
    "",
  ].join("\n");
}

export function emitDocs(ctx: EmitContext, headerComment: string): DocPage[] {
  const roots = ctx.closure.functions;
  const pages: DocPage[] = [{ path: "docs/index.md", content: indexPage(ctx, roots) }];
  for (const f of roots) pages.push({ path: `docs/methods/${f.name}.md`, content: methodPage(f, ctx) });
  for (const u of ctx.closure.unions) pages.push({ path: `docs/types/${u.name}.md`, content: typePage(u, ctx) });
  return pages.map((p) => ({ ...p, content: `<!-- ${headerComment} -->\n\n${p.content}` }));
}
