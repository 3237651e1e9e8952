// Doc comment text for generated declarations: description, TL line and source location.
// Descriptions come from the docs data (HTML from Telegram's pages, links in mtcute's naming);
// here they become Markdown whose every link resolves: a URL, or a `{@link}` to one of this
// package's declarations. A mention of something the package does not have stays as code text.
import type { CombinatorPlan, FieldPlan, FunctionPlan, UnionPlan } from "../plan/plan.ts";
import { printCombinator } from "../model/canonical.ts";
import { codeSpan, docComment } from "./escape.ts";

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', raquo: "»", laquo: "«", nbsp: " ", mdash: "—", hellip: "…", "#39": "'" };

const ANCHOR = /<a\s+href="([^"]*)"[^>]*>(.*?)<\/a>/gs;

/** Names another declaration in a doc comment: a `{@link}` text, or null when there is none. */
export type LinkTo = (tlName: string, kind: "constructor" | "function") => string | null;

/** No links at all (every mention stays code text). */
export const NO_LINKS: LinkTo = () => null;

/** Telegram's doc HTML -> Markdown that is safe inside a `/** *\/` comment. */
export function htmlToMarkdown(html: string, linkTo: LinkTo = NO_LINKS): string {
  return html
    // Inside code an anchor is an example to show as written; outside, a link.
    .replace(/<code>(.*?)<\/code>/gs, (_, code: string) => `<code>${code.replace(ANCHOR, (_a, href: string, text: string) => `[${linkText(text)}](${coreUrl(href)})`)}</code>`)
    .replace(ANCHOR, (_, href: string, text: string) => markdownLink(linkText(text), coreUrl(href)))
    .replace(/<\/?code>/g, "`")
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/<\/?(strong|b)>/g, "**")
    .replace(/<\/?(em|i)>/g, "_")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;(\w+);?/g, "&$1;")
    .replace(/&(#?\w+);/g, (m, name: string) => (Object.hasOwn(ENTITIES, name) ? ENTITIES[name] : m))
    .replace(/\s*»/g, "")
    .replace(/\{@link ([\w.]+)\}/g, (_, raw: string) => mentioned(raw, linkTo))
    .replace(/\*\//g, "*\u2215")
    .replace(/[ \t]+$/gm, "")
    .trim();
}

/** Link text without the trailing "»" Telegram's pages put on "read more" links. */
function linkText(text: string): string {
  return text.replace(/\s*(»|&raquo;|&amp;raquo;?)\s*$/, "").trim();
}

/**
 * A link to a web page; any other (`mailto:`, an anchor of the upstream page it was written on,
 * which our pages do not have) keeps only its text, so no link dangles.
 */
function markdownLink(text: string, href: string): string {
  return /^https:\/\//.test(href) ? `[${text}](${href})` : text;
}

/** Telegram's docs mirror (corefork) -> the official site. */
function coreUrl(href: string): string {
  return href.replace(/^https?:\/\/corefork\.telegram\.org/, "https://core.telegram.org");
}

/**
 * An mtcute-style name from the docs data (`RawChannelFull`, `messages.RawSendCodeRequest`) as a
 * link to our declaration, or as the TL name in code text when the package has none.
 */
function mentioned(raw: string, linkTo: LinkTo): string {
  const dot = raw.lastIndexOf(".");
  const ns = dot < 0 ? "" : raw.slice(0, dot + 1);
  let name = raw.slice(dot + 1).replace(/^Raw/, "");
  const isFunction = name.endsWith("Request");
  if (isFunction) name = name.slice(0, -"Request".length);
  const tlName = ns + name.charAt(0).toLowerCase() + name.slice(1);
  return linkTo(tlName, isFunction ? "function" : "constructor") ?? `\`${tlName}\``;
}

/**
 * The lines every combinator's doc has: description, extra lines, TL line. Not the schema file and
 * line it came from: the package does not ship the schema, and a line number would make an edit
 * anywhere above it rewrite every declaration below. Escaped for a doc comment.
 */
export function combinatorDoc(c: CombinatorPlan, extra: string[], linkTo: LinkTo): string {
  const description = c.docs?.description;
  return docComment(
    [...(description ? [htmlToMarkdown(description, linkTo), ""] : []), ...extra, "```tl", printCombinator(c.tl), "```"].join("\n"),
  );
}

/** A union's doc comment text: its description and its constructors. Escaped for a doc comment. */
export function unionDoc(u: UnionPlan, linkTo: LinkTo): string {
  const list = u.constructors.map((c) => `{@link ${c.typeName}} (\`${c.tlName}\`)`).join(", ");
  return docComment([...(u.description ? [htmlToMarkdown(u.description, linkTo), ""] : []), `TL type \`${u.tlName}\`, one of: ${list}.`].join("\n"));
}

/**
 * A field's doc: its description, then what its flag bit means for it. Markdown, not escaped: it
 * goes into doc comments (docComment) and into the reference pages' tables (markdownText).
 */
export function fieldDoc(field: FieldPlan, linkTo: LinkTo): string {
  const lines: string[] = [];
  if (field.description) lines.push(htmlToMarkdown(field.description, linkTo));
  if (field.role === "optional" && field.wire.kind === "bool") {
    lines.push("Tri-state: leave it out to send nothing; `false` is sent as `boolFalse` with the bit set.");
  }
  if (field.group) {
    const names = [...field.group.values, ...field.group.derived].filter((f) => f !== field).map((f) => `\`${f.prop}\``).join(", ");
    lines.push(
      field.role === "flag"
        ? `Shares its flag bit with ${names}: true exactly when those are given.`
        : `Shares its flag bit with ${names}: give all of the value fields or none (checked in the types and at runtime).`,
    );
  }
  if (lines.length === 0) lines.push(`TL field \`${field.tlName}\`.`);
  return lines.join("\n\n");
}

export function botsLine(availability: "user" | "bot" | "both"): string {
  return availability === "user" ? "Bots cannot use this method (users only)." : availability === "bot" ? "Only bots can use this method." : "Bots and users can use this method.";
}

/** The method part of a request's doc comment: result, who can call it, its errors. */
export function requestDocLines(f: FunctionPlan, result: string, linkTo: LinkTo): string[] {
  const throws = f.docs?.throws ?? [];
  const lines = [`Returns \`${result}\`.`, "", botsLine(f.availability), ""];
  if (throws.length) {
    lines.push("Possible errors:");
    for (const t of throws) lines.push(`- ${t.code} ${codeSpan(t.name)}${t.description ? `: ${htmlToMarkdown(t.description, linkTo)}` : ""}`);
    lines.push("");
  }
  return lines;
}
