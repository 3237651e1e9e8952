// requests/<namespace>.ts: one class per TL function, GramJS-shaped
// (`new Api.messages.ExportChatInvite({ peer, usageLimit: 43 })`). A class holds only what
// differs between requests: its id and metadata (statics), its fields, how it writes them and
// how its result is read. The rest lives once in the runtime's TlRequestBase.
import { StructureKind } from "./structure-kind.ts";
import type { ClassDeclarationStructure, StatementStructures } from "ts-morph";
import type { FieldPlan, FunctionPlan, PackagePlan, RequestModulePlan } from "../plan/plan.ts";
import { combinatorDoc, fieldDoc, requestDocLines, type LinkTo } from "./doc-text.ts";
import { linksFor } from "./doc-links.ts";
import { decodeBody, objectLiteral } from "./decode-body.ts";
import { tsModule, type EmittedFile, type TsModule } from "./module.ts";
import { codeBlock, stringArray } from "./code-block.ts";
import { groupAlternatives, groupedShape, plainMembers, propertySignatures } from "./object-shape.ts";
import { fieldType, tsType, type TypeImports } from "./type-map.ts";
import type { CodeImports } from "./wire-code.ts";
import { fieldList, requestFunctionStatements } from "./request-function.ts";
import { RUNTIME } from "./runtime-modules.ts";
import { docComment, stringLiteral } from "./escape.ts";

export function emitRequests(plan: PackagePlan): EmittedFile[] {
  return plan.modules.map((m) => emitModule(plan, m));
}

function emitModule(plan: PackagePlan, m: RequestModulePlan): TsModule {
  const module = tsModule(`requests/${m.module}.ts`);
  const at: CodeImports = { imports: module.imports, module: null, root: "../" };
  const types: TypeImports = { imports: module.imports, typesModule: "../types.js", requestModule: `../${RUNTIME.tlRequest}` };
  const linkTo = linksFor(plan, module);
  for (const f of m.functions) module.statements.push(...emitRequest(f, module, at, types, linkTo));
  module.statements.push({ kind: StructureKind.ExportDeclaration, moduleSpecifier: `../${RUNTIME.layer}`, namedExports: ["LAYER"] });
  return module;
}

/**
 * A parameter's type: peer fields also take what PeerLike<kind> names (a name, an id, a result's
 * user or chat, a Peer, a matching InputPeer), resolved before sending.
 */
function paramType(f: FieldPlan, module: TsModule, types: TypeImports): string {
  const type = fieldType(f, types);
  if (!f.peer) return type;
  module.imports.type(`../${RUNTIME.peerLike}`, "PeerLike");
  const union = tsType(f.peer.vector && f.wire.kind === "vector" ? f.wire.element : f.wire, types);
  const like = `PeerLike<${JSON.stringify(f.peer.kind)}>`;
  return f.peer.vector ? `(${union} | ${like})[]` : `${union} | ${like}`;
}

function emitRequest(f: FunctionPlan, module: TsModule, at: CodeImports, types: TypeImports, linkTo: LinkTo): StatementStructures[] {
  const generic = f.generic;
  const typeParams = generic ? [generic] : [];
  const ofGeneric = generic ? `<${generic}>` : "";
  const result = generic ?? tsType(f.result, types);
  const typeOf = (x: FieldPlan) => paramType(x, module, types);
  const members = plainMembers(f, typeOf, linkTo);
  const groups = groupAlternatives(f, typeOf, linkTo);
  const out: StatementStructures[] = [];

  const paramsDoc = [`Parameters of {@link ${f.className}} (\`${f.tlName}\`).`];
  if (groups.length === 0) {
    out.push({ kind: StructureKind.Interface, name: f.paramsType, isExported: true, typeParameters: typeParams, docs: paramsDoc, properties: propertySignatures(members) });
  } else {
    out.push({ kind: StructureKind.TypeAlias, name: f.paramsType, isExported: true, typeParameters: typeParams, docs: paramsDoc, type: groupedShape(members, groups) });
  }
  out.push({
    kind: StructureKind.TypeAlias,
    name: f.errorsType,
    isExported: true,
    docs: [`The RPC errors \`${f.tlName}\` is known to return (besides the generic ones, GenericRpcError).`],
    type: f.errors.length ? f.errors.map(stringLiteral).join(" | ") : "never",
  });
  // The instance has the parameters as its properties: merged from the params interface, or
  // declared on the class where the params are a union of all-or-none alternatives.
  if (groups.length === 0) {
    out.push({
      kind: StructureKind.Interface,
      name: f.className,
      isExported: true,
      typeParameters: typeParams,
      extends: [`${f.paramsType}${ofGeneric}`],
      docs: [`A {@link ${f.className}} request has its parameters as properties.`],
    });
  }
  out.push(...requestFunctionStatements(f, module, at, types, linkTo, `${f.paramsType}${ofGeneric}`, result));
  out.push(requestClass(f, module, at, types, linkTo, result, groups.length > 0));
  return out;
}

function requestClass(f: FunctionPlan, module: TsModule, at: CodeImports, types: TypeImports, linkTo: LinkTo, result: string, declareFields: boolean): ClassDeclarationStructure {
  const base = module.imports.value(`../${RUNTIME.request}`, "TlRequestBase");
  module.imports.type(`../${RUNTIME.writer}`, "TlWriter");
  module.imports.type(`../${RUNTIME.reader}`, "TlReader");
  const generic = f.generic;
  const ofGeneric = generic ? `<${generic}>` : "";
  const statics = [
    { name: "CONSTRUCTOR_ID", initializer: `0x${f.idHex}`, docs: ["The TL constructor id of this function."] },
    { name: "tlName", initializer: JSON.stringify(f.tlName), docs: ["The TL name of this function."] },
    { name: "availability", initializer: JSON.stringify(f.availability), docs: [availabilityDoc(f.availability)] },
    ...(f.errors.length
      ? [{ name: "ERRORS", type: `readonly ${f.errorsType}[]`, initializer: stringArray(f.errors), docs: ["The RPC errors this method is known to return; see isRpcErrorOf."] }]
      : []),
    ...peerFields(f, module),
    ...(f.fields.length ? [{ name: "FIELDS", type: "readonly string[]", initializer: stringArray(fieldList(f)), docs: ["The parameters in wire order (optional ones end with `?`)."] }] : []),
  ].map((p) => ({ ...p, isStatic: true, isReadonly: true }));
  const fields = declareFields
    ? f.fields.map((x) => ({ name: x.prop, hasDeclareKeyword: true, hasQuestionToken: x.role !== "required", type: paramType(x, module, types), docs: [docComment(fieldDoc(x, linkTo))] }))
    : [];
  const read = f.queryField ? `return this.${f.queryField.prop}.readResultFrom(r);` : `return ${f.resultReader}(r);`;
  return {
    kind: StructureKind.Class,
    name: f.className,
    isExported: true,
    typeParameters: generic ? [generic] : [],
    extends: `${base}<${result}, ${f.paramsType}${ofGeneric}, ${f.errorsType}, ${JSON.stringify(f.availability)}>`,
    docs: [combinatorDoc(f, requestDocLines(f, result, linkTo), linkTo)],
    properties: [...statics, ...fields],
    methods: [
      {
        name: "write",
        docs: ["Writes the boxed request (its id, then its fields); encodeTo and serialize call it."],
        parameters: [{ name: "w", type: "TlWriter" }],
        returnType: "void",
        // Union params (all-or-none groups) are declared field by field on the class, which the
        // union does not accept as such; the constructor checked each group already.
        statements: [declareFields ? `${f.writerName}(w, this as unknown as ${f.paramsType}${ofGeneric});` : `${f.writerName}(w, this);`],
      },
      { name: "readResultFrom", docs: [`Reads the result (\`${result}\`) from a reader at its position.`], parameters: [{ name: "r", type: "TlReader" }], returnType: result, statements: [read] },
      ...(f.queryField ? [] : [readFrom(f, at)]),
    ],
  };
}

/** The parameters that take peer-like names: `[prop, kind, vector]`. */
function peerFields(f: FunctionPlan, module: TsModule): { name: string; type: string; initializer: string; docs: string[] }[] {
  const peers = f.fields.filter((x) => x.peer);
  if (peers.length === 0) return [];
  const type = module.imports.type(`../${RUNTIME.peerLike}`, "PeerFields");
  return [{ name: "PEER_FIELDS", type, docs: ["The parameters that take peer-like names, resolved before sending."], initializer: `[${peers.map((x) => `[${JSON.stringify(x.prop)}, ${JSON.stringify(x.peer!.kind)}, ${x.peer!.vector}]`).join(", ")}]` }];
}

/** The static readFrom: a request's fields read as a constructor's are, then `new`. */
function readFrom(f: FunctionPlan, at: CodeImports) {
  const { lines, props, trailing } = decodeBody(f, at);
  const literal = props.length ? objectLiteral(props) + (f.typedGroups.length ? ` as ${f.paramsType}` : "") : "";
  const make = `new ${f.className}(${literal})`;
  const statements = trailing.length ? [...lines, `const request = ${make};`, ...trailing, "return request;"] : [...lines, `return ${make};`];
  return {
    name: "readFrom",
    isStatic: true,
    docs: [`Reads the fields of a \`${f.tlName}\` request (its id already read); fromBytes decodes a whole one.`],
    parameters: [{ name: "r", type: "TlReader" }],
    returnType: f.className,
    statements: [codeBlock(statements)],
  };
}

function availabilityDoc(availability: FunctionPlan["availability"]): string {
  return availability === "user" ? "Users only: bots cannot call this method." : availability === "bot" ? "Bots only." : "Bots and users can call this method.";
}
