// Doc comment text for generated declarations: description, TL line and source location.
// Descriptions come from schema/api-docs.json, whose HTML is turned into Markdown here.
import type { Combinator, Union } from "../model/ir.ts";
import type { SchemaDocs } from "../model/schema-docs.ts";
import { printCombinator } from "../model/canonical.ts";
import type { FieldPlan } from "./field-plan.ts";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', raquo: "»", laquo: "«", nbsp: " ", mdash: "—", hellip: "…", "#39": "'" };

/** Telegram's doc HTML -> Markdown that is safe inside a `/** *\/` comment. */
export function htmlToMarkdown(html: string): string {
  return html
    .replace(/<a\s+href="([^"]*)"[^>]*>(.*?)<\/a>/gs, (_, href: string, text: string) => `[${text}](${href})`)
    .replace(/<\/?code>/g, "`")
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/<\/?(strong|b)>/g, "**")
    .replace(/<\/?(em|i)>/g, "_")
    .replace(/<[^>]+>/g, "")
    .replace(/&(#?\w+);/g, (m, name: string) => ENTITIES[name] ?? m)
    .replace(/\*\//g, "*\u2215")
    .trim();
}

function location(c: Combinator): string {
  return `${c.span.file}:${c.span.line}`;
}

/** The lines shared by every combinator's doc: description, TL line, where it is declared. */
export function combinatorDoc(c: Combinator, docs: SchemaDocs, extra: string[] = []): string {
  const description = docs.entries[c.name]?.description;
  return [
    ...(description ? [htmlToMarkdown(description), ""] : []),
    ...extra,
    "```tl",
    printCombinator(c).replace(/\*\//g, "*\u2215"),
    "```",
    `Declared at ${location(c)}.`,
  ].join("\n");
}

export function unionDoc(u: Union, docs: SchemaDocs): string {
  const description = docs.types[u.name];
  const list = u.constructors.map((c) => `\`${c}\``).join(", ");
  return [...(description ? [htmlToMarkdown(description), ""] : []), `TL type \`${u.name}\`, one of: ${list}.`].join("\n");
}

export function fieldDoc(owner: Combinator, field: FieldPlan, docs: SchemaDocs): string {
  const p = field.param;
  const lines: string[] = [];
  const description = docs.entries[owner.name]?.params[p.name];
  if (description) lines.push(htmlToMarkdown(description));
  if (p.condition) {
    lines.push(`Optional: bit ${p.condition.bit} of \`${p.condition.flags}\` (TL \`${p.name}:${p.condition.flags}.${p.condition.bit}?…\`).`);
  }
  if (field.role === "optional" && p.type.kind === "union" && p.type.name === "Bool") {
    lines.push("Tri-state: leave it out to send nothing; `false` is sent as `boolFalse` with the bit set.");
  }
  if (field.group) {
    const names = [...field.group.values, ...field.group.derived].map((f) => `\`${f.prop}\``).join(", ");
    lines.push(
      field.role === "flag"
        ? `Shares its flag bit with ${names}: true exactly when those are given.`
        : `Shares its flag bit with ${names}: give all of the value fields or none (checked in the types and at runtime).`,
    );
  }
  if (lines.length === 0) lines.push(`TL field \`${p.name}\`.`);
  return lines.join("\n\n");
}

/** Who may call a method, from the docs data; generic wrappers take their query's. */
export function availabilityOf(f: Combinator, docs: SchemaDocs): "user" | "bot" | "both" {
  // The data marks wrappers like invokeWithLayer user-only, but every client (bots too) sends
  // them around its queries: what counts is the query inside.
  if (f.result.kind === "typeParam") return "both";
  return docs.entries[f.name]?.available ?? "both";
}

export function botsLine(availability: "user" | "bot" | "both"): string {
  return availability === "user" ? "Bots cannot use this method (users only)." : availability === "bot" ? "Only bots can use this method." : "Bots and users can use this method.";
}

/** The method part of a request's doc comment: result, who can call it, its errors. */
export function requestDocLines(f: Combinator, docs: SchemaDocs, result: string): string[] {
  const throws = docs.entries[f.name]?.throws ?? [];
  const lines = [`Returns \`${result}\`.`, "", botsLine(availabilityOf(f, docs)), ""];
  if (throws.length) {
    lines.push("Possible errors:");
    for (const t of throws) lines.push(`- ${t.code} \`${t.name}\`${t.description ? `: ${htmlToMarkdown(t.description)}` : ""}`);
    lines.push("");
  }
  return lines;
}
