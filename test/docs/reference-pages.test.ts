// generated/docs: a page per root method and per type, with Required from the grammar.
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { inviteRoots, testSchema } from "../support/schema-model.ts";
import { listTree } from "../../generator/base/files.ts";

const DOCS = join(PROJECT_ROOT, "generated", "docs");
const page = (path: string) => readFileSync(join(DOCS, path), "utf8");

/** The table row of a parameter, by its TL name. */
function row(text: string, tlName: string): string {
  const line = text.split("\n").find((l) => l.startsWith("| `") && (l.includes(`(\`${tlName}\`)`) || l.startsWith(`| \`${tlName}\` |`)));
  if (!line) throw new Error(`no row for ${tlName}`);
  return line;
}

describe("reference pages", () => {
  it("exist for all 25 root methods, every type of the closure, and an index", () => {
    const roots = inviteRoots();
    expect(roots).toHaveLength(25);
    for (const f of roots) expect(existsSync(join(DOCS, "methods", `${f.name}.md`)), f.name).toBe(true);
    for (const u of testSchema().closure.unions) expect(existsSync(join(DOCS, "types", `${u.name}.md`)), u.name).toBe(true);
    const index = page("index.md");
    for (const f of roots) expect(index).toContain(`[${f.name}](methods/${f.name}.md)`);
  });

  it("marks exportChatInvite's peer Required and expire_date, usage_limit and title optional", () => {
    const text = page("methods/messages.exportChatInvite.md");
    expect(row(text, "peer")).toMatch(/\| \[InputPeer\]\(\.\.\/types\/InputPeer\.md\) \| `TypeInputPeer`, or a name: `"me"`, `"@username"`, `"username"`, a t\.me link; an id \(a user id, `-N` for a basic group, `-100N` for a channel\); a user, chat or channel from a result; a Peer \| Required \|/);
    for (const name of ["expire_date", "usage_limit", "title"]) expect(row(text, name), name).toContain("| Optional |");
    expect(text).not.toMatch(/^\| `flags`/m);
  });

  it("say what a user or channel parameter takes besides its TL objects, by its kind", () => {
    const text = page("methods/channels.inviteToChannel.md");
    expect(row(text, "users")).toContain("a user id; a user from a result; a `peerUser`; an InputPeer of a user |");
    expect(row(text, "channel")).toContain("a channel id (`-100N`, or the bare id); a channel from a result; a `peerChannel`; an `inputPeerChannel` |");
    expect(row(text, "channel")).not.toContain('"me"');
  });

  it("lists exportChatInvite's 13 known errors, its return type, bot availability and an example", () => {
    const text = page("methods/messages.exportChatInvite.md");
    const errors = text.split("## Errors")[1].split("## Example")[0].split("\n").filter((l) => /^\| \d{3} \|/.test(l));
    expect(errors).toHaveLength(13);
    expect(errors.map((l) => l.split("|")[2].trim())).toContain("`USAGE_LIMIT_INVALID`");
    expect(text).toContain("## Returns\n\n[ExportedChatInvite](../types/ExportedChatInvite.md) (TypeScript: `TypeExportedChatInvite`)");
    expect(text).toContain("## Can bots use this method\n\nYes.");
    expect(page("methods/messages.importChatInvite.md")).toContain("## Can bots use this method\n\nNo: users only.");
    // Every parameter set, with a channel for the peer, as GramJS's examples do.
    const example = text.split("```ts")[1];
    for (const line of ["legacyRevokePermanent: true,", "requestNeeded: true,", 'peer: "@mychannel",', "usageLimit: 10,", 'title: "Friends and family",', 'subscriptionPricing: { _: "starsSubscriptionPricing", period: 2592000, amount: 250n },']) {
      expect(example).toContain(`\n  ${line}\n`);
    }
    expect(example).not.toContain("inputPeerSelf");
  });

  it("builds, in every example that gives a peer by name, an invoker that looks names up", () => {
    const methods = listTree(join(DOCS, "methods")).filter((f) => f.endsWith(".md"));
    const named = methods.filter((f) => /: "@\w+"|\["@\w+"\]/.test(page(`methods/${f}`).split("```ts")[1]));
    expect(named.length).toBeGreaterThan(10);
    for (const f of named) expect(page(`methods/${f}`).split("```ts")[1], f).toContain("const invoker = createResolvingInvoker(send);");
    for (const f of methods.filter((m) => !named.includes(m))) expect(page(`methods/${f}`), f).toContain("const invoker = createInvoker(send);");
  });

  it("gives each parameter its TL and TypeScript types, without repeating what Required says", () => {
    const text = page("methods/messages.exportChatInvite.md");
    expect(row(text, "usage_limit")).toMatch(/^\| `usageLimit` \(`usage_limit`\) \| `int` \| `number` \| Optional \| Maximum number of users that can join using this link \|$/);
    expect(row(text, "subscription_pricing")).toContain("| `TypeStarsSubscriptionPricing` |");
  });

  it("has no upstream HTML leftovers, no mirror links and no source-file locations the package does not ship", () => {
    for (const dir of ["methods", "types"]) {
      for (const f of listTree(join(DOCS, dir))) {
        const text = page(`${dir}/${f}`);
        expect(text, f).not.toMatch(/»|&raquo|corefork\.telegram\.org|Declared at|Optional: bit \d+ of/);
      }
    }
    expect(page("methods/messages.exportChatInvite.md")).toContain("[Telegram Star subscriptions](https://core.telegram.org/api/stars#star-subscriptions)");
  });
});
