// peers.ts: the default username resolver (helpers/peers.ts) bound to the package's own
// contacts.resolveUsername request. Emitted when that method is in the closure; the helper file
// itself needs no generated code.
import type { PackagePlan } from "../plan/plan.ts";
import type { EmittedFile } from "./module.ts";
import { RUNTIME } from "./runtime-modules.ts";

/** The method the resolver sends. */
export const RESOLVE_USERNAME = "contacts.resolveUsername";

/** src/peers.ts, or nothing when the closure has no contacts.resolveUsername. */
export function emitPeers(plan: PackagePlan): EmittedFile[] {
  const f = plan.functionByName.get(RESOLVE_USERNAME);
  if (!f) return [];
  const text = [
    "// The default peer resolver, bound to this package's contacts.resolveUsername.",
    `import { ${f.className} } from "./requests/${f.module}.js";`,
    'import { resolvingInvokerWith, usernameResolverWith, type ResolvedPeer } from "./helpers/peers.js";',
    `import type { Invoker, InvokerOptions, Transport } from "./${RUNTIME.invoker}";`,
    `import type { PeerResolver } from "./${RUNTIME.peerLike}";`,
    "",
    'export { toInput, type ResolvedPeer } from "./helpers/peers.js";',
    "",
    `const resolveUsername = (username: string) => new ${f.className}({ username });`,
    "",
    "/** A resolver that asks the server through `invoker` (contacts.resolveUsername), caching every username it resolved. */",
    "export function createUsernameResolver(",
    '  invoker: Pick<Invoker, "invoke">,',
    "): PeerResolver & { readonly cache: Map<string, Promise<ResolvedPeer>> } {",
    "  return usernameResolverWith(invoker, resolveUsername);",
    "}",
    "",
    "/** createInvoker with the default username resolver (unless `options.resolver` is given). */",
    "export function createResolvingInvoker(transport: Transport, options: InvokerOptions = {}): Invoker {",
    "  return resolvingInvokerWith(transport, options, resolveUsername);",
    "}",
    "",
  ].join("\n");
  return [{ kind: "ts-text", path: "peers.ts", text }];
}
