// Every name the emitters use is decided here, once. The scheme:
//   constructor `messages.chatInviteAlready` -> type `MessagesChatInviteAlready`
//   union (boxed type) `User`               -> type `TypeUser` (so `user` and `User` never clash)
//   method `messages.exportChatInvite`      -> class `ExportChatInvite` in module `messages`
//                                              (Api.messages.ExportChatInvite), params `ExportChatInviteParams`
//   field `legacy_revoke_permanent`         -> property `legacyRevokePermanent`
//   codecs: writeX / readX / isX for a constructor or union type name X.
import { TlRequestBase } from "../runtime/request/request.ts";

// A name that would shadow a global the generated code uses (Error, TypeError, ...) gets a
// trailing `_`. A property that would clash with a request class member, or with a member every
// object inherits, gets a trailing `_`. Names that still collide are refused (check-names.ts).

/** Globals the generated modules refer to, or that readers would confuse: never shadowed. */
const RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set([
  "Array", "ArrayBuffer", "BigInt", "Boolean", "DataView", "Date", "Error", "Function", "JSON", "Map", "Math",
  "Number", "Object", "Promise", "RangeError", "Record", "Set", "String", "Symbol", "TextDecoder", "TextEncoder",
  "TypeError", "Uint8Array", "Partial", "Required", "Readonly", "Pick", "Omit", "Exclude", "Extract", "ReturnType",
]);

/**
 * Members every request instance has (read off the runtime's base class, so the list cannot go
 * stale), plus `then` (an object with it would be awaited as a promise) and `toJSON`; a TL
 * parameter with one of these names is renamed.
 */
const REQUEST_MEMBERS: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(TlRequestBase.prototype), "then", "toJSON"]);

/**
 * Object.prototype's members (`constructor`, `toString`, `valueOf`, ...): every object inherits
 * them, so a field under one of these names that is left out would read the inherited function
 * instead of nothing. Such a field's property gets a trailing `_`, as a clash with a request
 * member does.
 */
const OBJECT_MEMBERS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** JavaScript reserved words: never used as a bare identifier (class or module name). */
const RESERVED_WORDS: ReadonlySet<string> = new Set(
  ("break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "yield let static implements interface package private protected public await arguments eval").split(" "),
);

/** TypeScript's own type names: no type parameter can be one. */
const TS_TYPE_KEYWORDS: ReadonlySet<string> = new Set("any unknown never string number boolean bigint symbol object undefined void null this".split(" "));

/**
 * True when a generic (`{X:Type}`) can be the type parameter of its request class as it is
 * written: not a reserved word, not a TypeScript type keyword, not a global the code refers to.
 */
export function usableTypeParameter(name: string): boolean {
  return !RESERVED_WORDS.has(name) && !TS_TYPE_KEYWORDS.has(name) && !RESERVED_TYPE_NAMES.has(name);
}

/** `exportChatInvite` -> `ExportChatInvite`. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `p_q_inner_data` -> `PQInnerData`; `chatInviteExported` -> `ChatInviteExported`. */
export function pascalCase(s: string): string {
  return s.split("_").filter(Boolean).map(capitalize).join("");
}

/** `legacy_revoke_permanent` -> `legacyRevokePermanent`; `g_a` -> `gA`. */
export function camelCase(s: string): string {
  const parts = s.split("_").filter(Boolean);
  if (parts.length === 0) return s;
  return parts[0] + parts.slice(1).map(capitalize).join("");
}

function avoidGlobals(name: string): string {
  return RESERVED_TYPE_NAMES.has(name) || RESERVED_WORDS.has(name) ? `${name}_` : name;
}

/** `messages.chatInviteAlready` -> `MessagesChatInviteAlready`. */
function qualifiedPascal(tlName: string): string {
  return tlName.split(".").map(pascalCase).join("");
}

export function constructorTypeName(tlName: string): string {
  return avoidGlobals(qualifiedPascal(tlName));
}

export function unionTypeName(tlName: string): string {
  return avoidGlobals(`Type${qualifiedPascal(tlName)}`);
}

/** Namespace of a TL name, or null for the root: `messages.exportChatInvite` -> `messages`. */
export function namespaceOf(tlName: string): string | null {
  const dot = tlName.lastIndexOf(".");
  return dot < 0 ? null : tlName.slice(0, dot);
}

/** The request class name within its namespace module: `ExportChatInvite`. */
export function requestClassName(tlName: string): string {
  return avoidGlobals(pascalCase(tlName.slice(tlName.lastIndexOf(".") + 1)));
}

export function requestParamsTypeName(tlName: string): string {
  return `${requestClassName(tlName).replace(/_$/, "")}Params`;
}

/** `ImportChatInviteError`: the union of a method's known RPC error names. */
export function requestErrorsTypeName(tlName: string): string {
  return `${requestClassName(tlName).replace(/_$/, "")}Error`;
}

/** The module a namespace's requests live in: `requests/messages.ts`; root methods: `requests/root.ts`. */
export function requestModuleName(namespace: string | null): string {
  return namespace === null ? "root" : namespace;
}

/** A field as an object property (Object.prototype's member names get a trailing `_`). */
export function propertyName(tlField: string): string {
  const name = camelCase(tlField);
  return OBJECT_MEMBERS.has(name) ? `${name}_` : name;
}

/** A field as a request class property: also avoids the class's own members. */
export function requestPropertyName(tlField: string): string {
  const name = propertyName(tlField);
  return REQUEST_MEMBERS.has(name) ? `${name}_` : name;
}

/**
 * The size-first function of a method: `messages.exportChatInvite` -> `exportChatInvite`, which
 * encodes the request without its class.
 */
export function requestFunctionName(tlName: string): string {
  const name = avoidGlobals(tlName.slice(tlName.lastIndexOf(".") + 1));
  // An export named `then` makes the module (and `Api`) thenable: `await import(...)` would call it.
  return name === "then" ? "then_" : name;
}

/** The module-level writer of a request's body, shared by its class and its function: `writeExportChatInviteRequest`. */
export function requestWriterName(tlName: string): string {
  return `write${requestClassName(tlName).replace(/_$/, "")}Request`;
}

/** The reader of a method's result: `readExportChatInviteResult`. */
export function resultReaderName(tlName: string): string {
  return `read${requestClassName(tlName).replace(/_$/, "")}Result`;
}

/** The parameter rules of a method (its name and fields), shared by its class and its function. */
export function requestSpecName(tlName: string): string {
  return `${requestFunctionName(tlName).replace(/_$/, "")}Spec`;
}

export const encoderName = (typeName: string): string => `write${typeName}`;
export const decoderName = (typeName: string): string => `read${typeName}`;
export const guardName = (typeName: string): string => `is${typeName}`;

/** Finds TL names that map to the same generated name, so the generator can refuse them. */
export function findNameClashes(entries: readonly { tlName: string; tsName: string }[]): string[] {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const { tlName, tsName } of entries) {
    const other = seen.get(tsName);
    if (other !== undefined && other !== tlName) clashes.push(`${other} and ${tlName} both become ${tsName}`);
    else seen.set(tsName, tlName);
  }
  return clashes;
}
