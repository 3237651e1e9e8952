import {
  type Invoker,
  type InvokerOptions,
  type PeerKind,
  type PeerResolver,
  type Transport,
} from "../runtime/index.js";
/** What a username resolved to. */
export type ResolvedPeer =
  | {
      type: "user";
      id: bigint;
      accessHash: bigint;
    }
  | {
      type: "chat";
      id: bigint;
    }
  | {
      type: "channel";
      id: bigint;
      accessHash: bigint;
    };
/** The TL input object of `kind` for a resolved peer. */
export declare function toInput(peer: ResolvedPeer, kind: PeerKind, name: string): object;
/** A resolver that asks the server through `invoker`, caching every username it resolved. */
export declare function createUsernameResolver(invoker: Pick<Invoker, "invoke">): PeerResolver & {
  readonly cache: Map<string, Promise<ResolvedPeer>>;
};
/** createInvoker with the default username resolver. */
export declare function createResolvingInvoker(transport: Transport, options?: InvokerOptions): Invoker;
