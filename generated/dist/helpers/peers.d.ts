import {
  type Invoker,
  type InvokerOptions,
  type PeerKind,
  type PeerResolver,
  type TlRequest,
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
/** The fields of contacts.resolvedPeer the resolver reads. */
export interface ResolvedPeerAnswer {
  /** What the username names. */
  peer:
    | {
        _: "peerUser";
        userId: bigint;
      }
    | {
        _: "peerChat";
        chatId: bigint;
      }
    | {
        _: "peerChannel";
        channelId: bigint;
      };
  /** Users of the answer, with their access hashes. */
  users: readonly {
    _: string;
    id: bigint;
    accessHash?: bigint;
  }[];
  /** Chats and channels of the answer, with their access hashes. */
  chats: readonly {
    _: string;
    id: bigint;
    accessHash?: bigint;
  }[];
}
/** Builds the contacts.resolveUsername request for a username. */
export type ResolveUsernameRequest = (username: string) => TlRequest<ResolvedPeerAnswer>;
/** The TL input object of `kind` for a resolved peer. */
export declare function toInput(peer: ResolvedPeer, kind: PeerKind, name: string): object;
/** How many usernames a resolver remembers; past it the oldest go (the peer cache keeps their ids). */
export declare const MAX_CACHED_USERNAMES = 1000;
/** A resolver that asks the server through `invoker`, caching the usernames it resolved (bounded). */
export declare function usernameResolverWith(
  invoker: Pick<Invoker, "invoke">,
  resolveUsername: ResolveUsernameRequest,
): PeerResolver & {
  readonly cache: Map<string, Promise<ResolvedPeer>>;
};
/** createInvoker with the username resolver, unless `options` brings its own. */
export declare function resolvingInvokerWith(
  transport: Transport,
  options: InvokerOptions,
  resolveUsername: ResolveUsernameRequest,
): Invoker;
