// Example parameters for the reference pages, in the spirit of GramJS's examples: every
// parameter set, with values that read as what they are (a channel for an invite's peer, a
// title for a title, a unix time for a date), never a placeholder like inputPeerSelf.
import type { ConstructorPlan, FieldPlan, FunctionPlan, WireType } from "../plan/plan.ts";

const PEER_NAMES: Readonly<Record<string, string>> = { InputPeer: '"@mychannel"', InputUser: '"@username"', InputChannel: '"@mychannel"' };

/**
 * The example's parameters object, as code ("" when there are none). `query` is the code of a
 * request for a wrapper's `!X` parameter: one the package has, so the example compiles.
 */
export function exampleParams(f: FunctionPlan, query = "query"): string {
  if (f.fields.length === 0) return "";
  const props = f.fields.map((x) => `  ${x.prop}: ${x.wire.kind === "query" ? query : fieldValue(x, 1)},`);
  return `{\n${props.join("\n")}\n}`;
}

/** `new Api.help.GetInviteText()`: the package's simplest request that is not a wrapper, for wrappers' examples. */
export function exampleQuery(functions: readonly FunctionPlan[]): string {
  const simplest = [...functions].filter((f) => f.generic === null).sort((a, b) => a.fields.length - b.fields.length)[0];
  if (!simplest) return "query /* a request */";
  const params = exampleParams(simplest).replace(/\n/g, "\n  ");
  return `new Api.${simplest.namespace ? `${simplest.namespace}.` : ""}${simplest.className}(${params})`;
}

function fieldValue(f: FieldPlan, depth: number): string {
  if (f.role === "flag") return "true";
  if (f.peer) return f.peer.vector ? `[${PEER_NAMES[f.peer.kind]}]` : PEER_NAMES[f.peer.kind];
  return valueOf(f.wire, f.tlName, depth);
}

function valueOf(t: WireType, name: string, depth: number): string {
  switch (t.kind) {
    case "primitive":
      return primitive(t.name, name);
    case "bool":
      return "true";
    case "vector":
      return `[${valueOf(t.element, name, depth)}]`;
    case "union":
      // Own keys only: a union named `constructor` is not a peer.
      if (Object.hasOwn(PEER_NAMES, t.union.tlName)) return PEER_NAMES[t.union.tlName];
      return objectOf(pick(t.union.constructors), depth);
    case "bare":
      return objectOf(t.ctor, depth);
    case "query":
      return "query";
    case "queryResult":
      return "undefined";
  }
}

/** The constructor an example shows: the first that is not an "empty" placeholder, with the fewest fields. */
function pick(ctors: ConstructorPlan[]): ConstructorPlan {
  const real = ctors.filter((c) => !/Empty$/.test(c.tlName));
  const pool = real.length ? real : ctors;
  return [...pool].sort((a, b) => a.fields.length - b.fields.length)[0];
}

function objectOf(c: ConstructorPlan, depth: number): string {
  // Deep examples say nothing more: past two levels, show only the constructor's name.
  const fields = depth < 3 ? c.fields.filter((f) => f.role === "required") : [];
  return `{ ${[`_: ${JSON.stringify(c.tlName)}`, ...fields.map((f) => `${f.prop}: ${fieldValue(f, depth + 1)}`)].join(", ")} }`;
}

function primitive(type: string, name: string): string {
  switch (type) {
    case "int":
      if (/period/.test(name)) return "2592000";
      if (/date|time|until/.test(name)) return "Math.floor(Date.now() / 1000) + 86400";
      if (/limit/.test(name)) return "10";
      return "42";
    case "long":
      return /hash/.test(name) ? "0n" : /amount|stars/.test(name) ? "250n" : "1234567890n";
    case "double":
      return "1.5";
    case "string":
      if (/hash/.test(name)) return '"AbCdEfGhIjKl"';
      if (/link|url/.test(name)) return '"https://t.me/+AbCdEfGhIjKl"';
      if (/title|name/.test(name)) return '"Friends and family"';
      if (/lang/.test(name)) return '"en"';
      return '"Some text"';
    case "bytes":
      return "new Uint8Array([1, 2, 3])";
    default:
      return `new Uint8Array(${type === "int128" ? 16 : 32})`;
  }
}
