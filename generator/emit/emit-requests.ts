// requests/<namespace>.ts: one class per TL function, GramJS-shaped
// (`new Api.messages.ExportChatInvite({ peer, usageLimit: 43 })`), with required parameters
// required in its params type, flags derived, the result type carried by TlRequest<R>.
import { Scope, StructureKind, type ClassDeclarationStructure, type StatementStructures, type TypeAliasDeclarationStructure } from "ts-morph";
import type { Combinator, TypeRef } from "../model/ir.ts";
import { peerKindOf, typeNamesOf } from "./type-map.ts";
import type { EmitContext } from "./context.ts";
import { ImportMap } from "./imports.ts";
import { namespaceOf, requestClassName, requestErrorsTypeName, requestModuleName, requestParamsTypeName, unionTypeName } from "./names.ts";
import { planCombinator } from "./field-plan.ts";
import { encodeStatements, withEncodePath } from "./encode-body.ts";
import { readExpression, type CodecSource } from "./wire-expr.ts";
import { decodeBody, withDecodePath } from "./emit-codecs.ts";
import { groupAlternatives, plainMembers, renderMembers } from "./object-shape.ts";
import { availabilityOf, combinatorDoc, fieldDoc, requestDocLines } from "./doc-text.ts";
import { formatId } from "../model/canonical.ts";

export interface RequestModule {
  /** `messages`, or `root` for functions without a namespace. */
  module: string;
  imports: ImportMap;
  statements: StatementStructures[];
}

/** Groups the closure's functions by namespace, one module each. */
export function emitRequests(ctx: EmitContext): RequestModule[] {
  const byModule = new Map<string, Combinator[]>();
  for (const f of ctx.closure.functions) {
    const module = requestModuleName(namespaceOf(f.name));
    byModule.set(module, [...(byModule.get(module) ?? []), f]);
  }
  return [...byModule.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([module, functions]) => {
      const imports = new ImportMap();
      const src: CodecSource = { imports, codecsModule: "../codecs.js", runtimeModule: "../runtime/index.js" };
      return { module, imports, statements: functions.flatMap((f) => emitRequest(f, ctx, src)) };
    });
}

/** The `!X` parameter that carries the inner query of a generic wrapper, if any. */
function queryParam(f: Combinator): string | null {
  if (f.result.kind !== "typeParam") return null;
  const name = f.result.name;
  const p = f.params.find((x) => x.kind === "value" && x.type.kind === "typeParam" && x.type.bang && x.type.name === name);
  return p ? p.name : null;
}

function importTypes(t: TypeRef, ctx: EmitContext, src: CodecSource): string {
  for (const name of typeNamesOf(t, ctx.resolveBare)) src.imports.type("../types.js", name);
  return ctx.ts(t);
}

/** The TS type of a request parameter: peer fields widen to `| PeerLike`. */
function paramType(t: TypeRef, ctx: EmitContext, src: CodecSource): string {
  const peer = peerKindOf(t);
  if (!peer) return ctx.ts(t);
  src.imports.type(src.runtimeModule, "PeerLike");
  const one = `${unionTypeName(peer.kind)} | PeerLike`;
  return peer.vector ? `(${one})[]` : one;
}

function emitRequest(f: Combinator, ctx: EmitContext, src: CodecSource): StatementStructures[] {
  const plan = planCombinator(f, true);
  const className = requestClassName(f.name);
  const paramsName = requestParamsTypeName(f.name);
  const generic = f.result.kind === "typeParam" ? f.result.name : null;
  const typeArgs = generic ? `<${generic}>` : "";
  const query = queryParam(f);
  const result = generic ?? importTypes(f.result, ctx, src);
  for (const p of plan.fields) if (p.role !== "flag") importTypes(p.param.type, ctx, src);
  const tlRequest = src.imports.type(src.runtimeModule, "TlRequest");
  src.imports.type(src.runtimeModule, "TlWriter");
  src.imports.type(src.runtimeModule, "TlReader");

  const typeOf = (t: TypeRef) => paramType(t, ctx, src);
  const members = plainMembers(f, plan, ctx, [], typeOf);
  const groups = groupAlternatives(f, plan, ctx, typeOf);
  const peerFields = plan.fields.flatMap((p) => {
    const peer = peerKindOf(p.param.type);
    return peer ? [`[${JSON.stringify(p.prop)}, ${JSON.stringify(peer.kind)}, ${peer.vector}]`] : [];
  });
  const paramsType: TypeAliasDeclarationStructure = {
    kind: StructureKind.TypeAlias,
    name: paramsName,
    isExported: true,
    typeParameters: generic ? [generic] : [],
    docs: [`Parameters of {@link ${className}} (\`${f.name}\`).`],
    type: [renderMembers(members), ...groups].join(" & "),
  };

  const allOptional = plan.fields.every((p) => p.role !== "required");
  const hasFields = plan.fields.length > 0;
  const readResult = query ? `return this.${plan.fields.find((p) => p.param.name === query)!.prop}.readResultFrom(r);` : `return ${readExpression(f.result, ctx, src)};`;
  const encode = withEncodePath(encodeStatements(f, plan, "this", ctx, src), src);
  const runtime = (name: string) => src.imports.value(src.runtimeModule, name);

  const errorsName = requestErrorsTypeName(f.name);
  const errorNames = [...new Set((ctx.docs.entries[f.name]?.throws ?? []).map((t) => t.name))].sort();
  const errorsType: TypeAliasDeclarationStructure = {
    kind: StructureKind.TypeAlias,
    name: errorsName,
    isExported: true,
    docs: [`The RPC errors \`${f.name}\` is known to return (besides the generic ones, GenericRpcError).`],
    type: errorNames.length ? errorNames.map((n) => JSON.stringify(n)).join(" | ") : "never",
  };
  const availability = availabilityOf(f, ctx.docs);
  const cls: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    name: className,
    isExported: true,
    typeParameters: generic ? [generic] : [],
    implements: [`${tlRequest}<${result}>`],
    docs: [requestDoc(f, ctx, result)],
    properties: [
      { name: "CONSTRUCTOR_ID", isStatic: true, isReadonly: true, initializer: `0x${formatId(f.id)}`, docs: ["The TL constructor id of this function."] },
      { name: "CONSTRUCTOR_ID", isReadonly: true, type: "number", initializer: `0x${formatId(f.id)}`, docs: ["The TL constructor id of this function."] },
      { name: "tlName", isReadonly: true, type: JSON.stringify(f.name), initializer: JSON.stringify(f.name), docs: ["The TL name of this function."] },
      {
        name: "ERRORS",
        isStatic: true,
        isReadonly: true,
        type: `readonly ${errorsName}[]`,
        initializer: `[${errorNames.map((n) => JSON.stringify(n)).join(", ")}]`,
        docs: ["The RPC errors this method is known to return; see isRpcErrorOf."],
      },
      {
        name: "PEER_FIELDS",
        isStatic: true,
        isReadonly: true,
        type: src.imports.type(src.runtimeModule, "PeerFields"),
        initializer: `[${peerFields.join(", ")}]`,
        docs: ["The parameters that take peer-like names, resolved before sending."],
      },
      { name: "classType", isReadonly: true, type: '"request"', initializer: '"request"', docs: ["GramJS's request protocol: this is a request."] },
      { name: "className", isReadonly: true, type: JSON.stringify(gramjsClassName(f.name)), initializer: JSON.stringify(gramjsClassName(f.name)), docs: ["GramJS's name for this request."] },
      {
        name: "availability",
        isReadonly: true,
        type: JSON.stringify(availability),
        initializer: JSON.stringify(availability),
        docs: [availability === "user" ? "Users only: bots cannot call this method." : availability === "bot" ? "Bots only." : "Bots and users can call this method."],
      },
      ...plan.fields.map((p) => ({
        name: p.prop,
        type: p.role === "flag" ? "boolean" : typeOf(p.param.type),
        hasQuestionToken: p.role !== "required",
        docs: [fieldDoc(f, p, ctx.docs)],
      })),
    ],
    ctors: [
      {
        parameters: [
          hasFields
            ? { name: "params", type: `${paramsName}${typeArgs}`, initializer: allOptional ? "{}" : undefined }
            : { name: "_params", type: "Record<string, never>", initializer: "{}" },
        ],
        statements: plan.fields.map((p) => `this.${p.prop} = params.${p.prop};`),
      },
    ],
    getAccessors: [
      {
        name: "PEER_FIELDS",
        returnType: "PeerFields",
        docs: ["The parameters that take peer-like names (the same list as the static PEER_FIELDS)."],
        statements: [`return ${className}.PEER_FIELDS;`],
      },
      {
        name: "ERRORS",
        returnType: `readonly ${errorsName}[]`,
        docs: ["The RPC errors this method is known to return (the same list as the static ERRORS)."],
        statements: [`return ${className}.ERRORS;`],
      },
    ],
    methods: [
      { name: "encodeTo", docs: ["Writes the boxed request (constructor id first) into `w`."], parameters: [{ name: "w", type: "TlWriter" }], returnType: "void", statements: [`w.id(0x${formatId(f.id)});`, ...encode] },
      { name: "serialize", docs: ["The boxed request as bytes (a fresh array). Throws TlEncodeError on a bad value; never returns partial output."], returnType: "Uint8Array", statements: [`return ${runtime("serializeRequest")}(this);`] },
      { name: "decodeResult", docs: [`Decodes the result bytes of this request into \`${result}\`. Throws TlDecodeError on bad or trailing bytes.`], parameters: [{ name: "bytes", type: "Uint8Array" }], returnType: result, statements: [`return ${runtime("decodeWith")}((r) => this.readResultFrom(r), bytes);`] },
      { name: "readResultFrom", docs: ["Reads the result from a reader at its position."], parameters: [{ name: "r", type: "TlReader" }], returnType: result, statements: [readResult], scope: Scope.Public },
      {
        name: "getBytes",
        docs: ["GramJS's request protocol: the serialized request (a Buffer on Node)."],
        returnType: "Uint8Array",
        statements: [`return ${runtime("toGramjsBytes")}(this.serialize());`],
      },
      {
        name: "readResult",
        docs: ["GramJS's request protocol: reads the result from a GramJS BinaryReader at its offset, and advances it."],
        parameters: [{ name: "reader", type: src.imports.type(src.runtimeModule, "GramjsReader") }],
        returnType: result,
        statements: [`return ${runtime("readWithGramjsReader")}(reader, (r) => this.readResultFrom(r));`],
      },
      {
        name: "resolve",
        isAsync: true,
        docs: ["GramJS's request protocol: turns usernames, ids and entities into input peers with the client's getInputEntity."],
        parameters: [
          { name: "client", type: src.imports.type(src.runtimeModule, "GramjsClient") },
          { name: "utils", type: src.imports.type(src.runtimeModule, "GramjsUtils") },
        ],
        returnType: "Promise<void>",
        statements: [
          `await ${runtime("resolveWithGramjs")}(this, ${className}.PEER_FIELDS, client, utils);`,
          ...(query ? [`await (this.${plan.fields.find((p) => p.param.name === query)!.prop} as { resolve?(c: unknown, u: unknown): Promise<void> }).resolve?.(client, utils);`] : []),
        ],
      },
      ...(query
        ? []
        : [
            {
              name: "fromBytes",
              isStatic: true,
              docs: [`Decodes a serialized \`${f.name}\` request (its constructor id first): for servers, proxies and tests.`],
              parameters: [{ name: "bytes", type: "Uint8Array" }],
              returnType: `${className}`,
              statements: [
                `return ${runtime("decodeWith")}((r) => {`,
                `const id = r.id();`,
                `if (id !== 0x${formatId(f.id)}) throw r.unknown(id, ${JSON.stringify(f.name)}, ${src.imports.value("../layer.js", "LAYER")});`,
                `return ${className}.readFrom(r);`,
                `}, bytes);`,
              ],
            },
            {
              name: "readFrom",
              isStatic: true,
              docs: [`Reads the fields of a \`${f.name}\` request (its constructor id already read).`],
              parameters: [{ name: hasFields ? "r" : "_r", type: "TlReader" }],
              returnType: `${className}`,
              statements: readRequestBody(f, className, paramsName, ctx, src),
            },
          ]),
    ],
  };
  return [paramsType, errorsType, cls];
}

/** GramJS's class name: `messages.ExportChatInvite`, `InvokeWithLayer`. */
function gramjsClassName(tlName: string): string {
  const ns = namespaceOf(tlName);
  const last = tlName.slice(tlName.lastIndexOf(".") + 1);
  return `${ns ? `${ns}.` : ""}${last.charAt(0).toUpperCase()}${last.slice(1)}`;
}

/** The body of a request's static readFrom: fields read as a constructor's are, then `new`. */
function readRequestBody(f: Combinator, className: string, paramsName: string, ctx: EmitContext, src: CodecSource): string[] {
  const { lines, props } = decodeBody(f, planCombinator(f, true), ctx, src);
  if (lines.length === 0 && props.length === 0) return [`return new ${className}();`];
  return withDecodePath(lines, `return new ${className}({ ${props.join(", ")} } as ${paramsName});`, f.name, src);
}

function requestDoc(f: Combinator, ctx: EmitContext, result: string): string {
  return combinatorDoc(f, ctx.docs, requestDocLines(f, ctx.docs, result));
}

