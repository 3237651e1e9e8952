// emitPeers on the plan of a small schema: src/peers.ts binds the username resolver to the
// plan's own contacts.resolveUsername class, and is not emitted without that method.
import { describe, expect, it } from "vitest";
import { emitPeers, RESOLVE_USERNAME } from "../../generator/emit/emit-peers.ts";
import { BUILTINS, planFromTl, squash } from "../support/small-schema.ts";

const TL = `${BUILTINS}
peerUser user_id:long = Peer;
contacts.resolvedPeer peer:Peer = contacts.ResolvedPeer;
---functions---
contacts.resolveUsername flags:# username:string referer:flags.0?string = contacts.ResolvedPeer;
ping = Bool;
`;

/** The text of the one file emitPeers emits, src/peers.ts. */
function peersText(plan: Parameters<typeof emitPeers>[0]): string {
  const [file, ...rest] = emitPeers(plan);
  expect(rest).toEqual([]);
  expect(file).toMatchObject({ kind: "ts-text", path: "peers.ts" });
  return (file as { text: string }).text;
}

describe("emitPeers", () => {
  it("emits nothing when the plan has no contacts.resolveUsername", () => {
    expect(RESOLVE_USERNAME).toBe("contacts.resolveUsername");
    expect(emitPeers(planFromTl(TL, { roots: ["ping"] }))).toEqual([]);
  });

  it("binds the resolver and the resolving invoker to the plan's request class", () => {
    const text = squash(peersText(planFromTl(TL)));
    expect(text).toContain('import { ResolveUsername } from "./requests/contacts.js";');
    expect(text).toContain("const resolveUsername = (username: string) => new ResolveUsername({ username });");
    expect(text).toContain("export function createUsernameResolver( invoker: Pick<Invoker, \"invoke\">, ): PeerResolver & { readonly cache: Map<string, Promise<ResolvedPeer>> } { return usernameResolverWith(invoker, resolveUsername); }");
    expect(text).toContain("export function createResolvingInvoker(transport: Transport, options: InvokerOptions = {}): Invoker { return resolvingInvokerWith(transport, options, resolveUsername); }");
  });

  it("imports the helper it binds and re-exports its public names", () => {
    const text = peersText(planFromTl(TL));
    expect(text).toContain('import { resolvingInvokerWith, usernameResolverWith, type ResolvedPeer } from "./helpers/peers.js";');
    expect(text).toContain('export { toInput, type ResolvedPeer } from "./helpers/peers.js";');
  });
});
