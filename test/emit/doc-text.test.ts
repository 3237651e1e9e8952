// Doc comment text: Telegram's doc HTML as Markdown whose links all resolve (URLs on the official
// site, `{@link}`s to declarations the package has, code text otherwise), and the doc comments of
// combinators, unions and fields.
import { beforeAll, describe, expect, it } from "vitest";
import { botsLine, combinatorDoc, fieldDoc, htmlToMarkdown, requestDocLines, unionDoc, NO_LINKS, type LinkTo } from "../../generator/emit/doc-text.ts";
import type { PackagePlan } from "../../generator/plan/plan.ts";
import { EMPTY_DOCS, type SchemaDocs } from "../../generator/model/schema-docs.ts";
import { casesPlan } from "../support/small-schema.ts";

/** Links to what a tiny package has: the constructor `user` and the method `messages.send`. */
const LINKS: LinkTo = (tlName, kind) => (kind === "constructor" && tlName === "user" ? "{@link User}" : kind === "function" && tlName === "messages.send" ? "{@link messagesRequests.Send}" : null);

describe("htmlToMarkdown", () => {
  it("turns anchors into Markdown links on core.telegram.org, without the trailing »", () => {
    expect(htmlToMarkdown('For <a href="https://corefork.telegram.org/api/stars#subs">Telegram Star subscriptions &raquo;</a>, the price.')).toBe(
      "For [Telegram Star subscriptions](https://core.telegram.org/api/stars#subs), the price.",
    );
    expect(htmlToMarkdown('See <a href="https://corefork.telegram.org/api/x">x »</a> »')).toBe("See [x](https://core.telegram.org/api/x)");
    expect(htmlToMarkdown('<a href="https://example.com/a">a</a>')).toBe("[a](https://example.com/a)");
  });

  it("keeps only the text of a link that is not to a web page, which would dangle in our pages", () => {
    expect(htmlToMarkdown('An <a href="mailto:email@example.com">email@example.com</a>.')).toBe("An email@example.com.");
    expect(htmlToMarkdown('From <a href="#binding-message-contents">Binding message contents</a>')).toBe("From Binding message contents");
    expect(htmlToMarkdown('Like <code><a href="#target">anchor</a></code>, see <a href="#x">x</a>')).toBe("Like `[anchor](#target)`, see x");
  });

  it("turns code, strong, em and line breaks into Markdown, drops other tags and decodes entities", () => {
    expect(htmlToMarkdown("<code>peer</code> is <strong>required</strong>, <em>really</em><br>next &lt;line&gt; &amp; &quot;more&quot;")).toBe(
      '`peer` is **required**, _really_\nnext <line> & "more"',
    );
    expect(htmlToMarkdown("<u>under</u> <img src='x.png'/>&amp;amp; it")).toBe("under & it");
  });

  it("links a mention of a declaration the package has, and leaves any other as its TL name in code text", () => {
    expect(htmlToMarkdown("See {@link RawUser}, {@link messages.RawSendRequest} and {@link RawChannelFull}.", LINKS)).toBe(
      "See {@link User}, {@link messagesRequests.Send} and `channelFull`.",
    );
    expect(htmlToMarkdown("See {@link RawUser}.")).toBe("See `user`.");
    expect(htmlToMarkdown("Use {@link contacts.RawResolveUsernameRequest}.")).toBe("Use `contacts.resolveUsername`.");
  });

  it("cannot end the comment it is in, and keeps no trailing spaces", () => {
    expect(htmlToMarkdown("a */ b  \nc ")).toBe("a *\u2215 b\nc");
  });
});

describe("the doc of a combinator", () => {
  let plan: PackagePlan;
  beforeAll(() => {
    const docs: SchemaDocs = {
      ...EMPTY_DOCS,
      types: { InputPeer: "A <b>peer</b>." },
      entries: {
        "messages.invite": {
          kind: "function",
          description: "Invites.",
          params: { title: "The <code>title</code>." },
          throws: [{ code: 400, name: "PEER_ID_INVALID", description: "Bad <code>peer</code>." }, { code: 403, name: "CHAT_WRITE_FORBIDDEN", description: null }],
          available: "user",
        },
      },
    };
    plan = casesPlan({ docs });
  });

  it("has its description, the extra lines, its TL line in a tl block and where it is declared", () => {
    const invite = plan.functionByName.get("messages.invite")!;
    expect(combinatorDoc(invite, ["Extra."], NO_LINKS)).toMatch(
      /^Invites\.\n\nExtra\.\n```tl\nmessages\.invite peer:InputPeer users:Vector<InputUser> title:string = Answer;\n```$/,
    );
    expect(combinatorDoc(plan.constructorByName.get("pair")!, [], NO_LINKS)).toMatch(/^```tl\npair a:int b:string = Pair;\n```$/);
  });

  it("says a method's result, who may call it and its errors with their descriptions", () => {
    const invite = plan.functionByName.get("messages.invite")!;
    expect(requestDocLines(invite, "TypeAnswer", NO_LINKS)).toEqual([
      "Returns `TypeAnswer`.",
      "",
      "Bots cannot use this method (users only).",
      "",
      "Possible errors:",
      "- 400 `PEER_ID_INVALID`: Bad `peer`.",
      "- 403 `CHAT_WRITE_FORBIDDEN`",
      "",
    ]);
    expect(requestDocLines(plan.functionByName.get("ping")!, "boolean", NO_LINKS)).toEqual(["Returns `boolean`.", "", "Bots and users can use this method.", ""]);
  });

  it("words availability for each case", () => {
    expect([botsLine("user"), botsLine("bot"), botsLine("both")]).toEqual(["Bots cannot use this method (users only).", "Only bots can use this method.", "Bots and users can use this method."]);
  });

  it("of a union lists its constructors with links, after its description", () => {
    expect(unionDoc(plan.unionByName.get("InputPeer")!, NO_LINKS)).toBe(
      "A **peer**.\n\nTL type `InputPeer`, one of: {@link InputPeerEmpty} (`inputPeerEmpty`), {@link InputPeerSelf} (`inputPeerSelf`), {@link InputPeerUser} (`inputPeerUser`).",
    );
  });

  it("of a field is its description, else its TL name; a ?Bool explains false, a shared bit its partners", () => {
    const invite = plan.functionByName.get("messages.invite")!;
    expect(fieldDoc(invite.fields.find((f) => f.tlName === "title")!, NO_LINKS)).toBe("The `title`.");
    expect(fieldDoc(invite.fields[0], NO_LINKS)).toBe("TL field `peer`.");
    expect(fieldDoc(plan.constructorByName.get("triState")!.fields[0], NO_LINKS)).toBe("Tri-state: leave it out to send nothing; `false` is sent as `boolFalse` with the bit set.");
    const [pinned, until] = plan.constructorByName.get("sharedTrue")!.fields;
    expect(fieldDoc(pinned, NO_LINKS)).toBe("Shares its flag bit with `until`: true exactly when those are given.");
    expect(fieldDoc(until, NO_LINKS)).toBe("Shares its flag bit with `pinned`: give all of the value fields or none (checked in the types and at runtime).");
  });
});
